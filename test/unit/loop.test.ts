import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config";
import type { CheckConfig, OrchestratorConfig } from "../../src/config/types";
import type { Result } from "../../src/errors";
import type { EngineEvent, PhaseName } from "../../src/core/events";
import type { BranchState, IssueWorktrees, StackTool } from "../../src/core/types";
import { runLoop, type LoopContext } from "../../src/engine/loop";
import type { IssueDoc, Plan } from "../../src/issues/types";
import { DEFAULT_PROMPTS, type PromptSet } from "../../src/prompts";
import type { CheckRunner } from "../../src/runner/checks";
import type { Runner, RunnerOutcome, RunnerRequest } from "../../src/runner/types";

// runLoop through its seams: a scripted runner, worktrees and stack that record what the loop asks of them.
// No git, no codex: these pin the loop's decisions (order, caps, stacking) on src/ directly.

const usage = { input_tokens: 100, cached_input_tokens: 0, cache_write_input_tokens: 0, output_tokens: 10, reasoning_output_tokens: 0 };

const dev = (status: "done" | "blocked" = "done", summary = "did it") => ({ phase: "dev", status, summary, changes: [], tests: [], notes: [] });
const review = (status: "pass" | "fail", findings = status === "fail" ? [{ id: "F1", severity: "major", path: null, line: null, message: "wrong", suggestion: null }] : []) => ({
  phase: "review",
  status,
  summary: status,
  findings,
});
const fix = (status: "done" | "blocked" = "done") => ({ phase: "fix", status, summary: "fixed", addressed: ["F1"], changes: [], tests: [] });

type Step = object | ((req: RunnerRequest) => Promise<RunnerOutcome> | RunnerOutcome);

