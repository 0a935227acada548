import type { Problem } from "../errors";
import type { Finding, PhaseOutput } from "./outputs";
import type { TokenUsage } from "../report/usage";
import type { CheckResult } from "../runner/checks";
import type { ThreadEvent, Usage } from "../runner/types";

export type PhaseName = "dev" | "review" | "fix";
export type IssueStatus = "passed" | "capped" | "failed" | "skipped";
/** dev/fix answer done|blocked, review answers pass|fail; error = runner failure, timeout or broken contract. */
export type PhaseStatus = "done" | "blocked" | "pass" | "fail" | "error" | "interrupted";

/**
 * The engine's verdict on a review: the reviewer's answer, weighed against the checks the engine ran
 * itself after the last dev or fix phase and against `review.failOn`.
 */
export interface Verdict {
  status: "pass" | "fail";
  /** Why the verdict differs from the reviewer's `status`; null when it does not. */
  note: string | null;
  /** Findings the engine added: one blocker per check that did not pass. */
  added: Finding[];
}

/** What `<NN>-<phase>.json` holds (SPEC §6). */
export interface PhaseResult {
  phase: PhaseName;
  attempt: number;
  status: PhaseStatus;
  runner: string;
  threadId: string | null;
  startedAt: string;
  endedAt: string;
  durationMs: number;
  /** As codex reported it: at turn end, or its last mid-turn total when the turn was stopped. */
  usage: Usage | null;
  /** Estimated USD for `usage`; null when the model's price is unknown. */
  costUsd: number | null;
  /** The agent's answer, as its phase's schema says (src/core/outputs.ts); null when there was none that fit. */
  output: PhaseOutput | null;
  error: { code: Problem["code"]; message: string; details?: string[] } | null;
  commit: string | null;
  /** The configured checks the engine ran after this dev or fix phase; null when none ran. */
  checks: CheckResult[] | null;
  /** Reviews: the engine's verdict, which decides (the reviewer's answer weighed against the checks and review.failOn). */
  verdict?: Verdict;
}

/** A check in run.json: its outcome without its output (that is in `<NN>-checks.log` and the phase's `.json`). */
export interface CheckSummary {
  name: string;
  status: CheckResult["status"];
  exitCode: number | null;
  durationMs: number;
}

export interface PhaseSummary {
  phase: PhaseName;
  attempt: number;
  status: PhaseStatus;
  /** Repo-relative path of the phase's result JSON. */
  result: string;
  /** Repo-relative path of the phase's raw event log. */
  log: string;
  /** The checks run after this phase; null when none ran. */
  checks: CheckSummary[] | null;
}

/** What the issue's branch held when this run began (SPEC §3 "Reruns continue"); see src/engine/resume.ts. */
export interface ResumeInfo {
  /** `passed`: nothing ran; `unfinished`: resumed with a review; `untouched`: dev on the existing branch. */
  state: "passed" | "unfinished" | "untouched";
  /** The branch tip the run found. */
  commit: string;
  /** `origin`: only `origin/<branch>` existed; the run tracked it as a local branch. */
  source: "local" | "origin";
  /** Phase of the newest engine commit of the issue on the branch (unfinished only). */
  lastPhase: string | null;
  /** The commit holding uncommitted work a stopped run left in the worktree, when there was any. */
  recovered: string | null;
}

export interface IssueSummary {
  id: string;
  title: string;
  path: string;
  status: IssueStatus;
  reason: string | null;
  /** What the user can do about `reason`, when the engine knows. */
  hint: string | null;
  /** null: the branch did not exist before this run. */
  resumed: ResumeInfo | null;
  branch: string;
  reviews: number;
  fixes: number;
  /** Worktree left on disk for inspection (interrupt, or a removal that failed); null when removed. */
  worktree: string | null;
  usage: TokenUsage;
  /** Estimated USD; null when the model's price is unknown (runner.pricing sets one). */
  costUsd: number | null;
  /** Wall time of the issue, from its worktree's creation to its end; 0 when skipped. */
  durationMs: number;
  phases: PhaseSummary[];
  /** Why the branch is neither bundled nor pushed (its worktree held a secret); absent otherwise. */
  withheld?: string;
  /** With graphite.enabled: the stack parent, whether `gt submit` ran, and what failed; otherwise null. */
  graphite: { parent: string; submitted: boolean; error: string | null } | null;
  /** With github.pullRequests on and the issue passed: its pull request, or why there is none; otherwise null. */
  pullRequest: { number: number; url: string; action: "opened" | "updated" } | { error: string } | null;
}

/** `run.json` (SPEC §6). */
export interface RunSummary {
  version: 1;
  runId: string;
  milestone: string;
  status: "passed" | "failed";
  interrupted: boolean;
  startedAt: string;
  endedAt: string;
  durationMs: number;
  usage: TokenUsage;
  costUsd: number | null;
  logDir: string;
  issues: IssueSummary[];
}

interface Base {
  ts: string;
  issue: string | null;
  phase: PhaseName | null;
}

export type EngineEvent =
  | (Base & { type: "run.started"; runId: string; milestone: string; logDir: string; plan: { id: string; title: string; waitsFor: string[] }[] })
  | (Base & { type: "warning"; message: string })
  /** Which codex the run uses (null path: none found; null version: it did not answer `--version`). */
  | (Base & { type: "codex"; path: string | null; source: "config" | "package" | "node_modules" | "PATH" | null; version: string | null; message: string })
  | (Base & { type: "note"; message: string })
  | (Base & { type: "issue.started"; issue: string; title: string; branch: string; worktree: string; base: string; merged: string[]; resumed: ResumeInfo | null })
  | (Base & { type: "issue.skipped"; issue: string; reason: string })
  | (Base & { type: "phase.started"; issue: string; phase: PhaseName; attempt: number; seq: number; prompt: string })
  | (Base & { type: "runner.event"; issue: string; phase: PhaseName; event: ThreadEvent })
  /** The running phase's usage so far (a running total), whenever codex reports it. */
  | (Base & { type: "usage"; issue: string; phase: PhaseName; usage: TokenUsage })
  /** One configured check ran after the phase `seq`; `output` is what it printed (for `<NN>-checks.log`). */
  | (Base & { type: "check.completed"; issue: string; phase: PhaseName; seq: number; check: CheckResult; output: string })
  /** The engine's verdict on a review differs from the reviewer's answer. */
  | (Base & { type: "verdict"; issue: string; phase: "review"; status: "pass" | "fail"; message: string })
  | (Base & { type: "phase.completed"; issue: string; phase: PhaseName; seq: number; result: PhaseResult })
  | (Base & { type: "issue.completed"; issue: string; summary: IssueSummary })
  | (Base & { type: "run.completed"; summary: RunSummary });

/** Where events go: terminal, NDJSON, log files, Actions log. Sinks never throw into the engine. */
export interface Sink {
  handle(event: EngineEvent): void;
  close?(): Promise<void>;
}

export function fanOut(sinks: Sink[]): Sink {
  return {
    handle(event) {
      for (const sink of sinks) sink.handle(event);
    },
    async close() {
      for (const sink of sinks) await sink.close?.();
    },
  };
}
