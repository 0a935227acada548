import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import type { OrchestratorConfig } from "../config/types";
import { phaseSchema, validatePhaseOutput } from "../contracts";
import type { Problem, Result } from "../errors";
import type { Plan, PlannedIssue } from "../issues/types";
import { renderPrompt, type PromptSet } from "../prompts";
import { phaseFiles } from "../report/layout";
import type { Runner, RunnerOutcome } from "../runner/types";
import { movedRefs } from "../git/refs";
import { addUsage, costOf, fromCodex, noUsage, pricingFor, type Pricing, type TokenUsage } from "../report/usage";
import type { Usage } from "../runner/types";
import { BudgetTracker, type BudgetCrossing } from "./budget";
import type { PhaseOutput } from "../core/outputs";
import type { CheckResult, CheckRunner } from "../runner/checks";
import { decideVerdict, effectiveReview, renderChecks, stillFailing } from "./checks";
import type { EngineEvent, IssueSummary, PhaseName, PhaseResult, PhaseStatus, RunSummary, Sink } from "../core/events";
import type { BranchState, IssueWorktrees, PullRequests, RefSnapshot, StackTool } from "../core/types";
import { branchFor, worktreeFor } from "../git/naming";
import { engineCommitMessage } from "../git/trailers";

export interface LoopContext {
  repoRoot: string;
  config: OrchestratorConfig;
  plan: Plan;
  runId: string;
  /** Absolute run log directory. */
  logDir: string;
  runner: Runner;
  git: IssueWorktrees;
  /** Graphite, when graphite.enabled: issue branches join the stack, passed ones may be submitted. */
  stack?: StackTool;
  /** With github.pullRequests: a passed, pushed issue branch gets its pull request. */
  pullRequests?: PullRequests;
  prompts: PromptSet;
  /** Runs `config.checks` after each dev and fix phase (sandboxed as the agent); absent: none run. */
  checks?: CheckRunner;
  /** What each issue branch said when the run began (plan issues and their dependencies); absent = no branch. */
  branches?: ReadonlyMap<string, BranchState>;
  sink: Sink;
  /** Masks secrets: applied to every prompt before it is sent, since issue text is untrusted input. */
  redact: (text: string) => string;
  /** Aborted on SIGINT/SIGTERM (reason "interrupt") or when logs cannot be written (reason: a Problem). */
  signal: AbortSignal;
  /** Stops the run (aborts `signal` with the problem): remaining issues are skipped naming it. */
  stop?: (problem: Problem) => void;
  now?: () => Date;
}

type Outputs = Partial<Record<PhaseName, PhaseOutput>>;

interface PhaseRun {
  result: PhaseResult;
  interrupted: boolean;
  /** A spend cap this phase crossed (mid-turn or with its final usage). */
  budget: BudgetCrossing | null;
}

/** Spend so far (SPEC §3 budgets) and the price the costs are estimated with. */
interface Spend {
  pricing: Pricing | null;
  tracker: BudgetTracker;
  /** Set once a run budget is crossed: every issue not started is skipped with it. */
  runStop: string | null;
}

