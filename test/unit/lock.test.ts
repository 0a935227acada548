import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { RunLock } from "../../src/engine/lock";
import { isRunning, startTime } from "../../src/engine/processes";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function lockFile(): string {
  const dir = mkdtempSync(join(tmpdir(), "orchestrator-lock-"));
  dirs.push(dir);
  return join(dir, "orchestrator.lock");
}
const deadPid = () => spawnSync("true").pid as number;

describe("RunLock", () => {
  it("is held by one run at a time and released with it", () => {
    const file = lockFile();
    const warnings: string[] = [];
    const first = RunLock.acquire(file, { command: "run", runId: "R1", warn: (m) => warnings.push(m) });
    if (!first.ok) throw new Error(JSON.stringify(first.problems));
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ pid: process.pid, host: hostname(), command: "run", runId: "R1", codex: [] });
    const second = RunLock.acquire(file, { command: "clean", runId: null, warn: (m) => warnings.push(m) });
    expect(second).toMatchObject({ ok: false, problems: [{ code: "LOCKED", message: `another orchestrator run (pid ${process.pid}, run R1) is active in this repository` }] });
    first.value.setRunId("R2");
    expect(JSON.parse(readFileSync(file, "utf8")).runId).toBe("R2");
    first.value.release();
    expect(existsSync(file)).toBe(false);
    expect(warnings).toEqual([]);
  });

  it("takes over a stale lock after killing the dead run's codex process tree", async () => {
    const file = lockFile();
    // A "codex" that started a child of its own; both must go.
    const codex = spawn("sh", ["-c", "sleep 30 & wait"], { stdio: "ignore", detached: true });
    await new Promise((r) => setTimeout(r, 200));
    const pid = codex.pid as number;
    const exited = new Promise((r) => codex.once("exit", r));
    writeFileSync(file, JSON.stringify({ pid: deadPid(), start: null, host: hostname(), command: "run", runId: "OLD", startedAt: "", codex: [{ pid, start: startTime(pid) }] }));
    const warnings: string[] = [];
    const lock = RunLock.acquire(file, { command: "run", runId: "NEW", warn: (m) => warnings.push(m) });
    expect(lock.ok).toBe(true);
    expect(warnings[0]).toMatch(new RegExp(`^taking over the lock of a stopped orchestrator run \\(pid \\d+, run OLD\\); ended its codex processes \\(pid ${pid}, \\d+\\) first$`));
    await exited;
    expect(isRunning({ pid, start: null })).toBe(false);
    if (lock.ok) lock.value.release();
  });

  it("never kills a recorded pid that now belongs to another process (start time differs)", () => {
    const file = lockFile();
    writeFileSync(file, JSON.stringify({ pid: deadPid(), start: null, host: hostname(), command: "run", runId: "OLD", startedAt: "", codex: [{ pid: process.pid, start: "1" }] }));
    const warnings: string[] = [];
    const lock = RunLock.acquire(file, { command: "run", runId: "NEW", warn: (m) => warnings.push(m) });
    expect(lock.ok).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).not.toContain("ended its codex processes");
    if (lock.ok) lock.value.release();
  });

  it("refuses a lock held on another host, and replaces an unreadable one", () => {
    const file = lockFile();
    writeFileSync(file, JSON.stringify({ pid: 1, start: null, host: "elsewhere", command: "run", runId: "X", startedAt: "", codex: [] }));
    const other = RunLock.acquire(file, { command: "run", runId: "R", warn: () => undefined });
    expect(other).toMatchObject({ ok: false, problems: [{ message: "another orchestrator run (pid 1, run X) on host elsewhere holds this repository", hint: expect.stringContaining(`delete ${file}`) }] });
    writeFileSync(file, "{not json");
    const warnings: string[] = [];
    const replaced = RunLock.acquire(file, { command: "run", runId: "R", warn: (m) => warnings.push(m) });
    expect(replaced.ok).toBe(true);
    expect(warnings).toEqual([`replacing an unreadable lock file ${file}`]);
    if (replaced.ok) replaced.value.release();
  });
});
