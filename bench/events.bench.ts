/**
 * Streams 1,000,000 runner events (~200 MB of JSONL) through the log store, NDJSON and a terminal sink with
 * its live status line drawn on a (fake) TTY, each redacting — and compares with the baseline of appending the same lines to a
 * file with no processing. Reports events/s and peak RSS: memory must not grow with the log's size.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { fanOut, type EngineEvent, type PhaseResult } from "../src/core/events";
import { LogStore } from "../src/report/log-store";
import { ndjsonSink } from "../src/report/ndjson";
import { Redactor } from "../src/report/redact";
import { styleFor } from "../src/report/style";
import { terminalSink } from "../src/report/terminal";
import { mb, quick } from "./stats";

const count = quick ? 50_000 : Number(process.env.BENCH_EVENTS ?? 1_000_000);
const ts = new Date().toISOString();

/** A command execution with ~150 bytes of output: a typical chatty agent event, ~200 bytes as JSONL. */
function runnerEvent(i: number): EngineEvent {
  return {
    type: "runner.event",
    ts,
    issue: "B-1",
    phase: "dev",
    event: { type: "item.completed", item: { id: `item_${i}`, type: "command_execution", command: "npm test", aggregated_output: `ok ${i} - test passes\n`.padEnd(120, "."), exit_code: 0, status: "completed" } },
  } as EngineEvent;
}

/** Like a pipe on Linux: each write completes before the next (no buffering in memory). */
const devNull = openSync("/dev/null", "w");
const syncSink = new Writable({
  write(chunk: Buffer, _enc, done) {
    writeSync(devNull, chunk);
    done();
  },
});

/** The same, looking like a terminal 120 columns wide: the terminal sink keeps its status line on it. */
const ttySink = Object.assign(
  new Writable({
    write(chunk: Buffer, _enc, done) {
      writeSync(devNull, chunk);
      done();
    },
  }),
  { isTTY: true, columns: 120, rows: 40 },
);

function peakRssMb(): number {
  // VmHWM: the process's peak resident set size so far.
  const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? 0);
  return kb / 1024;
}

const dir = mkdtempSync(join(tmpdir(), "bench-events-"));
try {
  // Baseline: the same JSONL lines appended to a file, nothing else.
  const baseFile = join(dir, "baseline.jsonl");
  const fd = openSync(baseFile, "a");
  let start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) writeSync(fd, `${JSON.stringify((runnerEvent(i) as { event: unknown }).event)}\n`);
  closeSync(fd);
  const baseSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  const bytes = statSync(baseFile).size;
  rmSync(baseFile);
  const rssAfterBaseline = peakRssMb();

  const redactor = new Redactor(["sk-bench-secret-value-0123456789"]);
  const store = await LogStore.open({ logsRoot: join(dir, "logs"), repoRoot: dir, runId: "bench", redactor, onFailure: (p) => console.error(p.message) });
  if (!store.ok) throw new Error(store.problems[0]?.message);
  const sink = fanOut([store.value, ndjsonSink(syncSink, redactor), terminalSink(ttySink, styleFor({ isTTY: true }, {}), redactor, { live: (process.env.BENCH_LIVE as "status" | "none" | undefined) ?? "status" })]);
  sink.handle({ type: "run.started", ts, issue: null, phase: null, runId: "bench", milestone: "M1", logDir: dir, plan: [{ id: "B-1", title: "bench", waitsFor: [] }] });
  sink.handle({ type: "issue.started", ts, issue: "B-1", phase: null, title: "bench", branch: "b", worktree: dir, base: "HEAD", merged: [], resumed: null });
  start = process.hrtime.bigint();
  sink.handle({ type: "phase.started", ts, issue: "B-1", phase: "dev", attempt: 1, seq: 1, prompt: "bench prompt" });
  for (let i = 0; i < count; i++) sink.handle(runnerEvent(i));
  const result = { phase: "dev", attempt: 1, status: "done", runner: "codex-sdk", threadId: null, startedAt: ts, endedAt: ts, durationMs: 0, usage: null, costUsd: null, output: { phase: "dev", status: "done", summary: "bench", changes: [], tests: [], notes: [] }, error: null, commit: null, checks: null } satisfies PhaseResult;
  sink.handle({ type: "phase.completed", ts, issue: "B-1", phase: "dev", seq: 1, result });
  await sink.close?.();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const logBytes = statSync(join(store.value.runDir, "B-1/01-dev.jsonl")).size;

  console.log(`events: ${count.toLocaleString("en")}, ${mb(bytes)} of raw JSONL (log file written: ${mb(logBytes)})`);
  console.log(`baseline (append lines to a file): ${(count / baseSeconds).toFixed(0)} events/s`);
  console.log(`engine sinks (log store + NDJSON + terminal with status line, redacted): ${(count / seconds).toFixed(0)} events/s (target >= 100000)`);
  console.log(`ratio: ${(seconds / baseSeconds).toFixed(2)}x the baseline's time`);
  console.log(`peak RSS: ${peakRssMb().toFixed(1)} MB (after baseline: ${rssAfterBaseline.toFixed(1)} MB; target < 200 MB, flat in the log's size)`);
} finally {
  closeSync(devNull);
  rmSync(dir, { recursive: true, force: true });
}
