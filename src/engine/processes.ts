import { readdirSync, readFileSync } from "node:fs";

/**
 * Process facts from /proc (Linux). Elsewhere every function answers "unknown" (null / empty), and the
 * lock then only knows the engine's pid: documented in the README ("Recovering and rerunning").
 */

interface ProcStat {
  /** `Z`: a zombie, dead but not yet reaped by its (new) parent. */
  state: string;
  ppid: number;
  /** Clock ticks since boot when the process started: with the pid, it names one process for good. */
  start: string;
}

function stat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 2 (comm) is in parentheses and may hold spaces or parentheses itself: split after the last ")".
    const rest = text.slice(text.lastIndexOf(")") + 2).split(" ");
    const ppid = Number(rest[1]);
    const start = rest[19];
    return Number.isInteger(ppid) && start ? { state: rest[0] ?? "", ppid, start } : null;
  } catch {
    return null;
  }
}

/** When `pid` started (null when unknown or gone). */
export const startTime = (pid: number): string | null => stat(pid)?.start ?? null;

export interface ProcessId {
  pid: number;
  /** From `startTime`; null when unknown. */
  start: string | null;
}

/** Whether the process `id` names is still running (a reused pid with another start time is not it). */
export function isRunning(id: ProcessId): boolean {
  try {
    process.kill(id.pid, 0);
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    if ((err as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const now = stat(id.pid);
  if (now?.state === "Z") return false;
  return id.start === null || now === null || now.start === id.start;
}

function allProcesses(): Map<number, ProcStat> {
  const out = new Map<number, ProcStat>();
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return out;
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    const s = stat(Number(name));
    if (s) out.set(Number(name), s);
  }
  return out;
}

/** The direct children of `pid` (the codex processes the SDK spawned, for the engine's own pid). */
export function childrenOf(pid: number): ProcessId[] {
  return [...allProcesses()].filter(([, s]) => s.ppid === pid).map(([child, s]) => ({ pid: child, start: s.start }));
}

/**
 * SIGKILLs each of `roots` that is still the same process, and everything below it (codex's command
 * shells, sandbox wrappers). Returns the pids signalled. The tree is read before anything is killed, so
 * children re-parented by a kill are not missed.
 */
export function killTrees(roots: ProcessId[]): number[] {
  const table = allProcesses();
  const kids = new Map<number, number[]>();
  for (const [pid, s] of table) kids.set(s.ppid, [...(kids.get(s.ppid) ?? []), pid]);
  const doomed: number[] = [];
  const visit = (pid: number) => {
    doomed.push(pid);
    for (const child of kids.get(pid) ?? []) visit(child);
  };
  for (const root of roots) {
    const s = table.get(root.pid);
    if (s && s.state !== "Z" && (root.start === null || s.start === root.start)) visit(root.pid);
  }
  for (const pid of doomed) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Already gone, or not ours to kill.
    }
  }
  return doomed;
}