/** Runs the milestone's plan one issue at a time (SPEC §3) and returns what `run.json` holds. */
export async function runLoop(ctx: LoopContext): Promise<RunSummary> {
  const now = ctx.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const emit = (event: DistributiveOmit<EngineEvent, "ts">) => ctx.sink.handle({ ...event, ts: now().toISOString() } as EngineEvent);

  emit({
    type: "run.started",
    issue: null,
    phase: null,
    runId: ctx.runId,
    milestone: ctx.plan.milestone,
    logDir: ctx.logDir,
    plan: ctx.plan.issues.map((p) => ({ id: p.issue.id, title: p.issue.title, waitsFor: p.waitsFor })),
  });
  for (const message of ctx.plan.warnings) emit({ type: "warning", issue: null, phase: null, message });

  const done = new Map<string, IssueSummary>();
  const order = new Map(ctx.plan.issues.map((p, index) => [p.issue.id, index]));
  const pricing = pricingFor(ctx.config.runner.model, ctx.config.runner.pricing);
  const spend: Spend = { pricing, tracker: new BudgetTracker(ctx.config.budget, pricing), runStop: null };
  for (const planned of ctx.plan.issues) {
    const summary = ctx.signal.aborted
      ? skipped(planned, ctx, stopReason(ctx.signal))
      : spend.runStop !== null
        ? skipped(planned, ctx, spend.runStop)
        : await runIssue({ planned, ctx, done, order, emit, now, spend });
    done.set(planned.issue.id, summary);
    if (summary.status === "skipped") emit({ type: "issue.skipped", issue: summary.id, phase: null, reason: summary.reason ?? "" });
    else emit({ type: "issue.completed", issue: summary.id, phase: null, summary });
  }

  const issues = [...done.values()];
  const usage = issues.reduce<TokenUsage>((sum, i) => addUsage(sum, i.usage), noUsage());
  const endedAt = now();
  const summary: RunSummary = {
    version: 1,
    runId: ctx.runId,
    milestone: ctx.plan.milestone,
    status: issues.every((i) => i.status === "passed") && !ctx.signal.aborted ? "passed" : "failed",
    interrupted: ctx.signal.aborted && ctx.signal.reason === "interrupt",
    startedAt,
    endedAt: endedAt.toISOString(),
    durationMs: endedAt.getTime() - Date.parse(startedAt),
    usage,
    costUsd: costOf(usage, pricing),
    logDir: ctx.logDir,
    issues,
  };
  emit({ type: "run.completed", issue: null, phase: null, summary });
  return summary;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Emit = (event: DistributiveOmit<EngineEvent, "ts">) => void;

function stopReason(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  if (reason === "interrupt") return "run interrupted";
  if (reason && typeof reason === "object" && "message" in reason) return `run stopped: ${String((reason as Problem).message)}`;
  return "run stopped";
}

function baseSummary(planned: PlannedIssue, ctx: LoopContext): IssueSummary {
  return {
    id: planned.issue.id,
    title: planned.issue.title,
    path: planned.issue.path,
    status: "failed",
    reason: null,
    hint: null,
    resumed: null,
    branch: branchFor(ctx.config.worktrees.branchPrefix, planned.issue.id),
    reviews: 0,
    fixes: 0,
    worktree: null,
    usage: noUsage(),
    costUsd: null,
    durationMs: 0,
    phases: [],
    graphite: null,
    pullRequest: null,
  };
}

const messages = (problems: Problem[]) => problems.map((p) => p.message).join("; ");

const shortSha = (sha: string) => sha.slice(0, 12);

/** Nothing to run: the branch's tip is this issue's recorded pass from an earlier run. */
function passedEarlier(summary: IssueSummary, commit: string): IssueSummary {
  return { ...summary, status: "passed", reason: `passed in an earlier run (${shortSha(commit)})` };
}

function skipped(planned: PlannedIssue, ctx: LoopContext, reason: string): IssueSummary {
  return { ...baseSummary(planned, ctx), status: "skipped", reason };
}

/** One issue's turn in the loop: the loop's context and what the loop keeps across issues. */
interface IssueRun {
  planned: PlannedIssue;
  ctx: LoopContext;
  /** Issues finished so far in this run, by id. */
  done: Map<string, IssueSummary>;
  /** Plan position of each issue of this run. */
  order: Map<string, number>;
  emit: Emit;
  now: () => Date;
  spend: Spend;
}

/** An issue whose worktree is open: where its phases run and what they build on. */
interface OpenIssue {
  summary: IssueSummary;
  worktree: string;
  baseSha: string;
  state: BranchState;
  /** The commit holding work a stopped run left, when there was any. */
  recovered: string | null;
  /** Passed dependency branches, in plan order: the last is the start, the others were merged in. */
  stackOn: string[];
}

/** How an issue's phases ended. */
interface PhasesOutcome {
  reason: string | null;
  interrupted: boolean;
  /** The agent's uncommitted work must stay on disk: it holds a secret or a nested repository. */
  keptFor: "SECRET" | "NESTED_REPO" | null;
  results: PhaseResult[];
  reviewAttempts: number;
}

/** Runs one issue and stamps what it cost and how long it took. */
async function runIssue(run: IssueRun): Promise<IssueSummary> {
  const startedAt = run.now().getTime();
  const summary = await issueSteps(run);
  if (summary.status !== "skipped") {
    summary.costUsd = costOf(summary.usage, run.spend.pricing);
    summary.durationMs = run.now().getTime() - startedAt;
  }
  return summary;
}

async function issueSteps(run: IssueRun): Promise<IssueSummary> {
  const { planned, ctx } = run;
  const blocked = blockedBy(run);
  if (blocked !== null) return skipped(planned, ctx, blocked);

  const state = ctx.branches?.get(planned.issue.id) ?? { kind: "absent" as const };
  const summary = baseSummary(planned, ctx);
  if (state.kind !== "absent") {
    summary.resumed = { state: state.kind, commit: state.commit, source: state.source, lastPhase: state.kind === "unfinished" ? state.lastPhase : null, recovered: null };
  }
  const worktree = worktreeFor(join(ctx.repoRoot, ctx.config.worktrees.root), planned.issue.id);
  const stackOn = stackingFor(run);
  if (state.kind === "passed" && !existsSync(worktree)) return earlierPass(run, summary, state.commit, stackOn);

  const opened = await openWorktree(run, summary, worktree, state, stackOn);
  if (!("baseSha" in opened)) return opened;
  if (state.kind === "passed" && opened.recovered === null) {
    // A worktree the earlier run left after the pass, with nothing new in it.
    const removed = await ctx.git.remove(worktree);
    if (!removed.ok) summary.worktree = relative(ctx.repoRoot, worktree);
    return earlierPass(run, summary, state.commit, stackOn);
  }
  await trackOnStack(run, opened);
  const outcome = await runPhases(run, opened);
  return finishIssue(run, opened, outcome);
}

/** Why the issue cannot run yet (a dependency of this run did not pass), or null. */
function blockedBy({ planned, done, order }: IssueRun): string | null {
  // A dependency of this run must pass in it; one the run leaves out (`--issue`) counts when its branch passed.
  const blocking = planned.waitsFor.filter((dep) => order.has(dep) && done.get(dep)?.status !== "passed");
  if (blocking.length === 0) return null;
  return `dependency ${blocking.map((dep) => `${dep} ${done.get(dep)?.status ?? "did not run"}`).join(", ")}`;
}

/** SPEC §3 stacking: the passed dependency branches, in plan order (the issue starts from the last). */
function stackingFor({ planned, ctx, done, order }: IssueRun): string[] {
  if (!ctx.config.worktrees.stack) return [];
  const prefix = ctx.config.worktrees.branchPrefix;
  const passedBranch = (dep: string): string | null => {
    if (done.get(dep)?.status === "passed") return branchFor(prefix, dep);
    const earlier = order.has(dep) ? undefined : ctx.branches?.get(dep);
    if (earlier?.kind !== "passed") return null;
    // A dependency that passed on another machine may exist only as origin's branch.
    return earlier.source === "origin" ? `refs/remotes/origin/${branchFor(prefix, dep)}` : branchFor(prefix, dep);
  };
  const deps = [...planned.waitsFor, ...(planned.leftOut ?? [])];
  const position = (dep: string) => order.get(dep) ?? deps.indexOf(dep);
  return deps
    .sort((a, b) => position(a) - position(b))
    .map(passedBranch)
    .filter((b): b is string => b !== null);
}

/** Nothing runs: the branch holds this issue's pass; its pull request, if any, moves to its base now. */
async function earlierPass({ ctx, emit, planned }: IssueRun, summary: IssueSummary, commit: string, stackOn: string[]): Promise<IssueSummary> {
  const passed = passedEarlier(summary, commit);
  if (ctx.pullRequests) passed.pullRequest = await ctx.pullRequests.retarget({ branch: summary.branch, stackedOn: stackOn.at(-1) ?? null });
  if (passed.pullRequest && "error" in passed.pullRequest) emit({ type: "warning", issue: planned.issue.id, phase: null, message: `pull request for ${summary.branch} failed: ${passed.pullRequest.error}` });
  return passed;
}

/** Creates or reuses the issue's worktree (SPEC §3); the failed summary when that fails. */
async function openWorktree(run: IssueRun, summary: IssueSummary, worktree: string, state: BranchState, stackOn: string[]): Promise<OpenIssue | IssueSummary> {
  const { ctx, planned } = run;
  const existing = state.kind === "absent" ? undefined : state.source;
  const start = stackOn.at(-1) ?? ctx.config.worktrees.base;
  // An existing branch already has its start: every passed dependency it lacks is merged in (not into a
  // recorded pass, which only a leftover worktree brings here: its tip must stay the pass unless work is found).
  const merged = state.kind === "passed" ? [] : existing ? stackOn : stackOn.slice(0, -1);
  const created = await ctx.git.create({ id: planned.issue.id, base: start, mergeBranches: merged, existing });
  if (!created.ok) {
    const failed: IssueSummary = { ...summary, status: "failed", reason: messages(created.problems), hint: created.problems.find((p) => p.hint)?.hint ?? null };
    // Work a stopped run left that the commit checks refuse (src/git/commit-checks.ts): it stays on disk, unbundled.
    const refused = created.problems[0]?.code;
    if (refused === "SECRET" || refused === "NESTED_REPO") failed.worktree = relative(ctx.repoRoot, worktree);
    if (refused === "SECRET") failed.withheld = "the work a stopped run left holds a secret";
    return failed;
  }
  const { recovered, baseSha } = created.value;
  if (summary.resumed) summary.resumed.recovered = recovered;
  if (!(state.kind === "passed" && recovered === null)) {
    run.emit({ type: "issue.started", issue: planned.issue.id, phase: null, title: planned.issue.title, branch: summary.branch, worktree, base: existing ? summary.branch : start, merged, resumed: summary.resumed });
  }
  return { summary, worktree, baseSha, state, recovered, stackOn };
}

/** The stack follows SPEC §3 stacking: on the last passed dependency's branch, otherwise on trunk. */
async function trackOnStack({ ctx, emit, planned }: IssueRun, { summary, worktree, stackOn }: OpenIssue): Promise<void> {
  if (!ctx.stack) return;
  const parent = stackOn.at(-1) ?? ctx.stack.trunk;
  const tracked = await ctx.stack.track(worktree, summary.branch, parent);
  summary.graphite = { parent, submitted: false, error: tracked.ok ? null : messages(tracked.problems) };
  if (!tracked.ok) emit({ type: "warning", issue: planned.issue.id, phase: null, message: `gt track of ${summary.branch} failed: ${summary.graphite.error}` });
}

/** dev, then review and fix until a review passes, a cap is reached or a phase fails (SPEC §3). */
async function runPhases(run: IssueRun, open: OpenIssue): Promise<PhasesOutcome> {
  const { planned, ctx, emit, now, spend } = run;
  const { issue } = planned;
  const { summary, worktree } = open;
  spend.tracker.startIssue();
  const outputs: Outputs = {};
  const results: PhaseResult[] = [];
  let seq = 0;
  let crossing: BudgetCrossing | null = null;
  const attempts: Record<PhaseName, number> = { dev: 0, review: 0, fix: 0 };
  let interrupted = false;
  let keptFor: PhasesOutcome["keptFor"] = null;
  /** The checks of the last dev or fix phase: what the next review is weighed against. */
  let checks: CheckResult[] | null = null;
  /** Checks run before a resumed issue's first review, recorded with that review. */
  let checksBefore: CheckResult[] | null = null;

  const phase = async (name: PhaseName): Promise<PhaseResult> => {
    seq += 1;
    attempts[name] += 1;
    const ran = await runPhase(name, attempts[name], seq, { planned, ctx, worktree, branch: summary.branch, baseSha: open.baseSha, outputs, checks, checksBefore, emit, now, spend });
    checksBefore = null;
    recordPhase(summary, ran.result, seq);
    if (ran.result.checks) checks = ran.result.checks;
    if (ran.budget) {
      crossing = ran.budget;
      if (ran.budget.scope === "run") spend.runStop = ran.budget.reason;
    }
    interrupted ||= ran.interrupted;
    const code = ran.result.error?.code;
    if (code === "SECRET" || code === "NESTED_REPO") keptFor = code;
    const answer = ran.result.output;
    if (answer !== null) outputs[name] = answer.phase === "review" && ran.result.verdict ? effectiveReview(answer, ran.result.verdict) : answer;
    results.push(ran.result);
    return ran.result;
  };

  const failedBy = (r: PhaseResult): string | null => {
    // A crossed budget ends the issue even when the crossing phase itself finished well (SPEC §3).
    if (crossing) return crossing.reason;
    if (r.error) return `${r.phase} #${r.attempt} ${r.status}: ${r.error.message}`;
    if (r.status === "blocked") return `${r.phase} #${r.attempt} blocked: ${r.output?.summary ?? ""}`;
    return null;
  };

  // Engine work on the branch (or work recovered from a stopped run) is reviewed first, with a fresh
  // review.maxCycles; a branch without engine work starts with dev.
  const resumeWithReview = open.state.kind === "unfinished" || open.state.kind === "passed" || open.recovered !== null;
  let reason: string | null = null;
  if (resumeWithReview && ctx.checks && ctx.config.checks.length > 0) {
    // No dev ran in this run: the first review is weighed against the branch's code as checked now.
    const ran = await runChecks(ctx, issue.id, "review", seq + 1, worktree, emit);
    checks = checksBefore = ran.results ?? [];
    interrupted ||= ctx.signal.aborted;
    if (ran.error) reason = `checks before review #1: ${ran.error.message}`;
  }
  let result: PhaseResult | null = resumeWithReview ? null : await phase("dev");
  if (result) reason = failedBy(result);
  while (reason === null) {
    result = await phase("review");
    reason = failedBy(result);
    if (reason !== null) break;
    if ((result.verdict?.status ?? result.status) === "pass") {
      summary.status = "passed";
      break;
    }
    if (summary.fixes >= ctx.config.review.maxCycles) {
      summary.status = "capped";
      reason = `review still fails after ${summary.fixes} fix${summary.fixes === 1 ? "" : "es"} (review.maxCycles = ${ctx.config.review.maxCycles})${stillFailing(checks)}`;
      break;
    }
    result = await phase("fix");
    reason = failedBy(result);
    if (reason === null && result.commit === null) {
      // Another review of the same code would only repeat itself.
      summary.status = "capped";
      reason = `fix #${result.attempt} made no changes`;
    }
  }
  if (summary.status !== "passed" && summary.status !== "capped") summary.status = "failed";
  return { reason, interrupted, keptFor, results, reviewAttempts: attempts.review };
}

/** A finished phase in the issue's summary: its files, checks, usage and counters. */
function recordPhase(summary: IssueSummary, result: PhaseResult, seq: number): void {
  const files = phaseFiles(summary.id, seq, result.phase);
  const ran = result.checks?.map((c) => ({ name: c.name, status: c.status, exitCode: c.exitCode, durationMs: c.durationMs })) ?? null;
  summary.phases.push({ phase: result.phase, attempt: result.attempt, status: result.status, result: files.result, log: files.log, checks: ran });
  summary.usage = addUsage(summary.usage, fromCodex(result.usage));
  if (result.phase === "review") summary.reviews += 1;
  if (result.phase === "fix") summary.fixes += 1;
}

/** What follows the phases: the hint, the pass commit, push, pull request, submit, and the worktree's removal. */
async function finishIssue(run: IssueRun, open: OpenIssue, outcome: PhasesOutcome): Promise<IssueSummary> {
  const { ctx, planned } = run;
  const { issue } = planned;
  const { summary, worktree } = open;
  const { keptFor } = outcome;
  summary.reason = outcome.reason;
  if (summary.status !== "passed") {
    // The branch keeps the state: running again is the recovery (SPEC §3 "Reruns continue").
    summary.hint = `Run again to continue ${issue.id} on its branch (\`orchestrator status --milestone ${ctx.plan.milestone}\` shows what the next run does).`;
  }
  if (keptFor) {
    summary.hint = `The worktree ${relative(ctx.repoRoot, worktree)} keeps the agent's uncommitted files: ${keptFor === "SECRET" ? "remove the secret (and rotate the credential)" : "remove the nested repository"}, then run again to continue ${issue.id} on its branch.`;
  }
  if (outcome.interrupted || keptFor) {
    // Kept for inspection; `orchestrator clean` removes it once it holds no uncommitted work.
    summary.worktree = relative(ctx.repoRoot, worktree);
    if (keptFor === "SECRET") summary.withheld = "a phase found a secret in the agent's files";
    return summary;
  }
  const warn = (message: string) => run.emit({ type: "warning", issue: issue.id, phase: null, message });
  if (summary.status === "passed" && !(await recordPass(run, open, outcome.reviewAttempts, warn))) return summary;
  if (summary.status === "passed" && ctx.config.worktrees.push && ctx.git.push) await publish(run, open, outcome.results, warn);
  if (summary.status === "passed" && ctx.stack?.submit && summary.graphite?.error === null) {
    const submitted = await ctx.stack.submit(worktree, summary.branch);
    if (submitted.ok) summary.graphite.submitted = true;
    else {
      summary.graphite.error = messages(submitted.problems);
      warn(`gt submit of ${summary.branch} failed: ${summary.graphite.error}`);
    }
  }
  const removed = await ctx.git.remove(worktree);
  if (!removed.ok) {
    summary.worktree = relative(ctx.repoRoot, worktree);
    warn(`worktree kept: ${messages(removed.problems)}`);
  }
  return summary;
}

/**
 * The verdict is a commit of its own, so the branch alone tells a later run that this issue passed. False:
 * the commit checks refused the agent's files, and the issue failed with its worktree kept.
 */
async function recordPass({ ctx, planned }: IssueRun, { summary, worktree }: OpenIssue, reviewAttempt: number, warn: (message: string) => void): Promise<boolean> {
  const { issue } = planned;
  const subject = `orchestrator(${issue.id}): passed`;
  const verdict = await ctx.git.commit(worktree, engineCommitMessage(subject, { issue: issue.id, phase: "review", attempt: reviewAttempt, verdict: "pass" }), { allowEmpty: true });
  if (verdict.ok) return true;
  const refused = verdict.problems[0]?.code;
  if (refused === "SECRET" || refused === "NESTED_REPO") {
    // The same checks as every engine commit: nothing passes over files they refuse.
    Object.assign(summary, { status: "failed", reason: `recording the pass: ${messages(verdict.problems)}`, worktree: relative(ctx.repoRoot, worktree) });
    if (refused === "SECRET") summary.withheld = "the pass commit found a secret in the agent's files";
    return false;
  }
  warn(`recording the pass on ${summary.branch} failed (the next run reviews it again): ${messages(verdict.problems)}`);
  return true;
}

/** Pushes the passed branch and, with github.pullRequests, opens or updates its pull request. */
async function publish({ ctx, planned }: IssueRun, { summary, worktree, stackOn }: OpenIssue, results: PhaseResult[], warn: (message: string) => void): Promise<void> {
  if (!ctx.git.push) return;
  const pushed = await ctx.git.push(worktree, summary.branch);
  if (!pushed.ok) warn(`push of ${summary.branch} failed: ${messages(pushed.problems)}`);
  if (!ctx.pullRequests) return;
  const published = pushed.ok
    ? await ctx.pullRequests.publish({ runId: ctx.runId, issue: planned.issue, summary, stackedOn: stackOn.at(-1) ?? null, phases: results })
    : { record: { error: "not opened: the branch was not pushed" }, warnings: [] };
  summary.pullRequest = published.record;
  for (const message of published.warnings) warn(message);
  if ("error" in published.record && pushed.ok) warn(`pull request for ${summary.branch} failed: ${published.record.error}`);
}

interface PhaseInput {
  planned: PlannedIssue;
  ctx: LoopContext;
  worktree: string;
  branch: string;
  baseSha: string;
  outputs: Outputs;
  /** The checks of the last dev or fix phase, for a review. */
  checks: CheckResult[] | null;
  /** Checks run just before this phase (a resumed issue's first review): recorded as its own. */
  checksBefore: CheckResult[] | null;
  emit: Emit;
  now: () => Date;
  spend: Spend;
}

const json = (value: unknown) => (value === undefined ? "(none)" : JSON.stringify(value, null, 2));

/** The phase's prompt (SPEC §4), with secrets masked. */
function phasePrompt(phase: PhaseName, attempt: number, { planned: { issue }, ctx, worktree, branch, baseSha, outputs, checks }: PhaseInput): string {
  const previous = phase === "review" ? (attempt === 1 ? outputs.dev : outputs.fix) : outputs.review;
  return ctx.redact(
    renderPrompt(ctx.prompts[phase], {
      "issue.id": issue.id,
      "issue.title": issue.title,
      "issue.path": issue.path,
      "issue.body": issue.body.trim(),
      "issue.frontMatter": JSON.stringify(issue.frontMatter),
      phase,
      attempt: String(attempt),
      worktree,
      branch,
      base: baseSha,
      previous: json(previous),
      review: json(outputs.review),
      checks: renderChecks(checks, ctx.config.checks.length),
    }),
  );
}

/** How the agent's turn ended, and why it was stopped if it was. */
interface Turn {
  outcome: RunnerOutcome;
  /** The turn's running total as codex last reported it: what a stopped turn used. */
  lastUsage: Usage | null;
  /** A budget crossed mid-turn. */
  crossing: BudgetCrossing | null;
  /** Why the engine stopped the turn: the run's stop reason, "timeout", "budget"; undefined when it did not. */
  stoppedBy: unknown;
  stopped: boolean;
}

/** One agent turn under the phase timeout, the run's signal and the spend caps (mid-turn usage). */
async function runTurn(phase: PhaseName, prompt: string, input: PhaseInput): Promise<Turn> {
  const { ctx, emit, worktree } = input;
  const issue = input.planned.issue.id;
  const controller = new AbortController();
  const onStop = () => controller.abort(ctx.signal.reason);
  // Stopped while the refs were read: an aborted signal fires no more listeners.
  if (ctx.signal.aborted) onStop();
  ctx.signal.addEventListener("abort", onStop, { once: true });
  const timer = setTimeout(() => controller.abort("timeout"), ctx.config.runner.phaseTimeoutMinutes * 60_000);
  let lastUsage = null as Usage | null;
  let crossing = null as BudgetCrossing | null;
  const onUsage = (usage: Usage) => {
    lastUsage = usage;
    const tokens = fromCodex(usage);
    emit({ type: "usage", issue, phase, usage: tokens });
    crossing ??= input.spend.tracker.phaseUsage(tokens);
    if (crossing && !controller.signal.aborted) controller.abort("budget");
  };
  try {
    const outcome = await ctx.runner.run({
      prompt,
      workingDirectory: worktree,
      outputSchema: phaseSchema(phase),
      signal: controller.signal,
      onEvent: (event) => {
        emit({ type: "runner.event", issue, phase, event });
        // The turn is over: its final usage is checked when the phase ends, with nothing left to stop.
        if (event.type === "turn.completed") {
          lastUsage = event.usage;
          emit({ type: "usage", issue, phase, usage: fromCodex(event.usage) });
        }
      },
      onUsage,
    });
    return { outcome, lastUsage, crossing, stopped: controller.signal.aborted, stoppedBy: controller.signal.reason };
  } finally {
    clearTimeout(timer);
    ctx.signal.removeEventListener("abort", onStop);
  }
}

/** What the turn amounts to: the phase's status, its validated answer, or the error that ended it. */
function judgeTurn(phase: PhaseName, turn: Turn, ctx: LoopContext): { status: PhaseStatus; output: PhaseOutput | null; error: PhaseResult["error"] } {
  const { outcome } = turn;
  const stoppedByBudget = turn.crossing !== null && turn.stopped && turn.stoppedBy === "budget";
  // codex records a response's usage before it reports the turn's end: a budget crossed by the last response
  // may stop a turn that had just finished, whose answer then counts as given.
  const turnEnded = outcome.usage !== null;
  if (ctx.signal.aborted) return { status: "interrupted", output: null, error: { code: "ABORTED", message: stopReason(ctx.signal) } };
  if (stoppedByBudget && !turnEnded) return { status: "error", output: null, error: { code: "BUDGET", message: `${turn.crossing?.reason ?? "budget"}; the phase was stopped` } };
  if (turn.stopped && turn.stoppedBy === "timeout") {
    return { status: "error", output: null, error: { code: "TIMEOUT", message: `phase exceeded runner.phaseTimeoutMinutes (${ctx.config.runner.phaseTimeoutMinutes} min) and was aborted` } };
  }
  if (outcome.error && !(stoppedByBudget && outcome.error.code === "ABORTED")) return { status: "error", output: null, error: { code: outcome.error.code, message: outcome.error.message } };
  if (outcome.finalMessage === null) return { status: "error", output: null, error: { code: "CONTRACT", message: "the agent ended the turn without a final message" } };
  const checked = validatePhaseOutput(phase, outcome.finalMessage);
  if (checked.ok) return { status: checked.value.status, output: checked.value, error: null };
  const details = checked.problems.map((p) => p.message);
  const shown = details.slice(0, 3).join("; ") + (details.length > 3 ? `; and ${details.length - 3} more` : "");
  return { status: "error", output: null, error: { code: "CONTRACT", message: `the answer does not match the ${phase} contract: ${shown}`, details } };
}

/**
 * Whatever the outcome, the agent's files are committed so nothing it wrote is lost with the worktree. A
 * refused commit is the phase's error unless it had one; a secret or a nested repository outranks it.
 */
async function commitPhase(phase: PhaseName, attempt: number, input: PhaseInput, judged: ReturnType<typeof judgeTurn>): Promise<{ commit: string | null; status: PhaseStatus; error: PhaseResult["error"] }> {
  const { ctx, emit, worktree } = input;
  const { issue } = input.planned;
  const named = judged.output && "changes" in judged.output ? judged.output.changes.map((c) => c.path) : undefined;
  const warn = (message: string) => emit({ type: "warning", issue: issue.id, phase, message });
  const committed = await ctx.git.commit(worktree, engineCommitMessage(`orchestrator(${issue.id}): ${phase} #${attempt}`, { issue: issue.id, phase, attempt }), { named, warn });
  if (committed.ok) return { commit: committed.value, status: judged.status, error: judged.error };
  const first = committed.problems[0];
  const keeps = first?.code === "SECRET" || first?.code === "NESTED_REPO";
  if (!keeps && judged.error) return { commit: null, status: judged.status, error: judged.error };
  return { commit: null, status: "error", error: { code: keeps && first ? first.code : "GIT", message: messages(committed.problems) } };
}

async function runPhase(phase: PhaseName, attempt: number, seq: number, input: PhaseInput): Promise<PhaseRun> {
  const { ctx, emit, now } = input;
  const { issue } = input.planned;
  const prompt = phasePrompt(phase, attempt, input);
  emit({ type: "phase.started", issue: issue.id, phase, attempt, seq, prompt });
  const started = now();
  const refsBefore = await refsAtStart(ctx, input.branch);
  const turn = await runTurn(phase, prompt, input);

  const interrupted = ctx.signal.aborted;
  const usage = turn.outcome.usage ?? turn.lastUsage;
  // The phase's final usage counts now: a budget it crossed also spares the checks (SPEC §3: nothing more runs).
  const final = input.spend.tracker.endPhase(fromCodex(usage));
  const judged = judgeTurn(phase, turn, ctx);
  const crossing = turn.crossing ?? final;
  let { status, error } = judged;
  const { output } = judged;

  let commit: string | null = null;
  if (!interrupted) ({ commit, status, error } = await commitPhase(phase, attempt, input, judged));

  // After every dev and fix, and after a review that changed files (it is told not to): the verdict must rest
  // on the code as it is. A fix that changed nothing ends the issue (SPEC §3): its checks would repeat the last.
  let checks: CheckResult[] | null = input.checksBefore;
  const changedByReview = phase === "review" && commit !== null && (status === "pass" || status === "fail");
  if (!interrupted && !error && !crossing && (changedByReview || (status === "done" && !(phase === "fix" && commit === null)))) {
    const ran = await runChecks(ctx, issue.id, phase, seq, input.worktree, emit);
    checks = ran.results;
    if (ran.error) {
      status = ctx.signal.aborted ? "interrupted" : "error";
      error = ran.error;
    }
  }
  let verdict: PhaseResult["verdict"];
  if (output?.phase === "review" && !error) {
    verdict = decideVerdict(output, attempt, checks ?? input.checks, ctx.config.review.failOn);
    if (verdict.note) emit({ type: "verdict", issue: issue.id, phase: "review", status: verdict.status, message: verdict.note });
  }

  const tamper = refsBefore ? await tamperCheck(ctx, refsBefore, input.branch) : null;
  if (tamper) {
    status = "error";
    error = { code: "TAMPER", message: tamper.message };
    ctx.stop?.(tamper);
  }

  const ended = now();
  const result: PhaseResult = {
    phase,
    attempt,
    status,
    runner: turn.outcome.runner,
    threadId: turn.outcome.threadId,
    startedAt: started.toISOString(),
    endedAt: ended.toISOString(),
    durationMs: ended.getTime() - started.getTime(),
    usage,
    costUsd: usage ? costOf(fromCodex(usage), input.spend.pricing) : null,
    output,
    error,
    commit,
    checks,
    ...(verdict ? { verdict } : {}),
  };
  emit({ type: "phase.completed", issue: issue.id, phase, seq, result });
  // Stopped while committing or by tampering: the worktree is kept, nothing more runs for the issue.
  return { result, interrupted: interrupted || ctx.signal.aborted, budget: crossing };
}

/**
 * Runs every configured check in order, each reported as it ends. One that cannot start ends the phase
 * with that error (the others would not tell more); an interrupt ends the phase as interrupted.
 */
async function runChecks(ctx: LoopContext, issue: string, phase: PhaseName, seq: number, worktree: string, emit: Emit): Promise<{ results: CheckResult[] | null; error: PhaseResult["error"] }> {
  if (!ctx.checks || ctx.config.checks.length === 0) return { results: null, error: null };
  const results: CheckResult[] = [];
  for (const check of ctx.config.checks) {
    if (ctx.signal.aborted) return { results, error: { code: "ABORTED", message: stopReason(ctx.signal) } };
    const ran = await ctx.checks.run(check, worktree, ctx.signal);
    if (!ran.ok) return { results, error: { code: "CHECK", message: messages(ran.problems) } };
    results.push(ran.value.result);
    emit({ type: "check.completed", issue, phase, seq, check: ran.value.result, output: ran.value.output });
  }
  if (ctx.signal.aborted) return { results, error: { code: "ABORTED", message: stopReason(ctx.signal) } };
  return { results, error: null };
}

/**
 * The refs after an issue's last phase: nothing runs between two phases of one issue, so they are the next
 * phase's starting point (one `git for-each-ref` per phase, not two).
 */
const refsAfterPhase = new WeakMap<LoopContext, { branch: string; refs: Result<RefSnapshot> }>();

async function refsAtStart(ctx: LoopContext, branch: string): Promise<Result<RefSnapshot> | undefined> {
  const last = refsAfterPhase.get(ctx);
  return last?.branch === branch ? last.refs : ctx.git.refs?.();
}

/** SPEC §3: no ref but the issue branch, and not the main worktree's HEAD, may move during a phase. */
async function tamperCheck(ctx: LoopContext, before: Result<RefSnapshot>, branch: string): Promise<Problem | null> {
  const after = await ctx.git.refs?.();
  if (after) refsAfterPhase.set(ctx, { branch, refs: after });
  if (!before.ok || !after?.ok) {
    // An interrupt ends git calls in flight; the phase already reports that.
    if (ctx.signal.aborted) return null;
    const why = messages([...(before.ok ? [] : before.problems), ...(after && !after.ok ? after.problems : [])]);
    return { code: "TAMPER", message: `TAMPER: cannot verify that no ref moved: ${why}` };
  }
  const moved = movedRefs(before.value, after.value, [`refs/heads/${branch}`]);
  return moved.length === 0 ? null : { code: "TAMPER", message: `TAMPER: ${moved.join("; ")}` };
}
