import { linkSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
import { errorMessage, fail, ok, type Result } from "../errors";
import type { GitGuard } from "../git/guard";
import type { CheckRunner } from "../runner/checks";
import type { Runner } from "../runner/types";
import { childrenOf, isRunning, killTrees, startTime, type ProcessId } from "./processes";

/**
 * One run at a time per repository (SPEC §3): a lock file in the git common dir, shared by every worktree
 * of the repository. It records who holds it (pid with its start time, host, run id) and the codex
 * processes the run started, so a later run that finds the holder gone can end those first: after a
 * `kill -9` of the engine, codex would otherwise go on writing into a worktree the new run reuses.
 *
 * Why codex pids and not a process group: the SDK spawns codex itself, in the engine's own group, and the
 * engine is not a group leader when a script, npm or a CI step starts it, so killing "its group" could hit
 * the very shell that started it. The engine's direct children (read from /proc when the key proxy has
 * started and as each phase starts) are the codex processes: the key proxy (`codex responses-api-proxy`,
 * in a group of its own) and each phase's codex; their process trees are what a takeover kills.
 */
export interface LockHolder {
  pid: number;
  /** Start time of `pid` (see processes.ts), so a reused pid is not taken for the holder. */
  start: string | null;
  host: string;
  command: "run" | "clean";
  runId: string | null;
  startedAt: string;
  codex: ProcessId[];
}

export const LOCK_FILE = "orchestrator.lock";

function describe(h: LockHolder): string {
  return h.command === "clean" ? `orchestrator clean (pid ${h.pid})` : `orchestrator run (pid ${h.pid}, run ${h.runId ?? "starting"})`;
}

function read(file: string): LockHolder | null {
  try {
    const value = JSON.parse(readFileSync(file, "utf8")) as LockHolder;
    return typeof value.pid === "number" && typeof value.host === "string" ? { ...value, codex: Array.isArray(value.codex) ? value.codex : [] } : null;
  } catch {
    return null;
  }
}

export class RunLock {
  private released = false;
  private readonly onExit = () => this.releaseSync();

  private constructor(
    readonly file: string,
    private holder: LockHolder,
  ) {
    // A second Ctrl-C exits without unwinding: the lock must not outlive the process even then.
    process.once("exit", this.onExit);
  }

  /** The lock file of the repository `repoRoot` belongs to (the common dir: the same for all its worktrees). */
  static async fileFor(git: GitGuard, repoRoot: string): Promise<Result<string>> {
    const dir = await git.run(repoRoot, ["rev-parse", "--git-common-dir"]);
    if (!dir.ok) return dir;
    return ok(join(isAbsolute(dir.value) ? dir.value : resolve(repoRoot, dir.value), LOCK_FILE));
  }

  /**
   * Takes the lock, or says who holds it (exit 2 for the caller). A holder on this host whose process is
   * gone is stale: its codex processes are ended, `warn` says so, and the lock is taken over.
   */
  static acquire(file: string, opts: { command: LockHolder["command"]; runId: string | null; warn: (message: string) => void }): Result<RunLock> {
    const me: LockHolder = {
      pid: process.pid,
      start: startTime(process.pid),
      host: hostname(),
      command: opts.command,
      runId: opts.runId,
      startedAt: new Date().toISOString(),
      codex: [],
    };
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, JSON.stringify(me), { flag: "w" });
      for (let attempt = 0; attempt < 3; attempt += 1) {
        try {
          // link(2) fails when the lock exists: creation and content in one atomic step.
          linkSync(tmp, file);
          return ok(new RunLock(file, me));
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
        }
        const holder = read(file);
        if (holder === null) {
          // Unreadable: a holder that died while it wrote (the write is atomic, so only by hand). Replace it.
          opts.warn(`replacing an unreadable lock file ${file}`);
          rmSync(file, { force: true });
          continue;
        }
        if (holder.host !== me.host) {
          return fail({
            code: "LOCKED",
            message: `another ${describe(holder)} on host ${holder.host} holds this repository`,
            hint: `If no run is active on ${holder.host}, delete ${file} and run again.`,
          });
        }
        if (isRunning({ pid: holder.pid, start: holder.start })) {
          return fail({
            code: "LOCKED",
            message: `another ${describe(holder)} is active in this repository`,
            hint: `Wait for it to finish, or stop it (kill ${holder.pid}); its lock is ${file}.`,
          });
        }
        const killed = killTrees(holder.codex);
        // Another run may have taken the stale lock over meanwhile: remove only the one that was read.
        const still = read(file);
        if (still && (still.pid !== holder.pid || still.host !== holder.host || still.startedAt !== holder.startedAt)) continue;
        opts.warn(
          `taking over the lock of a stopped ${describe(holder)}` + (killed.length > 0 ? `; ended its codex processes (pid ${killed.join(", ")}) first` : ""),
        );
        rmSync(file, { force: true });
      }
      return fail({ code: "LOCKED", message: `could not take the lock ${file}: other runs keep taking it`, hint: "Run again when the other run has finished." });
    } catch (err) {
      return fail({ code: "LOCKED", message: `cannot write the lock ${file}: ${errorMessage(err)}`, hint: "The repository's git directory must be writable." });
    } finally {
      rmSync(tmp, { force: true });
    }
  }

  private write(): void {
    if (this.released) return;
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, JSON.stringify(this.holder));
      renameSync(tmp, this.file);
    } catch {
      // The lock still names this process; only the details are older. Never fail a run over it.
      rmSync(tmp, { force: true });
    }
  }

  setRunId(runId: string): void {
    this.holder = { ...this.holder, runId };
    this.write();
  }

  /** Records the codex processes running now (the engine's children: key proxy, codex), so a takeover can end them. */
  noteChildren(): void {
    const known = new Set(this.holder.codex.map((c) => `${c.pid}/${c.start}`));
    const fresh = childrenOf(process.pid).filter((c) => !known.has(`${c.pid}/${c.start}`));
    if (fresh.length === 0) return;
    // Earlier phases' codex processes have exited: keep only those still running.
    this.holder = { ...this.holder, codex: [...this.holder.codex.filter(isRunning), ...fresh] };
    this.write();
  }

  private releaseSync(): void {
    if (this.released) return;
    this.released = true;
    process.off("exit", this.onExit);
    // Only our own lock: a takeover by another run must not be undone by us.
    const current = read(this.file);
    if (current && current.pid === this.holder.pid && current.host === this.holder.host) {
      try {
        unlinkSync(this.file);
      } catch {
        // Already gone.
      }
    }
  }

  release(): void {
    this.releaseSync();
  }
}

/** `runner` with its codex processes recorded in `lock` as each phase starts them. */
export function recordingCodex(runner: Runner, lock: RunLock): Runner {
  return {
    get kind() {
      return runner.kind;
    },
    async run(request) {
      let noted = false;
      const note = () => {
        if (noted) return;
        noted = true;
        lock.noteChildren();
      };
      // The first event comes right after codex started; the timer covers a codex that stays silent.
      const timer = setTimeout(note, 500);
      try {
        return await runner.run({ ...request, onEvent: (event) => (note(), request.onEvent(event)) });
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** The same for checks: each runs `codex sandbox`, a child of the engine a takeover must end too. */
export function recordingChecks(checks: CheckRunner, lock: RunLock): CheckRunner {
  return {
    async run(check, worktree, signal) {
      const timer = setTimeout(() => lock.noteChildren(), 300);
      try {
        return await checks.run(check, worktree, signal);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
