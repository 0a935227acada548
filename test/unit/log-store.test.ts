import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { EngineEvent, PhaseResult } from "../../src/core/events";
import type { Problem } from "../../src/errors";
import { runIdFor } from "../../src/report/layout";
import { LogStore } from "../../src/report/log-store";
import { REDACTED, Redactor } from "../../src/report/redact";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "orchestrator-logs-"));
  dirs.push(d);
  return d;
};

const ts = "2026-11-25T00:00:00.000Z";
const result = (over: Partial<PhaseResult> = {}): PhaseResult => ({
  phase: "dev",
  attempt: 1,
  status: "done",
  runner: "codex-sdk",
  threadId: "t-1",
  startedAt: ts,
  endedAt: ts,
  durationMs: 0,
  usage: null,
  costUsd: null,
  // Partial on purpose: the log store writes whatever answer it is given.
  output: { phase: "dev", status: "done", summary: "did it with secret-value-123" } as unknown as PhaseResult["output"],
  error: null,
  commit: "abc",
  checks: null,
  ...over,
});

async function open(root: string, onFailure: (p: Problem) => void = () => {}) {
  const store = await LogStore.open({ logsRoot: root, repoRoot: dirname(root), runId: "20261125T000000Z-M1", redactor: new Redactor(["secret-value-123"]), onFailure });
  if (!store.ok) throw new Error(store.problems[0]?.message);
  return store.value;
}

describe("runIdFor", () => {
  it("formats YYYYMMDDTHHMMSSZ-<milestone> and makes the milestone path-safe", () => {
    expect(runIdFor(new Date("2026-11-25T01:02:03.456Z"), "M1")).toBe("20261125T010203Z-M1");
    expect(runIdFor(new Date("2026-11-25T01:02:03Z"), "../x y")).toBe("20261125T010203Z-__x_y");
  });
});

describe("LogStore", () => {
  it("writes prompt, raw events as they arrive, result and run.json, redacted, and names the run in latest", async () => {
    const root = tempDir();
    const store = await open(root);
    expect(readFileSync(join(root, "latest"), "utf8")).toBe("20261125T000000Z-M1\n");
    const base = { ts, issue: "A-1", phase: "dev" as const };
    store.handle({ ...base, type: "phase.started", attempt: 1, seq: 1, prompt: "do it; key secret-value-123" });
    store.handle({ ...base, type: "runner.event", event: { type: "thread.started", thread_id: "t-1" } });
    // Appended immediately: readable before the phase ends (survives a crash up to the last event).
    expect(readFileSync(join(store.runDir, "A-1/01-dev.jsonl"), "utf8")).toBe(`{"ts":"${ts}","event":{"type":"thread.started","thread_id":"t-1"}}\n`);
    store.handle({ ...base, type: "runner.event", event: { type: "turn.started" } });
    store.handle({ ...base, type: "phase.completed", seq: 1, result: result() });
    await store.close();

    const dir = join(store.runDir, "A-1");
    expect(readdirSync(dir).sort()).toEqual(["01-dev.json", "01-dev.jsonl", "01-dev.prompt.md"]);
    expect(readFileSync(join(dir, "01-dev.prompt.md"), "utf8")).toBe(`do it; key ${REDACTED}`);
    expect(readFileSync(join(dir, "01-dev.jsonl"), "utf8").trim().split("\n")).toHaveLength(2);
    const saved = JSON.parse(readFileSync(join(dir, "01-dev.json"), "utf8"));
    expect(saved.output.summary).toBe(`did it with ${REDACTED}`);
    expect(saved.commit).toBe("abc");
  });

  it("appends each check's output to <NN>-checks.log, redacted, with what it ran and how it ended", async () => {
    const root = tempDir();
    const store = await open(root);
    const base = { ts, issue: "A-1", phase: "fix" as const, seq: 3 };
    const check = { run: "npm test", exitCode: 1, signal: null, durationMs: 1500, tail: "" };
    store.handle({ ...base, type: "check.completed", check: { ...check, name: "unit", status: "failed" }, output: "1 failed: secret-value-123" });
    store.handle({ ...base, type: "check.completed", check: { ...check, name: "slow", status: "timeout", exitCode: null, signal: "SIGTERM" }, output: "" });
    await store.close();
    expect(readFileSync(join(store.runDir, "A-1/03-checks.log"), "utf8")).toBe(
      `== check unit: npm test\n1 failed: ${REDACTED}\n== failed (exit 1) in 1.5 s\n\n== check slow: npm test\n== timed out in 1.5 s\n\n`,
    );
  });

  it("gives a second run in the same second its own directory", async () => {
    const root = tempDir();
    const first = await open(root);
    const second = await open(root);
    expect(second.runDir).not.toBe(first.runDir);
    expect(second.runId).toBe("20261125T000000Z-M1-2");
    expect(readFileSync(join(root, "latest"), "utf8")).toBe("20261125T000000Z-M1-2\n");
  });

  it("fails before any work when the log root cannot be created", async () => {
    const root = tempDir();
    writeFileSync(join(root, "file"), "");
    const store = await LogStore.open({ logsRoot: join(root, "file/logs"), repoRoot: dirname(root), runId: "x", redactor: new Redactor([]), onFailure: () => {} });
    expect(store.ok).toBe(false);
    if (store.ok) return;
    expect(store.problems[0]?.code).toBe("LOGS");
    expect(store.problems[0]?.message).toMatch(/cannot write logs: ENOTDIR/);
  });

  it("reports a write failure once, stops writing and leaves what was written intact", async () => {
    const root = tempDir();
    const failures: Problem[] = [];
    const store = await open(root, (p) => failures.push(p));
    const base = { ts, issue: "A-1", phase: "dev" as const };
    store.handle({ ...base, type: "phase.started", attempt: 1, seq: 1, prompt: "p" });
    store.handle({ ...base, type: "phase.completed", seq: 1, result: result() });
    // B-1's directory cannot be created: a file is in the way.
    writeFileSync(join(store.runDir, "B-1"), "");
    const events: EngineEvent[] = [
      { ts, issue: "B-1", phase: "dev", type: "phase.started", attempt: 1, seq: 1, prompt: "p" },
      { ts, issue: "B-1", phase: "dev", type: "phase.completed", seq: 1, result: result() },
    ];
    for (const e of events) store.handle(e);
    expect(failures).toHaveLength(1);
    expect(store.failure?.code).toBe("LOGS");
    expect(JSON.parse(readFileSync(join(store.runDir, "A-1/01-dev.json"), "utf8")).status).toBe("done");
  });
});
