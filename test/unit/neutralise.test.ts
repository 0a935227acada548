import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { commandGate, summaryText, workflowCommand } from "../../src/action/reporter";
import type { EngineEvent, IssueSummary, PhaseResult, RunSummary } from "../../src/core/events";
import { isNeutral, neutralise } from "../../src/report/neutralise";
import { Redactor } from "../../src/report/redact";
import { styleFor } from "../../src/report/style";
import { terminalSink } from "../../src/report/terminal";

const ESC = "\u001b";
/** Every kind of hostile control text issue #14 found: colours, titles, clipboard, C1 CSI, bidi, CR, BEL. */
const HOSTILE = `${ESC}[32mdone${ESC}[0m ${ESC}]0;title\u0007 ${ESC}]52;c;cHduZWQ=${ESC}\\ \u009b2J \u202eevil\u202c fake\roverwrite \b\u0000\u007f`;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe("neutralise", () => {
  it("makes every control character and bidi override visible, keeps newlines, tabs and ordinary text", () => {
    const out = neutralise(HOSTILE);
    expect(out).not.toMatch(CONTROL);
    expect(out).toBe("␛[32mdone␛[0m ␛]0;title␇ ␛]52;c;cHduZWQ=␛\\ \\u009b2J \\u202eevil\\u202c fake␍overwrite ␈␀␡");
    expect(neutralise("line 1\n\tline 2 — ünïcödé ✓")).toBe("line 1\n\tline 2 — ünïcödé ✓");
    expect(isNeutral(out)).toBe(true);
    expect(isNeutral(HOSTILE)).toBe(false);
  });
});

/** Every string field of an event set to hostile text: the sink must neutralise each one it shows. */
function poisonedEvents(): EngineEvent[] {
  const ts = "2026-11-25T00:00:00.000Z";
  const h = HOSTILE;
  const issue: IssueSummary = {
    id: "A-1",
    title: h,
    path: h,
    status: "failed",
    reason: h,
    hint: h,
    resumed: null,
    branch: h,
    reviews: 1,
    fixes: 0,
    worktree: h,
    usage: { inputTokens: 1, cachedInputTokens: 0, outputTokens: 1, reasoningTokens: 0 },
    costUsd: null,
    durationMs: 0,
    phases: [],
    graphite: null,
    pullRequest: { error: h },
  };
  const result: PhaseResult = {
    phase: "review",
    attempt: 1,
    status: "fail",
    runner: "codex-sdk",
    threadId: h,
    startedAt: ts,
    endedAt: ts,
    durationMs: 1,
    usage: null,
    costUsd: null,
    // Hostile text in every field, the severity included: rendering must not trust the schema alone.
    output: { summary: h, findings: [{ id: h, severity: h, path: h, line: 3, message: h }] } as unknown as PhaseResult["output"],
    error: null,
    commit: null,
    checks: null,
  };
  const summary: RunSummary = { version: 1, runId: h, milestone: h, status: "failed", interrupted: false, startedAt: ts, endedAt: ts, durationMs: 1, usage: { inputTokens: 1, cachedInputTokens: 0, outputTokens: 1, reasoningTokens: 0 }, costUsd: null, logDir: h, issues: [issue] };
  const item = (i: Record<string, unknown>): EngineEvent => ({ ts, issue: "A-1", phase: "dev", type: "runner.event", event: { type: "item.completed", item: i } as never });
  return [
    { ts, issue: null, phase: null, type: "run.started", runId: h, milestone: h, logDir: h, plan: [{ id: h, title: h, waitsFor: [] }] },
    { ts, issue: null, phase: null, type: "warning", message: h },
    { ts, issue: "A-1", phase: null, type: "issue.started", title: h, branch: h, worktree: h, base: h, merged: [h], resumed: null },
    { ts, issue: "A-1", phase: null, type: "issue.started", title: h, branch: h, worktree: h, base: h, merged: [h], resumed: { state: "unfinished", commit: h, source: "origin", lastPhase: h, recovered: h } },
    { ts, issue: "A-1", phase: "dev", type: "phase.started", attempt: 1, seq: 1, prompt: h },
    item({ id: "1", type: "agent_message", text: h }),
    item({ id: "2", type: "reasoning", text: h }),
    item({ id: "3", type: "command_execution", command: h, aggregated_output: h, exit_code: 1, status: "failed" }),
    { ts, issue: "A-1", phase: "dev", type: "runner.event", event: { type: "item.started", item: { id: "3", type: "command_execution", command: h, aggregated_output: "", status: "in_progress" } } },
    item({ id: "4", type: "file_change", changes: [{ path: h, kind: "add" }], status: "completed" }),
    item({ id: "5", type: "mcp_tool_call", server: h, tool: h, status: "failed" }),
    item({ id: "6", type: "web_search", query: h }),
    item({ id: "7", type: "todo_list", items: [{ text: h, completed: false }] }),
    item({ id: "8", type: "error", message: h }),
    { ts, issue: "A-1", phase: "dev", type: "runner.event", event: { type: "turn.failed", error: { message: h } } },
    { ts, issue: "A-1", phase: "dev", type: "runner.event", event: { type: "error", message: h } },
    { ts, issue: "A-1", phase: "review", type: "phase.completed", seq: 2, result },
    { ts, issue: "A-1", phase: "dev", type: "phase.completed", seq: 1, result: { ...result, phase: "dev", status: "error", output: null, error: { code: "RUNNER", message: h, details: [h] } } },
    { ts, issue: "A-1", phase: null, type: "issue.skipped", reason: h },
    { ts, issue: "A-1", phase: null, type: "issue.completed", summary: issue },
    { ts, issue: null, phase: null, type: "run.completed", summary },
  ];
}

