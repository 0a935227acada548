import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ok, type Result } from "../errors";
import type { RefSnapshot } from "../core/types";
import type { GitGuard } from "./guard";


export const MAIN_HEAD = "HEAD of the main worktree";

/**
 * Every ref of the repository (`git for-each-ref`: branches, tags, remote-tracking refs, notes, stash…)
 * and the main worktree's HEAD. One git process: HEAD is read from the git dir, whose path is asked once.
 */
export async function readRefs(guard: GitGuard, repoRoot: string): Promise<Result<RefSnapshot>> {
  const listed = await guard.run(repoRoot, ["for-each-ref", "--format=%(objectname) %(refname)"]);
  if (!listed.ok) return listed;
  const refs = new Map<string, string>();
  for (const line of listed.value.split("\n")) {
    const space = line.indexOf(" ");
    if (space > 0) refs.set(line.slice(space + 1), line.slice(0, space));
  }
  const gitDir = await mainGitDir(guard, repoRoot);
  if (!gitDir.ok) return gitDir;
  refs.set(MAIN_HEAD, (await readFile(join(gitDir.value, "HEAD"), "utf8").catch(() => "(unreadable)")).trim());
  return ok(refs);
}

const gitDirs = new WeakMap<GitGuard, Promise<Result<string>>>();

function mainGitDir(guard: GitGuard, repoRoot: string): Promise<Result<string>> {
  let known = gitDirs.get(guard);
  if (!known) {
    known = guard.run(repoRoot, ["rev-parse", "--absolute-git-dir"]);
    gitDirs.set(guard, known);
  }
  return known;
}

const short = (sha: string | undefined) => (sha && /^[0-9a-f]{40,64}$/.test(sha) ? sha.slice(0, 12) : (sha ?? ""));

/**
 * What moved between two snapshots, ignoring `except` (the issue's own branch, which the engine commits
 * on), in words for a `TAMPER: …` reason; empty when nothing did.
 */
export function movedRefs(before: RefSnapshot, after: RefSnapshot, except: string[] = []): string[] {
  const skip = new Set(except);
  const moved: string[] = [];
  for (const [name, was] of before) {
    if (skip.has(name)) continue;
    const now = after.get(name);
    if (now === undefined) moved.push(`${name} was deleted (was ${short(was)})`);
    else if (now !== was) moved.push(`${name} moved from ${short(was)} to ${short(now)}`);
  }
  for (const [name, now] of after) if (!skip.has(name) && !before.has(name)) moved.push(`${name} was created at ${short(now)}`);
  return moved;
}
