import { closeSync, existsSync, lstatSync, openSync, readlinkSync, readSync } from "node:fs";
import { isAbsolute, join, normalize, sep } from "node:path";

/**
 * What the engine checks in an issue worktree before it commits the agent's work (SPEC §3: nothing the
 * agent wrote is lost, no secret is committed). Pure file-system reads, bounded; git is asked by the caller.
 */

export interface StatusEntry {
  /** Porcelain v1 XY code, e.g. "??", " M", "A ". */
  code: string;
  path: string;
}

/** `git status --porcelain -z` → entries; a rename's second path (its origin) is skipped. */
export function parseStatusZ(text: string): StatusEntry[] {
  const parts = text.split("\0");
  const entries: StatusEntry[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (part.length < 4) continue;
    const code = part.slice(0, 2);
    entries.push({ code, path: part.slice(3) });
    if (code.includes("R") || code.includes("C")) i++;
  }
  return entries;
}

/**
 * Directories git lists as untracked (`dir/`) that hold their own `.git`: a repository the agent made.
 * `git add` would record it as a gitlink pointing at commits nobody else has.
 */
export function nestedRepositories(worktree: string, entries: StatusEntry[]): string[] {
  return entries.filter((e) => e.path.endsWith("/") && existsSync(join(worktree, e.path, ".git"))).map((e) => e.path.replace(/\/$/, ""));
}

/**
 * A path the phase's answer names, as a literal pathspec inside the worktree; null when it is not one
 * (absolute, leaving the worktree, inside .git). The agent's text is not trusted to be a path.
 */
export function namedPath(path: string): string | null {
  if (typeof path !== "string" || path === "" || path.includes("\0") || isAbsolute(path)) return null;
  const clean = normalize(path).replace(/\/+$/, "");
  if (clean === "." || clean === ".." || clean.startsWith(`..${sep}`)) return null;
  if (clean.split(sep).some((part) => part === ".git")) return null;
  return clean;
}

const CHUNK = 1024 * 1024;
/** A secret split across two chunks is still found: consecutive chunks overlap by this many bytes. */
const OVERLAP = 4096;

/**
 * The secrets `find` sees in the file at `path`: its content read in bounded chunks (a symlink's target
 * text, not what it points to). Devices, FIFOs and sockets are never opened (a FIFO would block).
 */
export function secretsInFile(path: string, find: (text: string) => Set<string>): Set<string> {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return new Set();
  }
  if (stat.isSymbolicLink()) return find(readlinkSync(path));
  if (!stat.isFile()) return new Set();
  const found = new Set<string>();
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(CHUNK + OVERLAP);
    let carry = 0;
    for (;;) {
      const read = readSync(fd, buffer, carry, CHUNK, null);
      if (read === 0) break;
      const end = carry + read;
      for (const s of find(buffer.toString("utf8", 0, end))) found.add(s);
      carry = Math.min(OVERLAP, end);
      buffer.copy(buffer, 0, end - carry, end);
    }
  } finally {
    closeSync(fd);
  }
  return found;
}
