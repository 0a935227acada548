import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { git, issueDoc, runCli, startCli } from "../support/fixture-repo";
import { addFilePatch, answers, type IssueScenario } from "../../src/scripted-model/server";
import { latestRunDir, readJson, setupRun, useCleanups } from "../support/run-setup";
import { alive } from "../support/processes";

const cleanup = useCleanups();
const doc = (id: string, milestone: string) => issueDoc({ id, milestone }, `# Issue ${id}`);

/** Live `codex responses-api-proxy` processes forwarding to the scripted server on `port`. */
const proxiesFor = (port: number) =>
  execFileSync("ps", ["-eo", "pid=,args="], { encoding: "utf8" })
    .split("\n")
    .filter((l) => l.includes("responses-api-proxy") && l.includes(`127.0.0.1:${port}/`))
    .map((l) => Number(l.trim().split(" ")[0]))
    .filter(alive);
const waitFor = async (what: () => boolean, ms: number) => {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (what()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return what();
};

describe("one run at a time per repository (dist/cli.js, real codex binary)", () => {
  it("a second run (any milestone) and a clean during a run are refused with exit 2 naming the active run; the live worktree stays", async () => {
    const { repo, env } = await setupRun(
      cleanup,
      { "docs/issues/L-1.md": doc("L-1", "M1"), "docs/issues/L-2.md": doc("L-2", "M2") },
      { "L-1": { dev: { actions: [addFilePatch("live.txt", ["live"]), { kind: "command", cmd: "echo started" }], answer: { kind: "hang" } } }, "L-2": { dev: { answer: answers.dev() } } },
    );
    let started!: () => void;
    const ready = new Promise<void>((r) => (started = r));
    const first = startCli(["run", "--milestone", "M1"], { cwd: repo.dir, env, onOutput: (chunk) => chunk.includes("echo started") && started() });
    cleanup(() => {
      if (first.child.exitCode === null) first.child.kill("SIGKILL");
    });
    await ready;
    const runId = readFileSync(join(repo.dir, ".orchestrator/logs/latest"), "utf8").trim();
    const active = `another orchestrator run (pid ${first.child.pid}, run ${runId}) is active in this repository`;

    const second = await runCli(["run", "--milestone", "M2"], { cwd: repo.dir, env });
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(active);
    expect(git(repo.dir, "branch", "--list", "orchestrator/L-2")).toBe("");
    const clean = await runCli(["clean"], { cwd: repo.dir, env });
    expect(clean.code).toBe(2);
    expect(clean.stderr).toContain(active);
    expect(readFileSync(join(repo.dir, ".orchestrator/worktrees/L-1/live.txt"), "utf8")).toBe("live\n");

    first.child.kill("SIGINT");
    expect((await first.done).code).toBe(130);
    // The lock goes with the run.
    expect(existsSync(join(repo.dir, ".git/orchestrator.lock"))).toBe(false);
  }, 120_000);

  it("kill -9 mid-phase: the next run ends the dead run's codex before reusing the worktree, recovers the work and finishes", async () => {
    const scenarios: Record<string, IssueScenario> = {
      "K-1": {
        dev: {
          // The model is slow to send the last edit: codex outlives the engine, waiting, then would write.
          actions: [addFilePatch("wip.txt", ["before the kill"]), { kind: "command", cmd: "echo started" }, [{ kind: "delay", ms: 8000 }, addFilePatch("late.txt", ["written by an orphan"])]],
          answer: answers.dev(),
        },
      },
    };
    const { repo, env, server } = await setupRun(cleanup, { "docs/issues/K-1.md": doc("K-1", "M1") }, scenarios);
    let started!: () => void;
    const ready = new Promise<void>((r) => (started = r));
    const first = startCli(["run", "--milestone", "M1"], { cwd: repo.dir, env, onOutput: (chunk) => chunk.includes("echo started") && started() });
    await ready;
    // codex has asked for the next step (the slow one): the engine dies under it.
    expect(await waitFor(() => server.requests.length >= 3, 10_000)).toBe(true);
    first.child.kill("SIGKILL");
    await first.done;
    const lock = readJson(join(repo.dir, ".git/orchestrator.lock"));
    expect(lock).toMatchObject({ pid: first.child.pid, command: "run", runId: expect.stringMatching(/-M1$/) });
    const codexPids: number[] = lock.codex.map((c: { pid: number }) => c.pid);
    // Left alone, codex would go on in the worktree.
    expect(codexPids.filter(alive).length).toBeGreaterThan(0);
    // The key proxy (its own process group) outlives the engine too, and the lock names it.
    const proxies = proxiesFor(server.port);
    expect(proxies).toHaveLength(1);
    expect(codexPids).toEqual(expect.arrayContaining(proxies));
    cleanup(() => {
      for (const pid of [...codexPids, ...proxies]) if (alive(pid)) process.kill(pid, "SIGKILL");
    });

    scenarios["K-1"] = { review: [{ answer: answers.pass() }] };
    const rerun = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain(`warning: taking over the lock of a stopped orchestrator run (pid ${first.child.pid}`);
    expect(rerun.stdout).toMatch(/ended its codex processes \(pid \d+/);
    expect(codexPids.filter(alive)).toEqual([]);
    expect(proxiesFor(server.port)).toEqual([]);
    const run = readJson(join(latestRunDir(join(repo.dir, ".orchestrator/logs")), "run.json"));
    expect(run.issues[0]).toMatchObject({ id: "K-1", status: "passed", resumed: { state: "untouched", recovered: expect.any(String) } });
    expect(git(repo.dir, "show", "orchestrator/K-1:wip.txt")).toBe("before the kill");
    expect(existsSync(join(repo.dir, ".git/orchestrator.lock"))).toBe(false);
    // Past the moment the slow answer went out: nothing wrote into the worktree path or the branch.
    await new Promise((r) => setTimeout(r, 9000 - (Date.now() - (server.requests[2]?.at ?? 0))));
    expect(existsSync(join(repo.dir, ".orchestrator/worktrees/K-1/late.txt"))).toBe(false);
    expect(git(repo.dir, "ls-tree", "--name-only", "orchestrator/K-1")).not.toContain("late.txt");
  }, 120_000);
});
