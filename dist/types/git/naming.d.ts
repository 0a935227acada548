/** The issue's branch (SPEC §3): `worktrees.branchPrefix` followed by the id. */
export declare function branchFor(prefix: string, id: string): string;
/** Whether `name` is an issue branch: under the prefix, with something after it. */
export declare function isIssueBranch(prefix: string, name: string | undefined): name is string;
/** The issue's worktree: its own directory under `worktrees.root` (absolute when `root` is). */
export declare function worktreeFor(root: string, id: string): string;
/**
 * Why `prefix + <issue id>` could not be a git branch name (git check-ref-format), or undefined when it can.
 * Issue ids start with a letter or digit, so only what the prefix contributes on its own is checked.
 */
export declare function branchPrefixProblem(prefix: string): string | undefined;
