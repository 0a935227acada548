import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OFFLINE_KEY } from "../../src/scripted-model/codex-env";
import { git, issueDoc, runCli, startCli } from "../support/fixture-repo";
import { addFilePatch, answers } from "../../src/scripted-model/server";
import { mainState, readJson, setupRun, useCleanups } from "../support/run-setup";

const cleanup = useCleanups();
const setup = (...args: [Record<string, string>, Parameters<typeof setupRun>[2], Record<string, unknown>?]) => setupRun(cleanup, ...args);
const commitsOn = (dir: string, branch: string) => git(dir, "log", "--format=%s", `main..${branch}`).split("\n").filter(Boolean);

describe("orchestrator run (dist/cli.js, real codex binary, scripted model server)", () => {
  it("passes, fixes, stacks, caps, skips, survives an outage and a broken contract — all in one milestone", async () => {
    const doc = (id: string, deps: string[] = []) => issueDoc({ id, milestone: "M1", depends_on: deps }, `# Issue ${id}\n\nDo ${id}.`);
    const { repo, env, server } = await setup(
      {
        "docs/issues/A-1.md": doc("A-1"),
        "docs/issues/A-2.md": doc("A-2"),
        "docs/issues/A-3.md": doc("A-3", ["A-1", "A-2"]),
        "docs/issues/A-4.md": doc("A-4"),
        "docs/issues/A-5.md": doc("A-5", ["A-4"]),
        "docs/issues/A-6.md": doc("A-6"),
        "docs/issues/A-7.md": doc("A-7"),
      },
      {
        "A-1": { dev: { actions: [addFilePatch("a1.txt", ["one"]), { kind: "command", cmd: "cat a1.txt" }], answer: answers.dev("added a1") }, review: [{ answer: answers.pass() }] },
        "A-2": {
          dev: { actions: [addFilePatch("a2.txt", ["two"])], answer: answers.dev() },
          review: [{ answer: answers.fail("a2 lacks a header") }, { answer: answers.pass() }],
          fix: [{ actions: [addFilePatch("a2-header.txt", ["header"])], answer: answers.fix(["F1"]) }],
        },
        // Stacked on both dependencies: their files must be in its worktree.
        "A-3": { dev: { actions: [{ kind: "command", cmd: "cat a1.txt a2.txt > a3.txt" }], answer: answers.dev() }, review: [{ answer: answers.pass() }] },
        "A-4": {
          dev: { actions: [addFilePatch("a4.txt", ["four"])], answer: answers.dev() },
          review: [{ answer: answers.fail("still wrong") }],
          fix: [{ actions: [addFilePatch("a4-fix1.txt", ["x"])], answer: answers.fix() }, { actions: [addFilePatch("a4-fix2.txt", ["y"])], answer: answers.fix() }],
        },
        "A-5": { dev: { answer: answers.dev() }, review: [{ answer: answers.pass() }] },
        "A-6": { dev: { answer: { kind: "http-error", status: 500 } } },
        "A-7": { dev: { actions: [addFilePatch("a7.txt", ["partial"])], answer: { kind: "text", text: "I did it!" } } },
      },
    );
    const before = mainState(repo.dir);

    const result = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);

    // The live stream and the summary table.
    expect(result.stdout).toContain("$ cat a1.txt");
    expect(result.stdout).toContain("✎ add a1.txt");
    expect(result.stdout).toMatch(/A-1\s+passed\s+1 review, 0 fixes/);
    expect(result.stdout).toMatch(/A-4\s+capped\s+3 reviews, 2 fixes/);
    expect(result.stdout).toMatch(/A-5\s+skipped.*dependency A-4 capped/);

    // run.json
    const logsRoot = join(repo.dir, ".orchestrator/logs");
    const runId = readFileSync(join(logsRoot, "latest"), "utf8").trim();
    expect(runId).toMatch(/^\d{8}T\d{6}Z-M1$/);
    const runDir = join(logsRoot, runId);
    const run = readJson(join(runDir, "run.json"));
    expect(run).toMatchObject({ version: 1, runId, milestone: "M1", status: "failed", interrupted: false });
    const byId = Object.fromEntries(run.issues.map((i: { id: string }) => [i.id, i]));
    expect(run.issues.map((i: { id: string; status: string }) => `${i.id}:${i.status}`)).toEqual([
      "A-1:passed",
      "A-2:passed",
      "A-3:passed",
      "A-4:capped",
      "A-5:skipped",
      "A-6:failed",
      "A-7:failed",
    ]);
    expect(byId["A-2"]).toMatchObject({ reviews: 2, fixes: 1, branch: "orchestrator/A-2" });
    expect(byId["A-4"]).toMatchObject({ reviews: 3, fixes: 2 });
    expect(byId["A-4"].phases.map((p: { phase: string; attempt: number }) => `${p.phase}#${p.attempt}`)).toEqual(["dev#1", "review#1", "fix#1", "review#2", "fix#2", "review#3"]);
    expect(byId["A-5"].reason).toBe("dependency A-4 capped");
    expect(byId["A-6"].reason).toMatch(/dev #1 error: .*high demand/);
    expect(byId["A-7"].reason).toMatch(/dev #1 error: .*not JSON/);

    // Every log file of every phase, prompts saved, results parsed, raw events as JSONL.
    for (const issue of run.issues) {
      for (const phase of issue.phases) {
        const result = readJson(join(runDir, phase.result));
        expect(result).toMatchObject({ phase: phase.phase, attempt: phase.attempt, runner: "codex-sdk" });
        expect(typeof result.durationMs).toBe("number");
        const lines = readFileSync(join(runDir, phase.log), "utf8").trim().split("\n");
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
        const prompt = readFileSync(join(runDir, phase.log.replace(/\.jsonl$/, ".prompt.md")), "utf8");
        expect(prompt).toContain(`issue ${issue.id}`);
      }
    }
    const a2fix = readJson(join(runDir, "A-2/03-fix.json"));
    expect(a2fix.output).toMatchObject({ phase: "fix", addressed: ["F1"] });
    expect(readFileSync(join(runDir, "A-2/03-fix.prompt.md"), "utf8")).toContain("a2 lacks a header");
    const a7 = readJson(join(runDir, "A-7/01-dev.json"));
    expect(a7.error.code).toBe("CONTRACT");
    expect(readJson(join(runDir, "A-6/01-dev.json")).error.code).toBe("RUNNER");
    expect(existsSync(join(runDir, "A-5"))).toBe(false);

    // Branches with the agent's work, one commit per phase that changed files.
    expect(commitsOn(repo.dir, "orchestrator/A-1")).toEqual(["orchestrator(A-1): passed", "orchestrator(A-1): dev #1"]);
    expect(commitsOn(repo.dir, "orchestrator/A-2")).toEqual(["orchestrator(A-2): passed", "orchestrator(A-2): fix #1", "orchestrator(A-2): dev #1"]);
    expect(git(repo.dir, "show", "orchestrator/A-3:a3.txt")).toBe("one\ntwo");
    expect(git(repo.dir, "log", "--format=%s", "orchestrator/A-3")).toContain("orchestrator(A-2): dev #1");
    expect(commitsOn(repo.dir, "orchestrator/A-4")).toHaveLength(3);
    // The agent's partial work survives a broken contract.
    expect(git(repo.dir, "show", "orchestrator/A-7:a7.txt")).toBe("partial");
    expect(git(repo.dir, "branch", "--list", "orchestrator/A-5")).toBe("");
    // Worktrees removed, main worktree untouched, the engine's state ignored.
    expect(git(repo.dir, "worktree", "list", "--porcelain").match(/^worktree /gm)).toHaveLength(1);
    expect(readdirSync(join(repo.dir, ".orchestrator/worktrees")).filter((f) => f !== ".gitignore")).toEqual([]);
    expect(mainState(repo.dir)).toEqual(before);

    // The API key reached codex (the server saw requests) but no log file.
    expect(server.requests.length).toBeGreaterThan(10);
    const allLogs = readdirSync(runDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => readFileSync(join(e.parentPath, e.name), "utf8"))
      .join("\n");
    expect(allLogs).not.toContain(OFFLINE_KEY);
  }, 240_000);

  it("exits 0 when every issue passes and streams NDJSON with --json", async () => {
    const { repo, env } = await setup(
      { "docs/issues/B-1.md": issueDoc({ milestone: "M2" }, "# B one") },
      { "B-1": { dev: { actions: [addFilePatch("b.txt", ["b"])], answer: answers.dev() }, review: [{ answer: answers.pass() }] } },
    );
    const result = await runCli(["run", "--milestone", "M2", "--json"], { cwd: repo.dir, env });
    expect(result.code).toBe(0);
    const events = result.stdout.trim().split("\n").map((l) => JSON.parse(l));
    for (const e of events) expect(Object.keys(e)).toEqual(expect.arrayContaining(["type", "ts", "issue", "phase"]));
    // Which codex runs comes first (issue 20), then the run.
    expect(events.slice(0, 2).map((e) => e.type)).toEqual(["codex", "run.started"]);
    expect(events.some((e) => e.type === "runner.event" && e.issue === "B-1" && e.phase === "dev")).toBe(true);
    const last = events.at(-1);
    expect(last.type).toBe("run.completed");
    expect(last.summary.status).toBe("passed");
    expect(result.stderr).toContain("B-1");
    expect(result.stdout).not.toContain(OFFLINE_KEY);
  }, 120_000);

  it("SIGINT aborts the running phase, writes run.json, keeps the worktree and exits 130", async () => {
    const { repo, env } = await setup(
      { "docs/issues/C-1.md": issueDoc({ milestone: "M3" }, "# C one"), "docs/issues/C-2.md": issueDoc({ milestone: "M3" }, "# C two") },
      { "C-1": { dev: { actions: [addFilePatch("c.txt", ["c"])], answer: { kind: "hang" } } }, "C-2": { dev: { answer: answers.dev() } } },
    );
    const before = mainState(repo.dir);
    let sent = false;
    const cli = startCli(["run", "--milestone", "M3"], {
      cwd: repo.dir,
      env,
      onOutput: (chunk) => {
        // The patch landed (file change streamed) and the model now hangs: interrupt.
        if (!sent && chunk.includes("c.txt")) {
          sent = true;
          setTimeout(() => cli.child.kill("SIGINT"), 300);
        }
      },
    });
    const result = await cli.done;
    expect(result.code).toBe(130);
    const runDir = join(repo.dir, ".orchestrator/logs", readFileSync(join(repo.dir, ".orchestrator/logs/latest"), "utf8").trim());
    const run = readJson(join(runDir, "run.json"));
    expect(run).toMatchObject({ status: "failed", interrupted: true });
    expect(run.issues[0]).toMatchObject({ id: "C-1", status: "failed", worktree: ".orchestrator/worktrees/C-1" });
    expect(run.issues[1]).toMatchObject({ id: "C-2", status: "skipped", reason: "run interrupted" });
    expect(readJson(join(runDir, "C-1/01-dev.json"))).toMatchObject({ status: "interrupted", error: { code: "ABORTED" } });
    const events = readFileSync(join(runDir, "C-1/01-dev.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l).event);
    expect(events.some((e) => e.type === "item.completed" && e.item.type === "file_change")).toBe(true);
    // The agent's file is still in the kept worktree, uncommitted, for inspection.
    expect(readFileSync(join(repo.dir, ".orchestrator/worktrees/C-1/c.txt"), "utf8")).toBe("c\n");
    expect(result.stdout).toContain("worktree kept for inspection: .orchestrator/worktrees/C-1");
    expect(mainState(repo.dir)).toEqual(before);

    // `clean` keeps a dirty worktree (never forced) and reports it.
    const clean = await runCli(["clean"], { cwd: repo.dir, env });
    expect(clean.code).toBe(1);
    expect(clean.stderr).toContain("kept .orchestrator/worktrees/C-1: uncommitted changes");
    // A second run continues: the kept worktree's work is committed (never discarded) and reviewed.
    const again = await runCli(["run", "--milestone", "M3", "--issue", "C-1"], { cwd: repo.dir, env });
    expect(again.code).toBe(1);
    expect(again.stdout).toContain("(recovered work)");
    expect(git(repo.dir, "show", "orchestrator/C-1:c.txt")).toBe("c");
  }, 120_000);

  it("a second signal exits 130 at once, through the CLI entry's exit, without waiting for the phase to stop", async () => {
    const { repo, env } = await setup({ "docs/issues/D-1.md": issueDoc({ milestone: "M4" }, "# D one") }, { "D-1": { dev: { actions: [addFilePatch("d.txt", ["d"])], answer: { kind: "hang" } } } });
    let sent = false;
    let second = false;
    const cli = startCli(["run", "--milestone", "M4"], {
      cwd: repo.dir,
      env,
      onOutput: (chunk) => {
        if (!sent && chunk.includes("d.txt")) {
          sent = true;
          setTimeout(() => cli.child.kill("SIGINT"), 300);
        }
        // The second as soon as the first is acknowledged, while it is still stopping the phase: two signals
        // sent back to back may be handled in either order.
        if (sent && !second && chunk.includes("SIGINT: stopping")) {
          second = true;
          cli.child.kill("SIGTERM");
        }
      },
    });
    const result = await cli.done;
    expect(result.code).toBe(130);
    expect(result.stderr).toContain("SIGINT: stopping the running phase, writing logs… (again to force)");
    expect(result.stderr).toContain("SIGTERM again: exiting without waiting for the phase to stop");
  }, 60_000);
});
