import { spawn, type ChildProcess } from "node:child_process";

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

/** A child leading a process group of its own (stdin closed, stdout and stderr piped), ended as a whole. */
export interface GroupChild {
  child: ChildProcess;
  /** SIGTERM to the group, SIGKILL after a grace period (once, however often it is called). */
  stop(): void;
  /** SIGKILL to the group now: what the leader left behind. */
  kill(): void;
  /** The child closed: no more signals, and the engine's exit need not end it. */
  release(): void;
}

/**
 * Spawns `command` (argv, no shell) with exactly `env` as the leader of a new process group. Every engine
 * child that runs foreign code (git and what it starts, gt, `codex sandbox` checks) goes through here.
 */
export function spawnGroup(command: string, args: string[], opts: { cwd: string; env: Record<string, string> }): GroupChild {
  installExitHook();
  const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const pid = child.pid;
  if (pid !== undefined) live.add(pid);
  let graceTimer: NodeJS.Timeout | undefined;
  return {
    child,
    stop() {
      if (pid === undefined || graceTimer !== undefined) return;
      killGroup(pid, "SIGTERM");
      graceTimer = setTimeout(() => killGroup(pid, "SIGKILL"), KILL_GRACE_MS);
      graceTimer.unref();
    },
    kill() {
      if (pid !== undefined) killGroup(pid, "SIGKILL");
    },
    release() {
      clearTimeout(graceTimer);
      if (pid !== undefined) live.delete(pid);
    },
  };
}

export function runChild(command: string, args: string[], opts: ChildOptions): Promise<ChildResult> {
  return new Promise((resolve) => {
    const group = spawnGroup(command, args, opts);
    const { child } = group;
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let stopped: string | null = null;
    const stop = (why: string) => {
      if (stopped !== null || child.pid === undefined) return;
      stopped = why;
      group.stop();
    };
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      size += chunk.length;
      if (size > opts.maxBuffer) return stop(`its output exceeded ${opts.maxBuffer} bytes`);
      into.push(chunk);
    };
    child.stdout?.on("data", collect(out));
    child.stderr?.on("data", collect(err));
    const timer = setTimeout(() => stop(`it ran longer than ${Math.round(opts.timeoutMs / 1000)} s and was ended`), opts.timeoutMs);
    // Only a call in flight is ended: one started after the interrupt (saving the run's branches) runs,
    // bounded by its timeout.
    const onAbort = () => stop("the run was interrupted");
    opts.signal?.addEventListener("abort", onAbort, { once: true });
    let spawnError: string | undefined;
    child.on("error", (e: NodeJS.ErrnoException) => {
      spawnError = e.code ?? e.message;
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener("abort", onAbort);
      // A stopped leader may be gone while what it started (a signer ignoring SIGTERM) is not.
      if (stopped !== null) group.kill();
      group.release();
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
