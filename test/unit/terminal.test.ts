import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { EngineEvent, IssueSummary, RunSummary } from "../../src/core/events";
import { Redactor } from "../../src/report/redact";
import { styleFor } from "../../src/report/style";
import { terminalSink } from "../../src/report/terminal";

function render(events: EngineEvent[], env: NodeJS.ProcessEnv = { NO_COLOR: "1" }, isTTY = false): string {
  const out = new PassThrough();
  let text = "";
  out.on("data", (c: Buffer) => (text += c.toString()));
  const sink = terminalSink(out, styleFor({ isTTY }, env), new Redactor(["super-secret-token"]));
  for (const e of events) sink.handle(e);
  // Output is coalesced per event-loop turn; closing flushes it synchronously.
  void sink.close?.();
  return text;
}

const ts = "2026-11-25T00:00:00.000Z";
const issue: IssueSummary = {
  id: "A-1",
  title: "First",
  path: "docs/issues/A-1.md",
  status: "passed",
  reason: null,
  hint: null,
  resumed: null,
  branch: "orchestrator/A-1",
  reviews: 2,
  fixes: 1,
  worktree: null,
  usage: { inputTokens: 10, cachedInputTokens: 0, outputTokens: 5, reasoningTokens: 0 },
    costUsd: null,
    durationMs: 0,
  phases: [],
  graphite: null,
  pullRequest: null,
};
const summary: RunSummary = {
  version: 1,
  runId: "20261125T000000Z-M1",
  milestone: "M1",
  status: "failed",
  interrupted: false,
  startedAt: ts,
  endedAt: ts,
  durationMs: 754_000,
  usage: { inputTokens: 20, cachedInputTokens: 0, outputTokens: 10, reasoningTokens: 0 },
  costUsd: null,
  logDir: "/repo/.orchestrator/logs/20261125T000000Z-M1",
  issues: [issue, { ...issue, id: "B-2", status: "skipped", reason: "dependency A-0 failed", reviews: 0, fixes: 0 }],
};

describe("terminal sink", () => {
  it("renders commands with exit codes, file changes, agent messages, phase results and the summary table", () => {
    const text = render([
      { ts, issue: "A-1", phase: "dev", type: "phase.started", attempt: 1, seq: 1, prompt: "p" },
      { ts, issue: "A-1", phase: "dev", type: "runner.event", event: { type: "item.completed", item: { id: "1", type: "command_execution", command: "npm test", aggregated_output: "", exit_code: 1, status: "failed" } } },
      { ts, issue: "A-1", phase: "dev", type: "runner.event", event: { type: "item.completed", item: { id: "2", type: "file_change", changes: [{ path: "src/a.ts", kind: "add" }], status: "completed" } } },
      { ts, issue: "A-1", phase: "dev", type: "runner.event", event: { type: "item.completed", item: { id: "3", type: "agent_message", text: "token is super-secret-token" } } },
      { ts, issue: null, phase: null, type: "run.completed", summary },
    ]);
    expect(text).toContain("● dev #1");
    expect(text).toContain("$ npm test  exit 1");
    expect(text).toContain("✎ add src/a.ts");
    expect(text).toContain("│ token is [REDACTED]");
    expect(text).not.toContain("super-secret-token");
    expect(text).toMatch(/A-1\s+passed\s+2 reviews, 1 fix\s+orchestrator\/A-1/);
    expect(text).toMatch(/B-2\s+skipped.*dependency A-0 failed/);
    expect(text).toContain("1/2 issues passed");
    expect(text).not.toContain("\u001b[");
  });

  it("uses colour on a TTY unless NO_COLOR is set", () => {
    const event: EngineEvent = { ts, issue: null, phase: null, type: "warning", message: "careful" };
    expect(render([event], {}, true)).toContain("\u001b[33m");
    expect(render([event], { NO_COLOR: "1" }, true)).not.toContain("\u001b[");
  });
});

describe("displayCommand", () => {
  it("unwraps codex's shell wrapper in both quoting styles", async () => {
    const { displayCommand } = await import("../../src/report/terminal");
    expect(displayCommand("/bin/bash -lc 'cat a.txt'")).toBe("cat a.txt");
    expect(displayCommand(`/bin/bash -lc 'echo '\\''hi'\\'''`)).toBe("echo 'hi'");
    expect(displayCommand('/bin/bash -lc "node -e \\"x\\""')).toBe('node -e "x"');
    expect(displayCommand("git status")).toBe("git status");
  });
});

describe("terminal sink: checks and verdicts", () => {
  it("shows one line per check and every overruled review, never the check's output", () => {
    const base = { ts, issue: "A-1", phase: "dev" as const, seq: 1 };
    const check = { run: "npm test", signal: null, durationMs: 1234, tail: "boom" };
    const text = render([
      { ...base, type: "check.completed", check: { ...check, name: "unit", status: "failed", exitCode: 1 }, output: "boom\x1b[31m" },
      { ...base, type: "check.completed", check: { ...check, name: "lint", status: "passed", exitCode: 0 }, output: "ok" },
      { ...base, type: "check.completed", check: { ...check, name: "slow", status: "timeout", exitCode: null }, output: "" },
      { ts, issue: "A-1", phase: "review", type: "verdict", status: "fail", message: "review #1 pass overruled: check unit failed (exit 1)" },
    ]);
    expect(text).toBe(
      ["    ✗ check unit failed (exit 1) (1.2s)", "    ✓ check lint passed (1.2s)", "    ✗ check slow timed out (1.2s)", "  ⚖ review #1 pass overruled: check unit failed (exit 1)", ""].join("\n"),
    );
  });
});
