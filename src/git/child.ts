import { spawn } from "node:child_process";

/**
 * Runs one engine child (git, gt) in a process group of its own, bounded in time and output, and ends the
 * whole group (git and whatever it started: a signer, ssh, a credential helper) on timeout, on abort, and
 * when the engine itself exits. A child outside the terminal's process group also never sees the
 * terminal's Ctrl-C: the engine decides what stops, and stops all of it.
 */

export interface ChildResult {
  /** Exit code, or null when the child was ended by a signal (or never started). */
  code: number | null;
  stdout: string;
  stderr: string;
  /** Why the engine ended it or why it never ran, in words for an error message; null when it ran its course. */
  stopped: string | null;
  /** spawn's own error code (ENOENT: not on PATH). */
  spawnError?: string;
}

export interface ChildOptions {
  cwd: string;
  env: Record<string, string>;
  timeoutMs: number;
  signal?: AbortSignal;
  maxBuffer: number;
}

/** After SIGTERM (git removes its lock files on it), the group gets this long before SIGKILL. */
const KILL_GRACE_MS = 2000;

/** Groups still running: ended with the engine, since nothing else would end a detached group. */
const live = new Set<number>();
let exitHookInstalled = false;

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const pid of live) killGroup(pid, "SIGKILL");
  });
}

export function runChild(command: string, args: string[], opts: ChildOptions): Promise<ChildResult> {
  installExitHook();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    const pid = child.pid;
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let stopped: string | null = null;
    let graceTimer: NodeJS.Timeout | undefined;
    const stop = (why: string) => {
      if (stopped !== null || pid === undefined) return;
      stopped = why;
      killGroup(pid, "SIGTERM");
      graceTimer = setTimeout(() => killGroup(pid, "SIGKILL"), KILL_GRACE_MS);
      graceTimer.unref();
    };
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      size += chunk.length;
      if (size > opts.maxBuffer) return stop(`its output exceeded ${opts.maxBuffer} bytes`);
      into.push(chunk);
    };
    child.stdout.on("data", collect(out));
    child.stderr.on("data", collect(err));
    const timer = setTimeout(() => stop(`it ran longer than ${Math.round(opts.timeoutMs / 1000)} s and was ended`), opts.timeoutMs);
    // Only a call in flight is ended: one started after the interrupt (saving the run's branches) runs,
    // bounded by its timeout.
    const onAbort = () => stop("the run was interrupted");
    opts.signal?.addEventListener("abort", onAbort, { once: true });
    if (pid !== undefined) live.add(pid);
    let spawnError: string | undefined;
    child.on("error", (e: NodeJS.ErrnoException) => {
      spawnError = e.code ?? e.message;
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener("abort", onAbort);
      clearTimeout(graceTimer);
      if (pid !== undefined) {
        // A stopped leader may be gone while what it started (a signer ignoring SIGTERM) is not.
        if (stopped !== null) killGroup(pid, "SIGKILL");
        live.delete(pid);
      }
      resolve({
        code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        stopped: spawnError && stopped === null ? `it could not start (${spawnError})` : stopped,
        ...(spawnError ? { spawnError } : {}),
      });
    });
  });
}
