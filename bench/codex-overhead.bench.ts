/**
 * A 1-issue dev+review run of the engine (dist/cli.js, real codex via the SDK) against the scripted model
 * server, versus two raw `codex exec` turns against the same server: the engine's own cost per issue.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { phaseSchema } from "../src/contracts";
import { configOverrides } from "../src/runner/codex-args";
import { bundledCodexPath, makeCodexHome, OFFLINE_KEY, OFFLINE_KEY_VAR, OFFLINE_MODEL, offlineCodexConfig, offlineRunnerConfig } from "../src/scripted-model/codex-env";
import { answers, scenarioScript, startModelServer } from "../src/scripted-model/server";
import { gitRepo, median, ms, quick, root, runProcess } from "./stats";

const issueDoc = "---\nmilestone: M1\n---\n# Bench issue\n";

const server = await startModelServer(scenarioScript({ "B-1": { dev: { answer: answers.dev() }, review: [{ answer: answers.pass() }] } }));
const home = makeCodexHome();
const rounds = quick ? 1 : 5;
const engine: number[] = [];
const raw: number[] = [];
try {
  const codex = bundledCodexPath();
  const schemaDir = mkdtempSync(join(tmpdir(), "bench-schema-"));
  for (let round = 0; round < rounds; round++) {
    // Engine: a fresh repo per round (issue branches must not exist yet).
    const config = JSON.stringify({ issues: { paths: ["*.md"] }, runner: offlineRunnerConfig(server.url) });
    const repo = gitRepo("bench-repo-", { "B-1.md": issueDoc, "orchestrator.config.json": config });
    const run = await runProcess(process.execPath, [join(root, "dist/cli.js"), "run", "--milestone", "M1"], { cwd: repo, env: home.env });
    if (run.status !== 0) throw new Error(`engine run failed: ${run.stdout}${run.stderr}`);
    engine.push(run.ms);
    rmSync(repo, { recursive: true, force: true });

    // Baseline: the two codex turns the engine makes, run by hand, in a git repository as the engine's
    // worktree is (codex inspects git state at the start of each turn).
    const work = gitRepo("bench-raw-", { "B-1.md": issueDoc });
    let total = 0;
    for (const phase of ["dev", "review"] as const) {
      const schemaFile = join(schemaDir, `${phase}.json`);
      writeFileSync(schemaFile, JSON.stringify(phaseSchema(phase)));
      const overrides = configOverrides(offlineCodexConfig(server.url)).flatMap((c) => ["--config", c]);
      const args = ["exec", "--json", ...overrides, "--model", OFFLINE_MODEL, "--sandbox", "workspace-write", "--cd", work, "--output-schema", schemaFile];
      const r = await runProcess(codex, args, { input: `You are the developer for issue B-1 (${phase}).`, env: { ...home.env, [OFFLINE_KEY_VAR]: OFFLINE_KEY } });
      if (r.status !== 0) throw new Error(`codex exec failed: ${r.stderr}`);
      total += r.ms;
    }
    raw.push(total);
    rmSync(work, { recursive: true, force: true });
  }
  rmSync(schemaDir, { recursive: true, force: true });
} finally {
  await server.close();
  home.cleanup();
}
const e = median(engine);
const r = median(raw);
console.log(`rounds: ${rounds}`);
console.log(`engine 1-issue dev+review run: median ${ms(e)}  (${engine.map((x) => x.toFixed(0)).join(", ")})`);
console.log(`raw codex exec x2:             median ${ms(r)}  (${raw.map((x) => x.toFixed(0)).join(", ")})`);
console.log(`ratio: ${(e / r).toFixed(2)}x (target <= 1.2x)`);
