import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BudgetTracker } from "../../src/engine/budget";
import type { EngineEvent } from "../../src/core/events";
import { liveModeFor } from "../../src/report/live";
import { Redactor } from "../../src/report/redact";
import { styleFor } from "../../src/report/style";
import { terminalSink, type TerminalOptions } from "../../src/report/terminal";
import { costOf, pricingFor, shortTokens } from "../../src/report/usage";

const ts = "2026-11-25T00:00:00.000Z";
const base = { ts, issue: "GREET-1", phase: "dev" as const };
const started: EngineEvent[] = [
  { ts, issue: null, phase: null, type: "run.started", runId: "r", milestone: "M1", logDir: "/l", plan: [{ id: "GREET-0", title: "t", waitsFor: [] }, { id: "GREET-1", title: "t", waitsFor: [] }, { id: "GREET-2", title: "t", waitsFor: [] }] },
  { ts, issue: "GREET-0", phase: null, type: "issue.skipped", reason: "done" },
  { ...base, phase: null, type: "issue.started", title: "Greet", branch: "b", worktree: "/w", base: "HEAD", merged: [], resumed: null },
  { ...base, type: "phase.started", attempt: 1, seq: 1, prompt: "p" },
];
const command = (id: string, type: "item.started" | "item.completed", cmd = "npm test"): EngineEvent => ({
  ...base,
  type: "runner.event",
  event: { type, item: { id, type: "command_execution", command: `/bin/bash -lc '${cmd}'`, aggregated_output: "", exit_code: type === "item.completed" ? 0 : undefined, status: type === "item.completed" ? "completed" : "in_progress" } } as never,
});

/** A terminal sink on a fake stream; `tty` makes it look like a terminal 100 columns wide. */
function sinkOn(opts: TerminalOptions, tty = false) {
  const out = Object.assign(new PassThrough(), tty ? { isTTY: true, columns: 100, rows: 30 } : {});
  let text = "";
  out.on("data", (c: Buffer) => (text += c.toString()));
  const sink = terminalSink(out, styleFor({ isTTY: false }, { NO_COLOR: "1" }), new Redactor([]), opts);
  return { sink, text: () => text, clear: () => (text = "") };
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date("2026-11-25T10:00:00Z") });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("heartbeat off a TTY", () => {
  it("says the phase is still working after 60 s of silence, again after each further 60 s, and not after output", async () => {
    const { sink, text, clear } = sinkOn({ live: "heartbeat" });
    for (const e of started) sink.handle(e);
    await vi.advanceTimersByTimeAsync(1);
    clear();
    await vi.advanceTimersByTimeAsync(59_000);
    expect(text()).toBe("");
    await vi.advanceTimersByTimeAsync(1_000);
    expect(text()).toBe("… GREET-1 dev #1 still working (1m00s, 0 tokens)\n");
    sink.handle({ ...base, type: "usage", usage: { inputTokens: 15_000, cachedInputTokens: 9_000, outputTokens: 3_200, reasoningTokens: 100 } });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(text().split("\n").filter(Boolean)).toEqual(["… GREET-1 dev #1 still working (1m00s, 0 tokens)", "… GREET-1 dev #1 still working (2m00s, 18k tokens)"]);
    // Output restarts the silence: 50 s after a line, nothing; 60 s after it, the next heartbeat.
    clear();
    await vi.advanceTimersByTimeAsync(10_000);
    sink.handle({ ...base, type: "runner.event", event: { type: "item.completed", item: { id: "m", type: "agent_message", text: "working on it" } } });
    await vi.advanceTimersByTimeAsync(50_000);
    expect(text()).toBe("    │ working on it\n");
    await vi.advanceTimersByTimeAsync(10_000);
    expect(text()).toContain("… GREET-1 dev #1 still working (3m10s, 18k tokens)");
    expect(text()).not.toContain("\u001b[");
    await sink.close?.();
  });

  it("stays quiet between phases and after the run", async () => {
    const { sink, text, clear } = sinkOn({ live: "heartbeat" });
    for (const e of started.slice(0, 3)) sink.handle(e);
    await vi.advanceTimersByTimeAsync(1);
    clear();
    await vi.advanceTimersByTimeAsync(180_000);
    expect(text()).toBe("");
    await sink.close?.();
  });
});