function render(env: NodeJS.ProcessEnv): string {
  const out = new PassThrough();
  let text = "";
  out.on("data", (c: Buffer) => (text += c.toString()));
  const sink = terminalSink(out, styleFor({ isTTY: true }, env), new Redactor([]));
  for (const e of poisonedEvents()) sink.handle(e);
  void sink.close?.();
  return text;
}

describe("terminal sink with hostile text in every field", () => {
  it("writes no control character at all without colour", () => {
    const text = render({ NO_COLOR: "1" });
    expect(text).toContain("␛]0;title␇");
    const bad = [...text.replace(/\n/g, "").matchAll(new RegExp(CONTROL.source, "g"))].map((m) => JSON.stringify(text.replace(/\n/g, "").slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + 10)));
    expect(bad).toEqual([]);
  });

  it("writes only its own colour sequences with colour", () => {
    const text = render({});
    const ours = /\u001b\[(?:1|2|22|31|32|33|36|39)m/g;
    expect(text).toMatch(ours);
    expect(text.replace(ours, "").replace(/\n/g, "")).not.toMatch(CONTROL);
  });
});

describe("the Action's workflow commands", () => {
  it("escape what would end a command and stop processing around untrusted output under fresh tokens", () => {
    expect(workflowCommand("error", { title: "a: b, c", file: "x.md" }, "line 1\n::add-mask::x\r%")).toBe("::error title=a%3A b%2C c,file=x.md::line 1%0A::add-mask::x%0D%25\n");
    const out = new PassThrough();
    let text = "";
    out.on("data", (c: Buffer) => (text += c.toString()));
    const gate = commandGate(out);
    gate.stop();
    out.write("::error::untrusted\n");
    gate.issue("::group::ours\n");
    out.write("::add-mask::untrusted\n");
    gate.end();
    const lines = text.trimEnd().split("\n");
    const tokens = lines.filter((l) => l.startsWith("::stop-commands::")).map((l) => l.slice("::stop-commands::".length));
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).not.toBe(tokens[1]);
    expect(tokens[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(lines).toEqual([`::stop-commands::${tokens[0]}`, "::error::untrusted", `::${tokens[0]}::`, "::group::ours", `::stop-commands::${tokens[1]}`, "::add-mask::untrusted", `::${tokens[1]}::`]);
  });

  it("the job summary escapes HTML and markdown of untrusted text", () => {
    expect(summaryText(`<img src=x onerror=alert(1)> [link](http://x) **b** \`c\` ${ESC}[31m`)).toBe(
      "&#60;img src=x onerror=alert&#40;1&#41;&#62; &#91;link&#93;&#40;http:/&#47;x&#41; &#42;&#42;b&#42;&#42; &#96;c&#96; ␛&#91;31m".replace("/&#47;", "//"),
    );
  });
});

describe("plan output", () => {
  it("shows issue titles neutralised, on one line", async () => {
    const { renderPlan } = await import("../../src/report/plan");
    const text = renderPlan(
      { milestone: "M1", warnings: [], issues: [{ issue: { id: "A-1", title: `${HOSTILE}\nsecond line` } as never, waitsFor: [] }] } as never,
      styleFor({ isTTY: false }, { NO_COLOR: "1" }),
    );
    expect(text).toContain("␛]0;title␇");
    expect(text.replace(/\n/g, "")).not.toMatch(CONTROL);
    expect(text.trimEnd().split("\n")).toHaveLength(4);
  });
});
