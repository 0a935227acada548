import { randomBytes } from "node:crypto";
import type { CheckConfig, OrchestratorConfig } from "../config/types";
import { DEFAULT_CHECK_TIMEOUT_MINUTES } from "../config/validate";
import { errorMessage, fail, ok, type Result } from "../errors";
import { spawnGroup } from "../git/child";
import { configOverrides } from "./codex-args";
import { agentTemp, withSandbox, type TempArea } from "./sandbox";

type RunnerConfig = OrchestratorConfig["runner"];

/** What a check's log keeps of its output: the end, where test runners print their verdict. */
const MAX_OUTPUT = 1024 * 1024;
/** What a finding and the next prompt get of a failing check's output. */
const TAIL_LINES = 40;
const TAIL_CHARS = 4000;
/** sh's own "command not found" / "not executable": the check never ran. */
const CANNOT_RUN = new Set([126, 127]);

/** One check's outcome, as the phase's `.json`, run.json and the next prompt record it. */
export interface CheckResult {
  name: string;
  run: string;
  /** `passed`: exit 0; `failed`: another exit or a signal; `timeout`: killed at `timeoutMinutes`; `aborted`: the run was interrupted. */
  status: "passed" | "failed" | "timeout" | "aborted";
  exitCode: number | null;
  signal: string | null;
  durationMs: number;
  /** The last lines of its output (stdout and stderr as they came). */
  tail: string;
}

export interface CheckRun {
  result: CheckResult;
  /** Everything it printed (at most the last MiB), for `<NN>-checks.log`. */
  output: string;
}

/** Runs one configured check in a worktree; a check that cannot start is a problem naming it, not a result. */
export interface CheckRunner {
  run(check: CheckConfig, worktree: string, signal: AbortSignal): Promise<Result<CheckRun>>;
}

/** The last lines of `output`, at most TAIL_CHARS. */
export function outputTail(output: string): string {
  const lines = output.replace(/\s+$/, "").split("\n");
  const tail = lines.slice(-TAIL_LINES).join("\n");
  return tail.length > TAIL_CHARS ? `…${tail.slice(-TAIL_CHARS)}` : tail;
}

/**
 * Checks run as the agent's commands do: `codex sandbox` with the run's sandbox mode and settings (the
 * engine's /tmp exclusions, a private temp dir), codex's environment without secrets and its shell
 * environment policy (src/runner/access.ts), in the worktree. `cfg` is the runner config that
 * openModelAccess returned; `codex` the executable the runner uses.
 */
export function createCheckRunner(opts: { codex: string; cfg: RunnerConfig; env: Record<string, string>; area?: TempArea }): CheckRunner {
  return {
    async run(check, worktree, signal) {
      const temp = await agentTemp(opts.area, worktree);
      try {
        // A line only the wrapper prints: its absence means the sandbox never got to run the command.
        const nonce = `orchestrator-check-started-${randomBytes(8).toString("hex")}`;
        const args = ["sandbox", ...configOverrides(withSandbox(opts.cfg.config, temp.path)).flatMap((c) => ["-c", c]), "-c", `sandbox_mode=${JSON.stringify(opts.cfg.sandbox)}`];
        args.push("--", "sh", "-c", 'printf "%s\\n" "$1"; exec sh -c "$2"', "orchestrator-check", nonce, check.run);
        const timeoutMs = (check.timeoutMinutes ?? DEFAULT_CHECK_TIMEOUT_MINUTES) * 60_000;
        const ran = await runGroup(opts.codex, args, { cwd: worktree, env: { ...opts.env, TMPDIR: temp.path }, timeoutMs, signal, marker: nonce });
        const cannot = (why: string) =>
          fail<CheckRun>({
            code: "CHECK",
            message: `check ${check.name} cannot start: ${why}`,
            hint: "Fix the command in the config's `checks` (it runs with `sh -c` in the issue worktree, sandboxed as the agent is).",
          });
        if (ran.spawnError) return cannot(`${opts.codex} sandbox: ${errorMessage(ran.spawnError)}`);
        const at = ran.output.indexOf(`${nonce}\n`);
        const output = at < 0 ? ran.output : ran.output.slice(0, at) + ran.output.slice(at + nonce.length + 1);
        const aborted = signal.aborted;
        if (!ran.marked && !aborted && !ran.timedOut) return cannot(`the sandbox did not run it (exit ${ran.code ?? ran.signal}): ${outputTail(output) || "no output"}`);
        if (ran.code !== null && CANNOT_RUN.has(ran.code) && !aborted) return cannot(`${outputTail(output) || "no output"} (exit ${ran.code})`);
        const status: CheckResult["status"] = aborted ? "aborted" : ran.timedOut ? "timeout" : ran.code === 0 ? "passed" : "failed";
        const result: CheckResult = { name: check.name, run: check.run, status, exitCode: ran.code, signal: ran.signal, durationMs: ran.durationMs, tail: outputTail(output) };
        return ok({ result, output });
      } finally {
        await temp.dispose();
      }
    },
  };
}

interface Ran {
  code: number | null;
  signal: string | null;
  output: string;
  durationMs: number;
  timedOut: boolean;
  spawnError: Error | null;
  /** The output began with `marker` (looked for before any of it is cut). */
  marked: boolean;
}

/** Runs a check in its own process group (src/git/child.ts): ended whole on timeout or abort, and at exit. */
function runGroup(cmd: string, args: string[], opts: { cwd: string; env: Record<string, string>; timeoutMs: number; signal: AbortSignal; marker: string }): Promise<Ran> {
  return new Promise((resolve) => {
    const started = performance.now();
    const chunks: Buffer[] = [];
    let size = 0;
    let cut = 0;
    let head = "";
    let marked = false;
    const keep = (chunk: Buffer) => {
      if (!marked && head.length < 4096) {
        head += chunk.toString("utf8");
        marked = head.includes(opts.marker);
      }
      chunks.push(chunk);
      size += chunk.length;
      while (size > MAX_OUTPUT && chunks.length > 1) {
        const first = chunks.shift() as Buffer;
        size -= first.length;
        cut += first.length;
      }
    };
    let timedOut = false;
    let spawnError: Error | null = null;
    const group = spawnGroup(cmd, args, opts);
    const { child } = group;
    const timer = setTimeout(() => {
      timedOut = true;
      group.stop();
    }, opts.timeoutMs);
    const onAbort = () => group.stop();
    if (opts.signal.aborted) group.stop();
    else opts.signal.addEventListener("abort", onAbort, { once: true });
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    child.on("error", (err) => (spawnError = err));
    // A background process the check left would hold its pipes open: the group goes with the check.
    child.on("exit", () => group.kill());
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      group.release();
      opts.signal.removeEventListener("abort", onAbort);
      const text = Buffer.concat(chunks).toString("utf8");
      const output = cut > 0 ? `[… ${cut} bytes of output cut]\n${text}` : text;
      resolve({ code, signal, output, durationMs: Math.round(performance.now() - started), timedOut, spawnError, marked });
    });
  });
}