/** Answers each turn with the next scripted step; records the phase every prompt was for. */
class ScriptedRunner implements Runner {
  readonly kind = "codex-sdk" as const;
  readonly calls: { phase: string; cwd: string }[] = [];
  constructor(private readonly steps: Step[]) {}
  async run(req: RunnerRequest): Promise<RunnerOutcome> {
    const step = this.steps.shift();
    if (step === undefined) throw new Error("runner called more often than scripted");
    const phase = String((req.outputSchema.properties as { phase: { const?: string; enum?: string[] } }).phase.const ?? (req.outputSchema.properties as { phase: { enum: string[] } }).phase.enum[0]);
    this.calls.push({ phase, cwd: req.workingDirectory });
    if (typeof step === "function") return step(req);
    req.onEvent({ type: "turn.completed", usage });
    return { runner: "codex-sdk", threadId: "t", finalMessage: JSON.stringify(step), usage };
  }
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Worktrees without git: every commit "changes" something unless told otherwise. */
class FakeWorktrees implements IssueWorktrees {
  readonly created: Parameters<IssueWorktrees["create"]>[0][] = [];
  readonly commits: { worktree: string; message: string; allowEmpty: boolean }[] = [];
  readonly removed: string[] = [];
  readonly pushed: string[] = [];
  /** Commit messages (prefix match) that commit nothing. */
  emptyCommits: string[] = [];
  private n = 0;
  async create(opts: Parameters<IssueWorktrees["create"]>[0]) {
    this.created.push(opts);
    return ok({ baseSha: "b".repeat(40), recovered: null });
  }
  async commit(worktree: string, message: string, opts?: { allowEmpty?: boolean }) {
    this.commits.push({ worktree, message, allowEmpty: opts?.allowEmpty ?? false });
    if (this.emptyCommits.some((m) => message.startsWith(m))) return ok(null);
    this.n += 1;
    return ok(String(this.n).padStart(40, "c"));
  }
  async remove(worktree: string) {
    this.removed.push(worktree);
    return ok(undefined);
  }
  async push(_worktree: string, branch: string) {
    this.pushed.push(branch);
    return ok(undefined);
  }
}

function issue(id: string, dependencies: string[] = []): IssueDoc {
  return { id, title: `Issue ${id}`, path: `docs/issues/${id}.md`, milestone: "m1", dependencies, done: false, frontMatter: {}, body: `Do ${id}.` };
}

function plan(...issues: [string, string[]?][]): Plan {
  return { milestone: "m1", issues: issues.map(([id, deps = []]) => ({ issue: issue(id, deps), waitsFor: deps })), done: [], warnings: [] };
}

const prompts: PromptSet = {
  dev: { phase: "dev", source: "bundled:dev", text: DEFAULT_PROMPTS.dev },
  review: { phase: "review", source: "bundled:review", text: DEFAULT_PROMPTS.review },
  fix: { phase: "fix", source: "bundled:fix", text: DEFAULT_PROMPTS.fix },
};

function config(patch: (c: OrchestratorConfig) => void = () => {}): OrchestratorConfig {
  const c = structuredClone(DEFAULT_CONFIG) as OrchestratorConfig;
  patch(c);
  return c;
}

interface Setup {
  runner: ScriptedRunner;
  git: FakeWorktrees;
  events: EngineEvent[];
  ctx: LoopContext;
  controller: AbortController;
}

function setup(p: Plan, steps: Step[], opts: Partial<LoopContext> & { patch?: (c: OrchestratorConfig) => void } = {}): Setup {
  const runner = new ScriptedRunner(steps);
  const git = new FakeWorktrees();
  const events: EngineEvent[] = [];
  const controller = new AbortController();
  const { patch, ...rest } = opts;
  const ctx: LoopContext = {
    repoRoot: "/repo",
    config: config(patch),
    plan: p,
    runId: "run-1",
    logDir: "/repo/.orchestrator/logs/m1/run-1",
    runner,
    git,
    prompts,
    sink: { handle: (e) => events.push(e) },
    redact: (t) => t,
    signal: controller.signal,
    stop: (problem) => controller.abort(problem),
    ...rest,
  };
  return { runner, git, events, ctx, controller };
}

const phasesOf = (s: Setup) => s.runner.calls.map((c) => c.phase);

describe("runLoop", () => {
  it("passes an issue whose first review passes: dev, review, a verdict commit, worktree removed", async () => {
    const s = setup(plan(["1"]), [dev(), review("pass")]);
    const run = await runLoop(s.ctx);
    expect(run.status).toBe("passed");
    expect(run.issues[0]).toMatchObject({ id: "1", status: "passed", reviews: 1, fixes: 0, branch: "orchestrator/1", worktree: null, reason: null });
    expect(phasesOf(s)).toEqual(["dev", "review"]);
    expect(s.git.commits.map((c) => c.message.split("\n")[0])).toEqual(["orchestrator(1): dev #1", "orchestrator(1): review #1", "orchestrator(1): passed"]);
    expect(s.git.commits.at(-1)?.allowEmpty).toBe(true);
    expect(s.git.removed).toEqual(["/repo/.orchestrator/worktrees/1"]);
    expect(s.runner.calls.every((c) => c.cwd === "/repo/.orchestrator/worktrees/1")).toBe(true);
    expect(run.issues[0]?.phases.map((p) => `${p.phase}#${p.attempt}:${p.status}`)).toEqual(["dev#1:done", "review#1:pass"]);
    expect(run.usage.inputTokens).toBe(200);
  });

  it("fail → fix → pass", async () => {
    const s = setup(plan(["1"]), [dev(), review("fail"), fix(), review("pass")]);
    // A review that changes files has its checks run again; these reviews change nothing.
    s.git.emptyCommits = ["orchestrator(1): review"];
    const run = await runLoop(s.ctx);
    expect(phasesOf(s)).toEqual(["dev", "review", "fix", "review"]);
    expect(run.issues[0]).toMatchObject({ status: "passed", reviews: 2, fixes: 1 });
    expect(run.status).toBe("passed");
  });

  it("caps at review.maxCycles fixes: the review after the last allowed fix still fails", async () => {
    const s = setup(plan(["1"]), [dev(), review("fail"), fix(), review("fail"), fix(), review("fail")], { patch: (c) => (c.review.maxCycles = 2) });
    const run = await runLoop(s.ctx);
    expect(phasesOf(s)).toEqual(["dev", "review", "fix", "review", "fix", "review"]);
    expect(run.issues[0]).toMatchObject({ status: "capped", reviews: 3, fixes: 2 });
    expect(run.issues[0]?.reason).toBe("review still fails after 2 fixes (review.maxCycles = 2)");
    expect(run.status).toBe("failed");
    expect(s.git.commits.some((c) => c.message.startsWith("orchestrator(1): passed"))).toBe(false);
  });

  it("with review.maxCycles = 0 a failing first review caps at once, no fix runs", async () => {
    const s = setup(plan(["1"]), [dev(), review("fail")], { patch: (c) => (c.review.maxCycles = 0) });
    const run = await runLoop(s.ctx);
    expect(phasesOf(s)).toEqual(["dev", "review"]);
    expect(run.issues[0]).toMatchObject({ status: "capped", fixes: 0, reason: "review still fails after 0 fixes (review.maxCycles = 0)" });
  });

  it("a fix that changes nothing caps the issue without another review", async () => {
    const s = setup(plan(["1"]), [dev(), review("fail"), fix()]);
    s.git.emptyCommits = ["orchestrator(1): fix #1"];
    const run = await runLoop(s.ctx);
    expect(phasesOf(s)).toEqual(["dev", "review", "fix"]);
    expect(run.issues[0]).toMatchObject({ status: "capped", reason: "fix #1 made no changes", fixes: 1 });
  });

  it("a blocked dev fails the issue with its summary; the dependent issue is skipped naming it", async () => {
    const s = setup(plan(["1"], ["2", ["1"]]), [dev("blocked", "needs a decision")]);
    const run = await runLoop(s.ctx);
    expect(phasesOf(s)).toEqual(["dev"]);
    expect(run.issues.map((i) => [i.id, i.status, i.reason])).toEqual([
      ["1", "failed", "dev #1 blocked: needs a decision"],
      ["2", "skipped", "dependency 1 failed"],
    ]);
    expect(run.issues[0]?.hint).toContain("Run again to continue 1");
    expect(s.git.created.map((c) => c.id)).toEqual(["1"]);
    expect(s.events.filter((e) => e.type === "issue.skipped").map((e) => e.issue)).toEqual(["2"]);
  });

  it("a contract-breaking answer fails the phase as CONTRACT", async () => {
    const s = setup(plan(["1"]), [{ phase: "dev", status: "done" }]);
    const run = await runLoop(s.ctx);
    expect(run.issues[0]?.status).toBe("failed");
    expect(run.issues[0]?.reason).toMatch(/^dev #1 error: the answer does not match the dev contract: /);
  });

  it("stacks a dependent issue on its dependency's branch, merging in the earlier ones (plan order)", async () => {
    const p = plan(["1"], ["2"], ["3", ["2", "1"]]);
    const s = setup(p, [dev(), review("pass"), dev(), review("pass"), dev(), review("pass")]);
    const stack: StackTool & { tracked: [string, string][] } = {
      trunk: "main",
      tracked: [],
      async track(_w, branch, parent) {
        this.tracked.push([branch, parent]);
        return ok(undefined);
      },
    };
    s.ctx.stack = stack;
    const run = await runLoop(s.ctx);
    expect(run.status).toBe("passed");
    expect(s.git.created.map((c) => [c.id, c.base, c.mergeBranches])).toEqual([
      ["1", "HEAD", []],
      ["2", "HEAD", []],
      ["3", "orchestrator/2", ["orchestrator/1"]],
    ]);
    expect(run.issues.map((i) => i.branch)).toEqual(["orchestrator/1", "orchestrator/2", "orchestrator/3"]);
    expect(stack.tracked).toEqual([
      ["orchestrator/1", "main"],
      ["orchestrator/2", "main"],
      ["orchestrator/3", "orchestrator/2"],
    ]);
  });

  it("without worktrees.stack every issue starts from the base", async () => {
    const s = setup(plan(["1"], ["2", ["1"]]), [dev(), review("pass"), dev(), review("pass")], { patch: (c) => (c.worktrees.stack = false) });
    await runLoop(s.ctx);
    expect(s.git.created.map((c) => [c.base, c.mergeBranches])).toEqual([
      ["HEAD", []],
      ["HEAD", []],
    ]);
  });

  it("a left-out dependency that passed earlier on origin is stacked on as origin's branch", async () => {
    const p: Plan = { milestone: "m1", issues: [{ issue: issue("2", ["1"]), waitsFor: [], leftOut: ["1"] }], done: [], warnings: [] };
    const branches = new Map<string, BranchState>([["1", { kind: "passed", commit: "a".repeat(40), source: "origin" }]]);
    const s = setup(p, [dev(), review("pass")], { branches });
    await runLoop(s.ctx);
    expect(s.git.created[0]).toMatchObject({ base: "refs/remotes/origin/orchestrator/1", mergeBranches: [] });
  });

  it("a branch that passed in an earlier run (no worktree left) runs nothing", async () => {
    const branches = new Map<string, BranchState>([["1", { kind: "passed", commit: "a".repeat(40), source: "local" }]]);
    const s = setup(plan(["1"]), [], { branches, repoRoot: "/nonexistent-repo-for-loop-test" });
    const run = await runLoop(s.ctx);
    expect(run.issues[0]).toMatchObject({ status: "passed", reason: `passed in an earlier run (${"a".repeat(12)})` });
    expect(s.git.created).toEqual([]);
    expect(s.runner.calls).toEqual([]);
  });

  it("an unfinished branch resumes with a review on the existing branch", async () => {
    const branches = new Map<string, BranchState>([["1", { kind: "unfinished", commit: "a".repeat(40), source: "local", lastPhase: "dev", lastCommit: "a".repeat(40) }]]);
    const s = setup(plan(["1"]), [review("pass")], { branches });
    const run = await runLoop(s.ctx);
    expect(phasesOf(s)).toEqual(["review"]);
    expect(s.git.created[0]).toMatchObject({ existing: "local" });
    expect(run.issues[0]).toMatchObject({ status: "passed", resumed: { state: "unfinished", lastPhase: "dev", recovered: null } });
  });

  it("an interrupt during a phase keeps the worktree and skips the rest", async () => {
    let s: Setup;
    const interruptDuringDev = async (req: RunnerRequest): Promise<RunnerOutcome> => {
      s.controller.abort("interrupt");
      expect(req.signal.aborted).toBe(true);
      return { runner: "codex-sdk", threadId: "t", finalMessage: null, usage: null, error: { code: "ABORTED", message: "aborted" } };
    };
    s = setup(plan(["1"], ["2"]), [interruptDuringDev]);
    const run = await runLoop(s.ctx);
    expect(run.interrupted).toBe(true);
    expect(run.status).toBe("failed");
    expect(run.issues[0]).toMatchObject({ status: "failed", worktree: ".orchestrator/worktrees/1" });
    expect(run.issues[0]?.phases[0]?.status).toBe("interrupted");
    expect(run.issues[1]).toMatchObject({ status: "skipped", reason: "run interrupted" });
    expect(s.git.removed).toEqual([]);
    expect(s.git.commits).toEqual([]);
  });

  it("a phase over runner.phaseTimeoutMinutes is aborted as TIMEOUT", async () => {
    const hang = (req: RunnerRequest) =>
      new Promise<RunnerOutcome>((resolve) => {
        req.signal.addEventListener("abort", () => resolve({ runner: "codex-sdk", threadId: null, finalMessage: null, usage: null, error: { code: "ABORTED", message: "aborted" } }));
      });
    const s = setup(plan(["1"]), [hang], { patch: (c) => (c.runner.phaseTimeoutMinutes = 0.0005) });
    const run = await runLoop(s.ctx);
    expect(run.issues[0]?.reason).toMatch(/^dev #1 error: phase exceeded runner\.phaseTimeoutMinutes/);
  });

  it("a run token budget crossed by the first issue skips the next", async () => {
    const s = setup(plan(["1"], ["2"]), [dev(), review("pass")], { patch: (c) => (c.budget.maxTokensPerRun = 100) });
    const run = await runLoop(s.ctx);
    expect(phasesOf(s)).toEqual(["dev"]);
    expect(run.issues[0]?.status).toBe("failed");
    expect(run.issues[0]?.reason).toMatch(/^budget: /);
    expect(run.issues[1]?.status).toBe("skipped");
    expect(run.issues[1]?.reason).toBe(run.issues[0]?.reason);
  });

  it("checks run after dev and a failing check fails a passing review (review.failOn)", async () => {
    const check: CheckConfig = { name: "unit", run: "npm test" } as CheckConfig;
    const outcomes = ["failed", "passed"] as const;
    const ranIn: PhaseName[] = [];
    const checks: CheckRunner = {
      async run(c) {
        const status = outcomes[ranIn.length] ?? "passed";
        ranIn.push(status === "failed" ? "dev" : "fix");
        return ok({ result: { name: c.name, run: c.run, status, exitCode: status === "passed" ? 0 : 1, signal: null, durationMs: 1, tail: "boom" }, output: "boom" });
      },
    };
    const s = setup(plan(["1"]), [dev(), review("pass"), fix(), review("pass")], { checks, patch: (c) => (c.checks = [check]) });
    // A review that changes files has its checks run again; these reviews change nothing.
    s.git.emptyCommits = ["orchestrator(1): review"];
    const run = await runLoop(s.ctx);
    expect(phasesOf(s)).toEqual(["dev", "review", "fix", "review"]);
    expect(run.issues[0]).toMatchObject({ status: "passed", fixes: 1 });
    expect(run.issues[0]?.phases.map((p) => p.checks?.map((c) => c.status) ?? null)).toEqual([["failed"], null, ["passed"], null]);
    expect(s.events.filter((e) => e.type === "check.completed")).toHaveLength(2);
    expect(s.events.find((e) => e.type === "verdict")).toMatchObject({ status: "fail", message: "review #1 pass overruled: check unit failed (exit 1)" });
  });
});
