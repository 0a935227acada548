/**
 * Errors are values: every failure the user can act on is a Problem with a stable code, a message that
 * says what is wrong and how to fix it, and where it was found. Only entrypoints map them to exit codes.
 */
export type ProblemCode =
  | "USAGE"
  | "TAMPER"
  | "CONFIG_NOT_FOUND"
  | "CONFIG_AMBIGUOUS"
  | "CONFIG_LOAD"
  | "CONFIG_INVALID"
  | "ISSUE_GLOB"
  | "ISSUE_READ"
  | "ISSUE_YAML"
  | "ISSUE_FIELD"
  | "ISSUE_ID"
  | "ISSUE_DUPLICATE"
  | "ISSUE_UNKNOWN_DEPENDENCY"
  | "ISSUE_CYCLE"
  | "ISSUE_NOT_IN_MILESTONE"
  | "GIT"
  | "GIT_FORBIDDEN"
  | "GRAPHITE"
  /** A GitHub precondition for pull requests (token, repository, API) does not hold. */
  | "GITHUB"
  | "WORKTREE"
  | "WORKTREE_EXISTS"
  | "MERGE_CONFLICT"
  | "RUNNER"
  | "RUNNER_START"
  | "TIMEOUT"
  | "ABORTED"
  | "CONTRACT"
  | "PROMPT"
  /** A configured check could not start (command not found, the sandbox refused to start). */
  | "CHECK"
  | "LOGS"
  | "LOCKED"
  | "PREFLIGHT"
  /** A spend cap (budget.*) was crossed: the phase was stopped, its work committed. */
  | "BUDGET"
  /** The agent's files hold a secret: nothing of them is committed, the worktree is kept. */
  | "SECRET"
  /** The agent created a git repository inside its worktree: it would be committed as a dangling gitlink. */
  | "NESTED_REPO";

export interface Problem {
  code: ProblemCode;
  message: string;
  /** Repo-relative (or absolute when outside the repo) file the problem was found in. */
  file?: string;
  /** 1-based line in `file`. */
  line?: number;
  /** Dotted key path inside a config or front matter, e.g. `runner.sandbox`. */
  key?: string;
  /** What the user can do about it. */
  hint?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(problems: Problem | Problem[]): Result<T> => ({
  ok: false,
  problems: Array.isArray(problems) ? problems : [problems],
});

/** `file:line: key: message (hint)` — the shape editors and terminals make clickable. */
export function formatProblem(p: Problem): string {
  const where = p.file ? `${p.file}${p.line ? `:${p.line}` : ""}: ` : "";
  const key = p.key ? `${p.key}: ` : "";
  const hint = p.hint ? `\n  ${p.hint}` : "";
  return `${where}${key}${p.message}${hint}`;
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
