/**
 * A 1-issue dev+review run of the engine (dist/cli.js, real codex via the SDK) against the scripted model
 * server, versus two raw `codex exec` turns against the same server: the engine's own cost per issue.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { phaseSchema } from "../src/contracts";
import { bundledCodexPath, makeCodexHome, OFFLINE_KEY, OFFLINE_KEY_VAR, OFFLINE_MODEL, offlineCodexConfig, offlineRunnerConfig } from "../test/support/codex-env";
import { answers, scenarioScript, startModelServer } from "../test/support/model-server";
import { median, ms, quick, root, timeIt } from "./stats";



/** codex `--config key=value` overrides, TOML values, as the SDK flattens them. */
function flatten(value: unknown, prefix = ""): string[] {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
  }
  return [`${prefix}=${typeof value === "string" ? JSON.stringify(value) : String(value)}`];
}

/** Async on purpose: the model server lives in this process, so a synchronous spawn would starve it. */
function run(cmd: string, args: string[], opts: { cwd?: string; env: NodeJS.ProcessEnv; input?: string }): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ["pipe", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, output }));
    child.stdin.end(opts.input ?? "");
  });
}

const git = (cwd: string, ...args: string[]) => spawnSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "b", GIT_AUTHOR_EMAIL: "b@x.invalid", GIT_COMMITTER_NAME: "b", GIT_COMMITTER_EMAIL: "b@x.invalid" } });

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
    const repo = realpathSync(mkdtempSync(join(tmpdir(), "bench-repo-")));
    writeFileSync(join(repo, "orchestrator.config.json"), JSON.stringify({ issues: { paths: ["*.md"] }, runner: offlineRunnerConfig(server.url) }));
    writeFileSync(join(repo, "B-1.md"), "---\nmilestone: M1\n---\n# Bench issue\n");
    git(repo, "init", "-q");
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "init");
    engine.push(
      await timeIt(async () => {
        const r = await run(process.execPath, [join(root, "dist/cli.js"), "run", "--milestone", "M1"], { cwd: repo, env: { ...process.env, ...home.env } });
        if (r.status !== 0) throw new Error(`engine run failed: ${r.output}`);
      }),
    );
    rmSync(repo, { recursive: true, force: true });

    // Baseline: the two codex turns the engine makes, run by hand.
    // In a git repository, as the engine's worktree is: codex inspects git state at the start of each turn.
    const work = realpathSync(mkdtempSync(join(tmpdir(), "bench-raw-")));
    writeFileSync(join(work, "B-1.md"), "---\nmilestone: M1\n---\n# Bench issue\n");
    git(work, "init", "-q");
    git(work, "add", "-A");
    git(work, "commit", "-qm", "init");
    raw.push(
      await timeIt(async () => {
        for (const phase of ["dev", "review"] as const) {
          const schemaFile = join(schemaDir, `${phase}.json`);
          writeFileSync(schemaFile, JSON.stringify(phaseSchema(phase)));
          const args = ["exec", "--experimental-json", ...flatten(offlineCodexConfig(server.url)).flatMap((c) => ["--config", c]), "--model", OFFLINE_MODEL, "--sandbox", "workspace-write", "--cd", work, "--output-schema", schemaFile];
          const r = await run(codex, args, { input: `You are the developer for issue B-1 (${phase}).`, env: { ...process.env, ...home.env, [OFFLINE_KEY_VAR]: OFFLINE_KEY } });
          if (r.status !== 0) throw new Error(`codex exec failed: ${r.output}`);
        }
      }),
    );
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
