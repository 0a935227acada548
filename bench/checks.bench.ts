/**
 * A configured check as the engine runs it (src/runner/checks.ts: `codex sandbox` with the run's sandbox
 * settings, a private temp dir, the secret-free environment) versus the same command run unsandboxed with
 * `sh -c` in the same worktree. Interleaved, so both see the same machine.
 */
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { DEFAULT_CONFIG } from "../src/config";
import { createCheckRunner } from "../src/runner/checks";
import { shellEnvironmentPolicy } from "../src/runner/shell-env";
import { bundledCodexPath, makeCodexHome, offlineCodexConfig } from "../src/scripted-model/codex-env";
import { gitRepo, median, ms, quick } from "./stats";

const home = makeCodexHome();
const repo = gitRepo("bench-checks-", { "README.md": "# bench\n" });
const rounds = quick ? 1 : 9;
const env = { PATH: process.env.PATH ?? "/usr/bin:/bin", LANG: "C.UTF-8", ...home.env };
// The settings of a run against the scripted model (the same overrides a real run hands codex).
const config = { ...offlineCodexConfig("http://127.0.0.1:9/v1"), shell_environment_policy: shellEnvironmentPolicy(undefined, []) };
const checks = createCheckRunner({ codex: bundledCodexPath(), cfg: { ...DEFAULT_CONFIG.runner, config }, env, area: { repoRoot: repo, runId: "bench" } });

function plain(cmd: string): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn("sh", ["-c", cmd], { cwd: repo, env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.resume();
    child.stderr.resume();
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(performance.now() - start) : reject(new Error(`sh -c ${cmd} exited ${code}`))));
  });
}

async function sandboxed(cmd: string): Promise<number> {
  const start = performance.now();
  const ran = await checks.run({ name: "bench", run: cmd }, repo, new AbortController().signal);
  if (!ran.ok || ran.value.result.status !== "passed") throw new Error(`check failed: ${JSON.stringify(ran)}`);
  return performance.now() - start;
}

// About one second: a second of sleep, and a second of shell work that forks (what a test runner does).
const commands = { "sleep 1": "sleep 1", "1 s of forking shell work": "end=$(( $(date +%s%N) + 1000000000 )); while [ $(date +%s%N) -lt $end ]; do :; done", "true (fixed cost)": "true" };
try {
  for (const [label, cmd] of Object.entries(commands)) {
    const a: number[] = [];
    const b: number[] = [];
    for (let round = 0; round < rounds; round++) {
      a.push(await sandboxed(cmd));
      b.push(await plain(cmd));
    }
    const [s, p] = [median(a), median(b)];
    console.log(`${label}: sandboxed check median ${ms(s)}, unsandboxed sh -c ${ms(p)}: ratio ${(s / p).toFixed(2)}x, +${ms(s - p)} (rounds: ${rounds})`);
  }
} finally {
  home.cleanup();
  rmSync(repo, { recursive: true, force: true });
}