describe("status line on a TTY", () => {
  it("draws issue i/N, id, phase and attempt, elapsed times, tokens and the last activity; erases it before normal lines", async () => {
    const { sink, text, clear } = sinkOn({ live: "status" }, true);
    for (const e of started) sink.handle(e);
    await vi.advanceTimersByTimeAsync(1);
    expect(text()).toContain("▸ 2/3 GREET-1 · dev #1 0s · run 0s · 0 tokens · starting");
    clear();
    sink.handle(command("c1", "item.started", "npm test"));
    sink.handle({ ...base, type: "usage", usage: { inputTokens: 40_000, cachedInputTokens: 0, outputTokens: 2_000, reasoningTokens: 0 } });
    await vi.advanceTimersByTimeAsync(65_000);
    // Redrawn in place (log-update erases the previous frame) with the clock running.
    expect(text()).toContain("\u001b[2K");
    expect(text()).toContain("▸ 2/3 GREET-1 · dev #1 1m05s · run 1m05s · 42k tokens · $ npm test");
    clear();
    sink.handle(command("c1", "item.completed", "npm test"));
    await vi.advanceTimersByTimeAsync(1);
    const out = text();
    // The status line is erased, the command's one line written, then the status line drawn again below it.
    const line = out.indexOf("    $ npm test  exit 0 (1m05s)");
    expect(line).toBeGreaterThan(out.indexOf("\u001b[2K"));
    expect(out.lastIndexOf("▸ 2/3 GREET-1")).toBeGreaterThan(line);
    clear();
    sink.handle({ ...base, issue: null, phase: null, type: "run.completed", summary: { version: 1, runId: "r", milestone: "M1", status: "passed", interrupted: false, startedAt: ts, endedAt: ts, durationMs: 65_000, usage: { inputTokens: 40_000, cachedInputTokens: 0, outputTokens: 2_000, reasoningTokens: 0 }, costUsd: 0.26, logDir: "/l", issues: [] } });
    await vi.advanceTimersByTimeAsync(5_000);
    // Gone for good once the run ends: the summary is the last thing on screen.
    expect(text()).toContain("total: 40,000 in (0 cached), 2,000 out (0 reasoning); about $0.2600; 1m05s");
    expect(text().slice(text().indexOf("total:"))).not.toContain("▸");
    await sink.close?.();
  });

  it("is chosen only for a TTY and never under --json", () => {
    expect(liveModeFor({ isTTY: true }, {}, false)).toBe("status");
    expect(liveModeFor({ isTTY: true }, {}, true)).toBe("heartbeat");
    expect(liveModeFor({ isTTY: false }, {}, false)).toBe("heartbeat");
    expect(liveModeFor({}, {}, false)).toBe("heartbeat");
    expect(liveModeFor({ isTTY: true }, { TERM: "dumb" }, false)).toBe("heartbeat");
  });
});

describe("each command once", () => {
  it("prints a quick command only when it ends, with its duration; a slow one also when it starts", async () => {
    const { sink, text } = sinkOn({ live: "none" });
    for (const e of started) sink.handle(e);
    sink.handle(command("q", "item.started", "ls"));
    await vi.advanceTimersByTimeAsync(1_200);
    sink.handle(command("q", "item.completed", "ls"));
    sink.handle(command("s", "item.started", "npm test"));
    await vi.advanceTimersByTimeAsync(6_000);
    sink.handle(command("s", "item.completed", "npm test"));
    await vi.advanceTimersByTimeAsync(1);
    const lines = text().split("\n").filter((l) => l.includes("$ "));
    expect(lines).toEqual(["    $ ls  exit 0 (1.2s)", "    $ npm test … (running)", "    $ npm test  exit 0 (6.0s)"]);
    await sink.close?.();
  });
});

describe("usage, cost and budgets", () => {
  it("prices cached input apart, knows no price for an unknown model, and lets runner.pricing win", () => {
    const pricing = { inputPerMTok: 2, cachedInputPerMTok: 0.5, outputPerMTok: 10 };
    expect(costOf({ inputTokens: 1_000_000, cachedInputTokens: 400_000, outputTokens: 100_000, reasoningTokens: 50_000 }, pricing)).toBe(2.4);
    expect(pricingFor("no-such-model", undefined)).toBeNull();
    expect(pricingFor(undefined, undefined)).toBeNull();
    expect(costOf({ inputTokens: 5, cachedInputTokens: 0, outputTokens: 5, reasoningTokens: 0 }, null)).toBeNull();
    expect(pricingFor("no-such-model", pricing)).toBe(pricing);
    expect(pricingFor("gpt-5.5", undefined)).toMatchObject({ inputPerMTok: expect.any(Number) });
    expect(shortTokens(18_200)).toBe("18k");
  });

  it("crosses the issue budget with the running phase's total, and the run budget across issues", () => {
    const u = (input: number, output = 0) => ({ inputTokens: input, cachedInputTokens: 0, outputTokens: output, reasoningTokens: 0 });
    const t = new BudgetTracker({ maxTokensPerIssue: 1000, maxTokensPerRun: 2500 }, null);
    t.startIssue();
    expect(t.phaseUsage(u(600, 100))).toBeNull();
    expect(t.endPhase(u(700, 100))).toBeNull();
    expect(t.phaseUsage(u(150, 100))).toMatchObject({ scope: "issue", reason: "budget: the issue used 1,050 tokens, over budget.maxTokensPerIssue (1,000)" });
    t.endPhase(u(150, 100));
    t.startIssue();
    expect(t.endPhase(u(900))).toBeNull();
    t.startIssue();
    expect(t.phaseUsage(u(600))).toMatchObject({ scope: "run", reason: "budget: the run used 2,550 tokens, over budget.maxTokensPerRun (2,500)" });
    const cost = new BudgetTracker({ maxCostUsdPerRun: 1 }, { inputPerMTok: 10, cachedInputPerMTok: 1, outputPerMTok: 10 });
    expect(cost.phaseUsage(u(90_000))).toBeNull();
    expect(cost.phaseUsage(u(110_000))?.reason).toMatch(/^budget: the run cost about \$1\.10, over budget\.maxCostUsdPerRun \(\$1\)$/);
  });
});
