import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledCodexPath } from "../../src/scripted-model/codex-env";
import { git, issueDoc, runCli, startCli } from "../support/fixture-repo";
import { addFilePatch, answers } from "../../src/scripted-model/server";
import { latestRunDir, mainState, readJson, setupRun, useCleanups } from "../support/run-setup";

const cleanup = useCleanups();
const doc = (id: string, milestone: string, deps: string[] = []) => issueDoc({ id, milestone, depends_on: deps }, `# Issue ${id}`);
const branches = (dir: string) => git(dir, "for-each-ref", "--format=%(refname:short)", "refs/heads/orchestrator").split("\n").filter(Boolean);

/** Every JSONL line of every log under `runDir` parses, and no temp file is left behind. */
function assertLogsIntact(runDir: string): void {
  for (const entry of readdirSync(runDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    expect(entry.name).not.toMatch(/\.tmp$/);
    const text = readFileSync(join(entry.parentPath, entry.name), "utf8");
    if (entry.name.endsWith(".jsonl")) for (const line of text.split("\n").filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
    if (entry.name.endsWith(".json")) expect(() => JSON.parse(text)).not.toThrow();
  }
}

describe("runner faults (dist/cli.js, real codex binary)", () => {
  it("the codex-cli runner drives the same loop; a turn that ends without a final message fails its issue", async () => {
    const { repo, env } = await setupRun(
      cleanup,
      { "docs/issues/K-1.md": doc("K-1", "M1"), "docs/issues/K-2.md": doc("K-2", "M1") },
      {
        "K-1": { dev: { actions: [addFilePatch("k.txt", ["k"])], answer: answers.dev() }, review: [{ answer: answers.pass() }] },
        "K-2": { dev: { answer: { kind: "reasoning", text: "only thinking" } } },
      },
      { runner: { default: "codex-cli", codexPath: bundledCodexPath() } },
    );
    const result = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(result.code).toBe(1);
    const runDir = latestRunDir(join(repo.dir, ".orchestrator/logs"));
    const run = readJson(join(runDir, "run.json"));
    expect(run.issues.map((i: { id: string; status: string }) => `${i.id}:${i.status}`)).toEqual(["K-1:passed", "K-2:failed"]);
    expect(readJson(join(runDir, "K-1/01-dev.json"))).toMatchObject({ runner: "codex-cli", status: "done", threadId: expect.any(String) });
    expect(readJson(join(runDir, "K-2/01-dev.json")).error).toMatchObject({ code: "CONTRACT", message: "the agent ended the turn without a final message" });
    expect(git(repo.dir, "show", "orchestrator/K-1:k.txt")).toBe("k");
  }, 120_000);

  it("a phase over runner.phaseTimeoutMinutes is aborted and fails only its issue", async () => {
    const { repo, env } = await setupRun(
      cleanup,
      { "docs/issues/T-1.md": doc("T-1", "M1"), "docs/issues/T-2.md": doc("T-2", "M1") },
      { "T-1": { dev: { actions: [addFilePatch("slow.txt", ["s"])], answer: { kind: "hang" } } }, "T-2": { dev: { answer: answers.dev() }, review: [{ answer: answers.pass() }] } },
      { runner: { phaseTimeoutMinutes: 0.05 } },
    );
    const result = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(result.code).toBe(1);
    const runDir = latestRunDir(join(repo.dir, ".orchestrator/logs"));
    const run = readJson(join(runDir, "run.json"));
    expect(run.issues.map((i: { status: string }) => i.status)).toEqual(["failed", "passed"]);
    expect(readJson(join(runDir, "T-1/01-dev.json")).error).toMatchObject({ code: "TIMEOUT", message: expect.stringContaining("0.05 min") });
    // What the agent wrote before the timeout is committed, not lost with the worktree.
    expect(git(repo.dir, "show", "orchestrator/T-1:slow.txt")).toBe("s");
  }, 60_000);

  it("SIGTERM stops the running phase like SIGINT: logs complete, run.json written, worktree kept, exit 130", async () => {
    const { repo, env } = await setupRun(cleanup, { "docs/issues/S-1.md": doc("S-1", "M1") }, { "S-1": { dev: { actions: [{ kind: "command", cmd: "echo started" }], answer: { kind: "hang" } } } });
    let sent = false;
    const cli = startCli(["run", "--milestone", "M1"], {
      cwd: repo.dir,
      env,
      onOutput: (chunk) => {
        if (!sent && chunk.includes("echo started")) {
          sent = true;
          setTimeout(() => cli.child.kill("SIGTERM"), 300);
        }
      },
    });
    const result = await cli.done;
    expect(result.code).toBe(130);
    expect(result.stderr).toContain("SIGTERM");
    const runDir = latestRunDir(join(repo.dir, ".orchestrator/logs"));
    expect(readJson(join(runDir, "run.json"))).toMatchObject({ interrupted: true, issues: [{ id: "S-1", worktree: ".orchestrator/worktrees/S-1" }] });
    const events = readFileSync(join(runDir, "S-1/01-dev.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l).event);
    expect(events.some((e) => e.type === "item.completed" && e.item.type === "command_execution")).toBe(true);
    expect(existsSync(join(repo.dir, ".orchestrator/worktrees/S-1"))).toBe(true);
    assertLogsIntact(runDir);
  }, 60_000);
});

describe("git and log faults", () => {
  it("a stacked issue whose dependencies conflict fails naming branches and files; independent issues run", async () => {
    const { repo, env } = await setupRun(
      cleanup,
      { "docs/issues/G-1.md": doc("G-1", "M1"), "docs/issues/G-2.md": doc("G-2", "M1"), "docs/issues/G-3.md": doc("G-3", "M1", ["G-1", "G-2"]), "docs/issues/G-4.md": doc("G-4", "M1") },
      {
        "G-1": { dev: { actions: [addFilePatch("same.txt", ["from G-1"])], answer: answers.dev() }, review: [{ answer: answers.pass() }] },
        "G-2": { dev: { actions: [addFilePatch("same.txt", ["from G-2"])], answer: answers.dev() }, review: [{ answer: answers.pass() }] },
        "G-3": { dev: { answer: answers.dev() }, review: [{ answer: answers.pass() }] },
        "G-4": { dev: { answer: answers.dev() }, review: [{ answer: answers.pass() }] },
      },
    );
    const before = mainState(repo.dir);
    const result = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(result.code).toBe(1);
    const run = readJson(join(latestRunDir(join(repo.dir, ".orchestrator/logs")), "run.json"));
    expect(run.issues.map((i: { id: string; status: string }) => `${i.id}:${i.status}`)).toEqual(["G-1:passed", "G-2:passed", "G-3:failed", "G-4:passed"]);
    expect(run.issues[2].reason).toContain("merging orchestrator/G-1 into orchestrator/G-3 (started from orchestrator/G-2) conflicts in same.txt");
    expect(existsSync(join(repo.dir, ".orchestrator/worktrees/G-3"))).toBe(false);
    expect(mainState(repo.dir)).toEqual(before);
  }, 120_000);

  it("a log root that cannot be written stops the run before any agent or git work (exit 2)", async () => {
    const { repo, env, server } = await setupRun(cleanup, { "docs/issues/L-1.md": doc("L-1", "M1"), "not-a-dir": "a file where the logs should go\n" }, { "L-1": { dev: { answer: answers.dev() } } }, { logs: { root: "not-a-dir/logs" } });
    const result = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("cannot write logs");
    expect(result.stderr).toContain("not-a-dir/logs");
    expect(server.requests).toHaveLength(0);
    expect(branches(repo.dir)).toEqual([]);
    expect(readFileSync(join(repo.dir, "not-a-dir"), "utf8")).toBe("a file where the logs should go\n");
  }, 60_000);

  const canMount = (() => {
    if (process.getuid?.() !== 0) return false;
    const probe = join("/tmp", `orchestrator-mount-probe-${process.pid}`);
    mkdirSync(probe, { recursive: true });
    try {
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=16k", "tmpfs", probe], { stdio: "ignore" });
      execFileSync("umount", [probe], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    } finally {
      rmdirSync(probe);
    }
  })();

  // Needs root to mount a tiny tmpfs (CI and the development machine run as root).
  it.skipIf(!canMount)("a full disk while writing logs stops the run cleanly; what was written stays whole, the work stays in the worktree", async () => {
    const { repo, env } = await setupRun(
      cleanup,
      { "docs/issues/F-1.md": doc("F-1", "M1"), "docs/issues/F-2.md": doc("F-2", "M1") },
      {
        // The command's output (~200 KB in one event) cannot fit in the 64 KiB log file system.
        "F-1": { dev: { actions: [addFilePatch("work.txt", ["precious"]), { kind: "command", cmd: "head -c 200000 /dev/zero | tr '\\0' a" }], answer: answers.dev() } },
        "F-2": { dev: { answer: answers.dev() } },
      },
      { logs: { root: "small-logs" } },
    );
    const mountPoint = join(repo.dir, "small-logs");
    mkdirSync(mountPoint);
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint]);
    cleanup(() => {
      execFileSync("umount", ["-l", mountPoint]);
    });

    const result = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/writing logs failed: .*ENOSPC/);
    const runDir = latestRunDir(mountPoint);
    assertLogsIntact(runDir);
    expect(readFileSync(join(runDir, "F-1/01-dev.prompt.md"), "utf8")).toContain("issue F-1");
    // The agent's work is kept in its worktree; the next issue never started.
    expect(readFileSync(join(repo.dir, ".orchestrator/worktrees/F-1/work.txt"), "utf8")).toBe("precious\n");
    expect(branches(repo.dir)).toEqual(["orchestrator/F-1"]);
  }, 60_000);
});
