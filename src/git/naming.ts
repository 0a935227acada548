import { join } from "node:path";

// An issue's git names, in one place: the engine, the guard, Graphite and the status/plan reports derive
// them from the issue id here.

/** The issue's branch (SPEC §3): `worktrees.branchPrefix` followed by the id. */
export function branchFor(prefix: string, id: string): string {
  return `${prefix}${id}`;
}

/** Whether `name` is an issue branch: under the prefix, with something after it. */
export function isIssueBranch(prefix: string, name: string | undefined): name is string {
  return name !== undefined && name.startsWith(prefix) && name.length > prefix.length;
}

/** The issue's worktree: its own directory under `worktrees.root` (absolute when `root` is). */
export function worktreeFor(root: string, id: string): string {
  return join(root, id);
}

const RESERVED_FIRST_PARTS = new Set(["refs", "heads", "tags", "remotes", "HEAD"]);

/**
 * Why `prefix + <issue id>` could not be a git branch name (git check-ref-format), or undefined when it can.
 * Issue ids start with a letter or digit, so only what the prefix contributes on its own is checked.
 */
export function branchPrefixProblem(prefix: string): string | undefined {
  if (prefix === "") return "must not be empty";
  if (prefix.startsWith("-")) return 'must not start with "-"';
  if (prefix.startsWith("/")) return 'must not start with "/"';
  // eslint-disable-next-line no-control-regex
  const bad = /[\x00-\x20\x7f~^:?*[\\]/.exec(prefix)?.[0];
  if (bad !== undefined) return `must not contain ${bad.charCodeAt(0) <= 0x20 || bad === "\x7f" ? "spaces or control characters" : JSON.stringify(bad)}`;
  for (const seq of ["..", "//", "@{"]) if (prefix.includes(seq)) return `must not contain "${seq}"`;
  const parts = prefix.split("/");
  if (parts.some((part) => part.startsWith("."))) return 'no part between slashes may start with "."';
  if (parts.slice(0, -1).some((part) => part.endsWith(".lock"))) return 'no part between slashes may end with ".lock"';
  if (prefix.endsWith(".lock")) return 'must not end with ".lock"';
  // `refs/heads/x` as a branch is refs/heads/refs/heads/x: git resolves such names ambiguously.
  if (RESERVED_FIRST_PARTS.has(parts[0] as string) && parts.length > 1) return `must not start with "${parts[0]}/" (the branch would be read as another ref)`;
  return undefined;
}
