import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { RunSummary } from "../../src/core/events";
import type { RunOutcome, RunRequest } from "../../src/engine/session";

// The Action's door in-process, as actions/typescript-action tests it: @actions/core faked, the engine's
// `executeRun` replaced by one that records the request and answers a scripted outcome.
vi.mock("@actions/core", () => ({
  setOutput: vi.fn(),
  setFailed: vi.fn(),
  error: vi.fn(),
  summary: {},
}));
const engine = vi.hoisted(() => ({ requests: [] as RunRequest[], outcome: null as unknown, fail: null as Error | null }));
vi.mock("../../src/engine/session", async (original) => ({
  ...(await original<typeof import("../../src/engine/session")>()),
  executeRun: vi.fn(async (req: RunRequest) => {
    engine.requests.push(req);
    if (engine.fail) throw engine.fail;
    req.onStart?.({ repoRoot: "/w/repo", logsRoot: "/w/repo/.orchestrator/logs", runDir: "/w/repo/.orchestrator/logs/r1", runId: "r1" });
    return engine.outcome;
  }),
}));

const core = await import("@actions/core");
const { run } = await import("../../src/action/run");

const inputs = (given: Record<string, string>) => ({ GITHUB_WORKSPACE: "/w", GITHUB_JOB: "build", ...Object.fromEntries(Object.entries(given).map(([k, v]) => [`INPUT_${k.toUpperCase().replace(/-/g, "_")}`, v])) });
const usage = { inputTokens: 100, cachedInputTokens: 40, outputTokens: 7, reasoningTokens: 0 };
const summary: RunSummary = {
  version: 1,
  runId: "r1",
  milestone: "M1",
  status: "failed",
  interrupted: false,
  startedAt: "2026-01-01T00:00:00.000Z",
  endedAt: "2026-01-01T00:01:00.000Z",
  durationMs: 60_000,
  usage,
  costUsd: 0.25,
  logDir: "/w/repo/.orchestrator/logs/r1",
  issues: [{ id: "A-1", title: "t", path: "docs/issues/A-1.md", status: "failed", reason: "review capped", hint: null, resumed: null, branch: "orchestrator/A-1", reviews: 1, fixes: 0, worktree: null, usage, costUsd: 0.25, durationMs: 1, phases: [], graphite: null, pullRequest: null }],
};
const outputs = () => Object.fromEntries(vi.mocked(core.setOutput).mock.calls.map(([name, value]) => [name, value]));

describe("the Action's run()", () => {
  const exit = vi.fn();
  let stdout: PassThrough;
  beforeEach(() => {
    vi.clearAllMocks();
    engine.requests = [];
    engine.fail = null;
    engine.outcome = { exitCode: 1, summary, problems: [], repoRoot: "/w/repo", bundle: null } satisfies RunOutcome;
    stdout = new PassThrough();
  });
  afterEach(() => stdout.destroy());

  it("turns the inputs into the engine's request", async () => {
    const env = inputs({ milestone: "M1", issue: "A-1", config: "c.mjs", "working-directory": "repo", "push-branches": "true", "pull-requests": "draft", "github-token": "tok", model: "m", "reasoning-effort": "low", "max-cost-usd": "3" });
    await run({ env, stdout, exit });
    expect(engine.requests).toHaveLength(1);
    const req = engine.requests[0] as RunRequest;
    expect(req).toMatchObject({ cwd: "/w/repo", milestone: "M1", issue: "A-1", configPath: "c.mjs", env: { GITHUB_TOKEN: "tok" }, bundle: "branches.bundle" });
    expect(req.overrides).toEqual({ push: true, pullRequests: "draft", model: "m", reasoningEffort: "low", maxCostUsdPerRun: 3 });
    expect(req.artifactName?.("r1")).toBe("orchestrator-logs-r1-build");
    expect(req.signal.aborted).toBe(false);
  });

  it("sets every output and returns the run's exit code", async () => {
    const code = await run({ env: inputs({ milestone: "M1" }), stdout, exit });
    expect(code).toBe(1);
    expect(outputs()).toEqual({
      "run-dir": "/w/repo/.orchestrator/logs/r1",
      "log-root": "/w/repo/.orchestrator/logs",
      "artifact-name": "orchestrator-logs-r1-build",
      status: "failed",
      summary: JSON.stringify({ status: "failed", passed: 0, total: 1, issues: [{ id: "A-1", status: "failed", branch: "orchestrator/A-1", reason: "review capped", pullRequest: null }] }),
      "input-tokens": "100",
      "cached-input-tokens": "40",
      "output-tokens": "7",
      "cost-usd": "0.25",
    });
    expect(core.setFailed).not.toHaveBeenCalled();
  });

  it("refuses bad inputs before the engine: one annotation per input, exit 2", async () => {
    const code = await run({ env: inputs({ "pull-requests": "always" }), stdout, exit });
    expect(code).toBe(2);
    expect(engine.requests).toEqual([]);
    const annotations = vi.mocked(core.error).mock.calls.map(([message, props]) => [message, props?.title]);
    expect(annotations).toEqual([
      [expect.stringContaining("input milestone is required"), "orchestrator: bad input"],
      [expect.stringContaining("input pull-requests must be one of off, draft, ready"), "orchestrator: bad input"],
    ]);
  });

  it("annotates the engine's problems at their file, relative to the workspace, and says status error", async () => {
    engine.outcome = { exitCode: 2, summary: null, problems: [{ code: "CONFIG_INVALID", message: "must be a number", file: "orchestrator.config.json", line: 3, key: "review.maxCycles" }], repoRoot: "/w/repo", bundle: null } satisfies RunOutcome;
    const code = await run({ env: inputs({ milestone: "M1" }), stdout, exit });
    expect(code).toBe(2);
    expect(core.error).toHaveBeenCalledWith("orchestrator.config.json:3: review.maxCycles: must be a number", { title: "orchestrator", file: "repo/orchestrator.config.json", startLine: 3 });
    expect(outputs().status).toBe("error");
  });

  it("fails the step on an internal error (setFailed, exit 1)", async () => {
    engine.fail = new Error("boom");
    const code = await run({ env: inputs({ milestone: "M1" }), stdout, exit });
    expect(code).toBe(1);
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining("orchestrator: internal error: Error: boom"));
  });

  it("aborts the run on the first cancel signal, exits 130 through the entry's exit on the second, and removes its handlers", async () => {
    const before = process.listenerCount("SIGTERM");
    let release = () => {};
    engine.outcome = { exitCode: 130, summary: { ...summary, interrupted: true }, problems: [], repoRoot: "/w/repo", bundle: null } satisfies RunOutcome;
    const { executeRun } = await import("../../src/engine/session");
    vi.mocked(executeRun).mockImplementationOnce(async (req) => {
      engine.requests.push(req);
      await new Promise<void>((resolve) => (release = resolve));
      return engine.outcome as RunOutcome;
    });
    const running = run({ env: inputs({ milestone: "M1" }), stdout, exit });
    await vi.waitFor(() => expect(engine.requests).toHaveLength(1));
    const req = engine.requests[0] as RunRequest;
    expect(process.listenerCount("SIGTERM")).toBe(before + 1);
    process.emit("SIGINT", "SIGINT");
    expect(req.signal.reason).toBe("interrupt");
    expect(exit).not.toHaveBeenCalled();
    process.emit("SIGTERM", "SIGTERM");
    expect(exit).toHaveBeenCalledWith(130);
    release();
    expect(await running).toBe(130);
    expect(outputs().status).toBe("interrupted");
    expect(process.listenerCount("SIGTERM")).toBe(before);
  });
});
