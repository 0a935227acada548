// The types the engine and the modules below it share: what the loop asks of git, a stack tool and GitHub,
// and what an issue branch says. Here, at the bottom, so git/, github/ and report/ never import engine/.
import type { Result } from "../errors";
import type { IssueSummary, PhaseResult } from "./events";

/** Ref name → what it points at; MAIN_HEAD is the main worktree's HEAD file (a symbolic ref or a commit). */
export type RefSnapshot = ReadonlyMap<string, string>;

/** `recovered`: uncommitted work a stopped run left in its worktree, committed by the next run. */
export type EnginePhase = "dev" | "review" | "fix" | "recovered";

/**
 * What an issue branch says about the issue (SPEC §3 "Reruns continue"), read from the branch alone so it
 * holds on any machine that has the branch: locally, restored from a bundle, or only as `origin/<branch>`.
 * - `passed`: the tip is the engine's recorded pass for this issue: nothing to run.
 * - `unfinished`: the engine worked on it (failed, capped, interrupted, or commits after a pass): resume
 *   with a review.
 * - `untouched`: the branch exists but holds no engine commit for this issue: start with dev on it.
 * - `absent`: no branch: create it.
 */
export type BranchState =
  | { kind: "absent" }
  | { kind: "passed"; commit: string; source: BranchSource }
  | { kind: "unfinished"; commit: string; source: BranchSource; lastPhase: EnginePhase | null; lastCommit: string }
  | { kind: "untouched"; commit: string; source: BranchSource };

/** `origin`: only `refs/remotes/origin/<branch>` exists; the run tracks it as a local branch first. */
export type BranchSource = "local" | "origin";

/** The git operations the loop needs; implemented by src/git with the guarded command set. */
export interface IssueWorktrees {
  /** `existing`: the branch exists (locally, or only on origin) and is resumed instead of created. */
  /** The issue's branch and worktree are named from `id` (src/git/naming.ts: branchFor, worktreeFor). */
  create(opts: { id: string; base: string; mergeBranches: string[]; existing?: "local" | "origin" }): Promise<Result<{ baseSha: string; recovered: string | null }>>;
  /**
   * `named`: paths the phase's answer lists as changed (committed even when ignored; `warn` says so);
   * `allowEmpty`: a verdict commit even when nothing changed.
   */
  commit(worktree: string, message: string, opts?: { named?: string[]; warn?: (message: string) => void; allowEmpty?: boolean }): Promise<Result<string | null>>;
  remove(worktree: string): Promise<Result<void>>;
  push?(worktree: string, branch: string): Promise<Result<void>>;
  /** Every ref and the main worktree's HEAD: compared around each phase to catch tampering. */
  refs?(): Promise<Result<RefSnapshot>>;
}

/** A stack tool (Graphite): puts an issue branch on the stack, and submits it. */
export interface StackTool {
  /** The stack's trunk: the parent of an issue branch that has no passed dependency. */
  readonly trunk: string;
  track(worktree: string, branch: string, parent: string): Promise<Result<void>>;
  /** Only when `graphite.submit` is on: pushes the branch and opens or updates its pull request. */
  submit?(worktree: string, branch: string): Promise<Result<void>>;
}

export type PullRequestRecord = { number: number; url: string; action: "opened" | "updated" } | { error: string };

export interface PublishRequest {
  runId: string;
  issue: { id: string; title: string; path: string };
  summary: IssueSummary;
  /** The dependency branch the issue branch started from (SPEC §3 stacking); null: worktrees.base. */
  stackedOn: string | null;
  phases: PhaseResult[];
}

/** GitHub pull requests (github.pullRequests): opened or updated for a passed issue once its branch is pushed. */
export interface PullRequests {
  publish(req: PublishRequest): Promise<{ record: PullRequestRecord; warnings: string[] }>;
  /**
   * An issue that passed in an earlier run (nothing ran, nothing pushed): its open pull request, if any, is
   * moved onto the base it belongs on now (a dependency's PR merged); null when it has no open one.
   */
  retarget(req: { branch: string; stackedOn: string | null }): Promise<PullRequestRecord | null>;
}

/** What `status` and `plan` say per issue: what its branch holds, and what the next `run` does with it. */
export interface IssueOutlook {
  id: string;
  title: string;
  branch: string;
  /** `done`: done by front matter (not selected); otherwise the branch state (see resume.ts). */
  state: "done" | BranchState["kind"];
  /** Branch tip, when the branch exists. */
  commit: string | null;
  /** `origin`: only `origin/<branch>` exists (the run tracks it). */
  source: "local" | "origin" | null;
  /** Phase of the newest engine commit (unfinished branches). */
  lastPhase: string | null;
  /** A worktree a stopped run left (its uncommitted work becomes recovered work). */
  worktree: string | null;
  waitsFor: string[];
  /** `none`: nothing runs; `review`: resumed with a review; `dev`: starts with dev. */
  next: "none" | "review" | "dev";
  /** The same in words, for people. */
  nextText: string;
}
