import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OFFLINE_KEY } from "../../src/scripted-model/codex-env";
import { git, issueDoc, runCli, startCli } from "../support/fixture-repo";
import { addFilePatch, answers, type IssueScenario } from "../../src/scripted-model/server";
import { latestRunDir, mainState, readJson, setupRun, useCleanups } from "../support/run-setup";

const cleanup = useCleanups();
const doc = (id: string, milestone: string, deps: string[] = []) => issueDoc({ id, milestone, depends_on: deps }, `# Issue ${id}\n\nDo ${id}.`);
const subjects = (dir: string, range: string) => git(dir, "log", "--format=%s", range).split("\n").filter(Boolean);
const trailersOf = (dir: string, rev: string) => git(dir, "log", "-n", "1", "--format=%(trailers:only,unfold)", rev);
const latestRun = (dir: string) => readJson(join(latestRunDir(join(dir, ".orchestrator/logs")), "run.json"));
type IssueJson = { id: string; status: string; reason: string | null; resumed: Record<string, unknown> | null; phases: { phase: string; attempt: number }[] };
const byId = (run: { issues: IssueJson[] }) => Object.fromEntries(run.issues.map((i) => [i.id, i]));
const phasesOf = (i: IssueJson) => i.phases.map((p) => `${p.phase}#${p.attempt}`);
const requestsFor = (server: { requests: { issue: string | null }[] }, from: number, id: string) => server.requests.slice(from).filter((r) => r.issue === id).length;

describe("reruns continue where the last run stopped (dist/cli.js, real codex binary)", () => {
  it("a failed run, rerun: passed issues cost no model call, unfinished ones resume with a review, dependents merge their dependency's new commits", async () => {
    const scenarios: Record<string, IssueScenario> = {
      "R-1": { dev: { actions: [addFilePatch("r1.txt", ["one"])], answer: answers.dev() }, review: [{ answer: answers.pass() }] },
      // Dev writes, then the model endpoint fails: the work is committed, the issue fails.
      "R-2": { dev: { actions: [addFilePatch("r2.txt", ["two"])], answer: { kind: "http-error", status: 500 } } },
      "R-3": { dev: { answer: answers.dev() }, review: [{ answer: answers.pass() }] },
      "R-4": { dev: { actions: [addFilePatch("r4.txt", ["four"])], answer: answers.dev() }, review: [{ answer: answers.fail("r4 is wrong") }], fix: [{ actions: [addFilePatch("r4-fix.txt", ["fixed"])], answer: answers.fix() }] },
    };
    const { repo, env, server } = await setupRun(
      cleanup,
      { "docs/issues/R-0.md": issueDoc({ id: "R-0", milestone: "M1", status: "done" }, "# Done"), "docs/issues/R-1.md": doc("R-1", "M1"), "docs/issues/R-2.md": doc("R-2", "M1", ["R-1"]), "docs/issues/R-3.md": doc("R-3", "M1", ["R-2"]), "docs/issues/R-4.md": doc("R-4", "M1", ["R-1"]) },
      scenarios,
      { review: { maxCycles: 1 } },
    );
    const before = mainState(repo.dir);

    const first = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(first.code).toBe(1);
    const run1 = byId(latestRun(repo.dir));
    expect(Object.values(run1).map((i) => `${i.id}:${i.status}`)).toEqual(["R-1:passed", "R-2:failed", "R-3:skipped", "R-4:capped"]);
    expect(Object.values(run1).every((i) => i.resumed === null)).toBe(true);
    // A failed issue's way out is printed and recorded: run again.
    const again = "Run again to continue R-2 on its branch (`orchestrator status --milestone M1` shows what the next run does).";
    expect(run1["R-2"]).toMatchObject({ hint: again });
    expect(first.stdout).toContain(`hint for R-2: ${again}`);
    // The pass is recorded on the branch itself: an empty commit whose trailers say so.
    expect(subjects(repo.dir, "main..orchestrator/R-1")).toEqual(["orchestrator(R-1): passed", "orchestrator(R-1): dev #1"]);
    expect(trailersOf(repo.dir, "orchestrator/R-1")).toBe("Orchestrator-Issue: R-1\nOrchestrator-Phase: review\nOrchestrator-Attempt: 1\nOrchestrator-Verdict: pass");
    expect(trailersOf(repo.dir, "orchestrator/R-2")).toBe("Orchestrator-Issue: R-2\nOrchestrator-Phase: dev\nOrchestrator-Attempt: 1");

    // status and plan say what the branches hold and what the next run does.
    const status = await runCli(["status", "--milestone", "M1", "--json"], { cwd: repo.dir, env });
    expect(status.code).toBe(0);
    const said = JSON.parse(status.stdout).issues.map((i: { id: string; state: string; lastPhase: string | null; next: string }) => `${i.id}:${i.state}:${i.lastPhase}:${i.next}`);
    expect(said).toEqual(["R-0:done:null:none", "R-1:passed:null:none", "R-2:unfinished:dev:review", "R-3:absent:null:dev", "R-4:unfinished:fix:review"]);
    const human = await runCli(["status", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(human.stdout).toMatch(/R-1\s+passed at [0-9a-f]{12}\s+nothing: passed at/);
    expect(human.stdout).toMatch(/R-2\s+unfinished \(last: dev\) at [0-9a-f]{12}\s+resume with a review, then up to 1 fix once R-1 passed/);
    expect(human.stdout).toMatch(/R-0\s+done \(front matter\)/);
    const plan = await runCli(["plan", "--milestone", "M1", "--json"], { cwd: repo.dir, env });
    expect(JSON.parse(plan.stdout).issues.map((i: { id: string; next: string }) => `${i.id}:${i.next}`)).toEqual(["R-1:none", "R-2:review", "R-3:dev", "R-4:review"]);

    // Someone adds a commit to the passed R-1 by hand: it is no longer the engine's recorded pass.
    const side = join(repo.dir, ".orchestrator/worktrees/side");
    git(repo.dir, "worktree", "add", "-q", side, "orchestrator/R-1");
    git(side, "commit", "-q", "--allow-empty", "-m", "a reviewer's touch");
    git(repo.dir, "worktree", "remove", side);
    const r1Tip = git(repo.dir, "rev-parse", "orchestrator/R-1");

    // The endpoint is back; the next run answers what the first could not.
    scenarios["R-2"] = { review: [{ answer: answers.pass() }] };
    scenarios["R-4"] = { review: [{ answer: answers.pass() }] };
    const mark = server.requests.length;
    const second = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(second.stderr).toBe("");
    expect(second.code).toBe(0);
    const run2 = byId(latestRun(repo.dir));
    expect(Object.values(run2).map((i) => `${i.id}:${i.status}`)).toEqual(["R-1:passed", "R-2:passed", "R-3:passed", "R-4:passed"]);
    // commits after the pass → resumed with a review (and passed again).
    expect(run2["R-1"]?.resumed).toMatchObject({ state: "unfinished", commit: r1Tip, source: "local", lastPhase: "review", recovered: null });
    expect(phasesOf(run2["R-1"] as IssueJson)).toEqual(["review#1"]);
    // failed in dev → resumed with a review, fresh cycles; its dependency's new commit merged in first.
    expect(run2["R-2"]?.resumed).toMatchObject({ state: "unfinished", lastPhase: "dev" });
    expect(phasesOf(run2["R-2"] as IssueJson)).toEqual(["review#1"]);
    expect(git(repo.dir, "merge-base", "--is-ancestor", r1Tip, "orchestrator/R-2") === "").toBe(true);
    // never started → created now, stacked on R-2.
    expect(run2["R-3"]?.resumed).toBeNull();
    expect(phasesOf(run2["R-3"] as IssueJson)).toEqual(["dev#1", "review#1"]);
    expect(git(repo.dir, "show", "orchestrator/R-3:r2.txt")).toBe("two");
    // capped → resumed with a review, which now passes.
    expect(run2["R-4"]?.resumed).toMatchObject({ state: "unfinished", lastPhase: "fix" });
    expect(second.stdout).toContain("resuming orchestrator/R-2");

    // Everything passed: a third run runs nothing and asks the model nothing.
    const mark3 = server.requests.length;
    expect(mark3).toBeGreaterThan(mark);
    const third = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(third.code).toBe(0);
    expect(server.requests.length).toBe(mark3);
    const run3 = byId(latestRun(repo.dir));
    for (const issue of Object.values(run3)) {
      expect(issue).toMatchObject({ status: "passed", phases: [], resumed: { state: "passed" } });
      expect(issue.reason).toMatch(/^passed in an earlier run \([0-9a-f]{12}\)$/);
    }
    expect(third.stdout).toMatch(/R-3\s+passed\s+0 reviews, 0 fixes.*passed in an earlier run/);
    expect((await runCli(["status", "--milestone", "M1"], { cwd: repo.dir, env })).stdout).toContain("Milestone M1: nothing left to run");
    // Nothing was deleted or rewritten: the hand-made commit is still on R-1.
    expect(subjects(repo.dir, "main..orchestrator/R-1")).toContain("a reviewer's touch");
    expect(git(repo.dir, "worktree", "list", "--porcelain").match(/^worktree /gm)).toHaveLength(1);
    expect(mainState(repo.dir)).toEqual(before);
  }, 240_000);

  it("a resumed dependent whose dependency gained a conflicting commit fails naming the file; the branch stays as it was and the hint reaches the terminal, run.json and NDJSON", async () => {
    const scenarios: Record<string, IssueScenario> = {
      "H-1": { dev: { actions: [addFilePatch("h.txt", ["one"])], answer: answers.dev() }, review: [{ answer: answers.pass() }] },
      "H-2": { dev: { actions: [{ kind: "command", cmd: "echo two > h.txt" }], answer: answers.dev() }, review: [{ answer: { kind: "http-error", status: 500 } }] },
    };
    const { repo, env } = await setupRun(cleanup, { "docs/issues/H-1.md": doc("H-1", "M1"), "docs/issues/H-2.md": doc("H-2", "M1", ["H-1"]) }, scenarios);
    expect((await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env })).code).toBe(1);
    const side = join(repo.dir, ".orchestrator/worktrees/side");
    git(repo.dir, "worktree", "add", "-q", side, "orchestrator/H-1");
    writeFileSync(join(side, "h.txt"), "three\n");
    git(side, "commit", "-q", "-am", "h.txt says three");
    git(repo.dir, "worktree", "remove", side);
    const h2 = git(repo.dir, "rev-parse", "orchestrator/H-2");

    scenarios["H-1"] = { review: [{ answer: answers.pass() }] };
    const result = await runCli(["run", "--milestone", "M1", "--json"], { cwd: repo.dir, env });
    expect(result.code).toBe(1);
    const reason = "merging orchestrator/H-1 into orchestrator/H-2 (resumed from its own branch) conflicts in h.txt";
    const hint = "Merge orchestrator/H-1 into orchestrator/H-2 by hand and commit the resolution (the branch stays), then run again.";
    expect(byId(latestRun(repo.dir))["H-2"]).toMatchObject({ status: "failed", reason, hint, resumed: { state: "unfinished", lastPhase: "dev" }, phases: [] });
    const completed = result.stdout.trim().split("\n").map((l) => JSON.parse(l)).find((e) => e.type === "issue.completed" && e.issue === "H-2");
    expect(completed.summary).toMatchObject({ reason, hint });
    expect(result.stderr).toContain(`hint: ${hint}`);
    expect(result.stderr).toContain(`hint for H-2: ${hint}`);
    expect(git(repo.dir, "rev-parse", "orchestrator/H-2")).toBe(h2);
    expect(existsSync(join(repo.dir, ".orchestrator/worktrees/H-2"))).toBe(false);
  }, 120_000);

  it("a passed issue whose worktree was left behind: clean → still passed, no model call, worktree removed; with new work → recovered and reviewed", async () => {
    const scenarios: Record<string, IssueScenario> = { "W-1": { dev: { actions: [addFilePatch("w.txt", ["w"])], answer: answers.dev() }, review: [{ answer: answers.pass() }] } };
    const { repo, env, server } = await setupRun(cleanup, { "docs/issues/W-1.md": doc("W-1", "M1") }, scenarios);
    expect((await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env })).code).toBe(0);
    const passTip = git(repo.dir, "rev-parse", "orchestrator/W-1");
    const worktree = join(repo.dir, ".orchestrator/worktrees/W-1");
    git(repo.dir, "worktree", "add", "-q", worktree, "orchestrator/W-1");

    let mark = server.requests.length;
    expect((await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env })).code).toBe(0);
    expect(byId(latestRun(repo.dir))["W-1"]).toMatchObject({ status: "passed", phases: [], resumed: { state: "passed", recovered: null } });
    expect(server.requests.length).toBe(mark);
    expect(existsSync(worktree)).toBe(false);
    expect(git(repo.dir, "rev-parse", "orchestrator/W-1")).toBe(passTip);

    git(repo.dir, "worktree", "add", "-q", worktree, "orchestrator/W-1");
    writeFileSync(join(worktree, "more.txt"), "more\n");
    mark = server.requests.length;
    expect((await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env })).code).toBe(0);
    const run = byId(latestRun(repo.dir));
    expect(run["W-1"]).toMatchObject({ status: "passed", resumed: { state: "passed", recovered: expect.any(String) } });
    expect(phasesOf(run["W-1"] as IssueJson)).toEqual(["review#1"]);
    expect(server.requests.slice(mark).map((r) => r.phase)).toEqual(["review"]);
    expect(subjects(repo.dir, `${passTip}..orchestrator/W-1`)).toEqual(["orchestrator(W-1): passed", "orchestrator(W-1): recovered work"]);
  }, 120_000);

  it("work a stopped run left that holds a secret is not recovered: SECRET, nothing committed, the worktree kept, the branch withheld", async () => {
    const scenarios: Record<string, IssueScenario> = {
      "V-1": { dev: { actions: [addFilePatch("v.txt", ["v"])], answer: { kind: "http-error", status: 500 } } },
      "V-2": { dev: { answer: answers.dev() }, review: [{ answer: answers.pass() }] },
    };
    const { repo, env, server } = await setupRun(cleanup, { "docs/issues/V-1.md": doc("V-1", "M1"), "docs/issues/V-2.md": doc("V-2", "M1") }, scenarios);
    expect((await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env })).code).toBe(1);
    const tip = git(repo.dir, "rev-parse", "orchestrator/V-1");
    // As a killed run would leave it: the issue's worktree with a file the agent wrote, holding the model key.
    const worktree = join(repo.dir, ".orchestrator/worktrees/V-1");
    git(repo.dir, "worktree", "add", "-q", worktree, "orchestrator/V-1");
    writeFileSync(join(worktree, "leak.txt"), `key=${OFFLINE_KEY}\n`);

    const mark = server.requests.length;
    const result = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(result.code).toBe(1);
    const run = byId(latestRun(repo.dir)) as Record<string, IssueJson & { withheld?: string; worktree: string | null }>;
    expect(run["V-1"]).toMatchObject({ status: "failed", phases: [], worktree: ".orchestrator/worktrees/V-1", withheld: expect.any(String) });
    expect(run["V-1"]?.reason).toContain("leak.txt holds a secret");
    expect(requestsFor(server, mark, "V-1")).toBe(0);
    expect(git(repo.dir, "rev-parse", "orchestrator/V-1")).toBe(tip);
    expect(readFileSync(join(worktree, "leak.txt"), "utf8")).toBe(`key=${OFFLINE_KEY}\n`);
    expect(result.stdout).not.toContain(OFFLINE_KEY);
    expect(run["V-2"]).toMatchObject({ status: "passed" });
  }, 120_000);

  it("--issue stacks on a dependency that passed in an earlier run; a branch without engine work starts with dev", async () => {
    const scenarios: Record<string, IssueScenario> = {
      "I-1": { dev: { actions: [addFilePatch("i1.txt", ["one"])], answer: answers.dev() }, review: [{ answer: answers.pass() }] },
      "I-2": { dev: { actions: [{ kind: "command", cmd: "cat i1.txt > seen.txt" }], answer: answers.dev() }, review: [{ answer: answers.pass() }] },
    };
    const { repo, env, server } = await setupRun(cleanup, { "docs/issues/I-1.md": doc("I-1", "M1"), "docs/issues/I-2.md": doc("I-2", "M1", ["I-1"]) }, scenarios);
    expect((await runCli(["run", "--milestone", "M1", "--issue", "I-1"], { cwd: repo.dir, env })).code).toBe(0);
    // A branch the user made for I-2, with no engine work on it.
    git(repo.dir, "branch", "orchestrator/I-2", "main");
    const mark = server.requests.length;
    const result = await runCli(["run", "--milestone", "M1", "--issue", "I-2"], { cwd: repo.dir, env });
    expect(result.code).toBe(0);
    const run = byId(latestRun(repo.dir));
    expect(run["I-2"]).toMatchObject({ status: "passed", resumed: { state: "untouched" } });
    expect(phasesOf(run["I-2"] as IssueJson)).toEqual(["dev#1", "review#1"]);
    expect(git(repo.dir, "show", "orchestrator/I-2:seen.txt")).toBe("one");
    expect(requestsFor(server, mark, "I-1")).toBe(0);
  }, 120_000);

  it("SIGINT mid-phase, rerun: the interrupted work is committed as recovered work, reviewed, and the run finishes", async () => {
    const scenarios: Record<string, IssueScenario> = {
      "S-1": { dev: { actions: [addFilePatch("wip.txt", ["half done"]), { kind: "command", cmd: "echo started" }], answer: { kind: "hang" } } },
      "S-2": { dev: { answer: answers.dev() }, review: [{ answer: answers.pass() }] },
    };
    const { repo, env } = await setupRun(cleanup, { "docs/issues/S-1.md": doc("S-1", "M1"), "docs/issues/S-2.md": doc("S-2", "M1") }, scenarios);
    let sent = false;
    const cli = startCli(["run", "--milestone", "M1"], {
      cwd: repo.dir,
      env,
      onOutput: (chunk) => {
        if (!sent && chunk.includes("echo started")) {
          sent = true;
          setTimeout(() => cli.child.kill("SIGINT"), 300);
        }
      },
    });
    expect((await cli.done).code).toBe(130);
    expect(readFileSync(join(repo.dir, ".orchestrator/worktrees/S-1/wip.txt"), "utf8")).toBe("half done\n");

    scenarios["S-1"] = { review: [{ answer: answers.pass() }] };
    const result = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(result.code).toBe(0);
    const run = byId(latestRun(repo.dir));
    const recovered = git(repo.dir, "rev-parse", "orchestrator/S-1~1");
    expect(run["S-1"]).toMatchObject({ status: "passed", resumed: { state: "untouched", recovered } });
    expect(phasesOf(run["S-1"] as IssueJson)).toEqual(["review#1"]);
    expect(subjects(repo.dir, "main..orchestrator/S-1")).toEqual(["orchestrator(S-1): passed", "orchestrator(S-1): recovered work"]);
    expect(git(repo.dir, "show", "orchestrator/S-1:wip.txt")).toBe("half done");
    expect(trailersOf(repo.dir, recovered)).toBe("Orchestrator-Issue: S-1\nOrchestrator-Phase: recovered");
    expect(result.stdout).toContain("(recovered work)");
    expect(existsSync(join(repo.dir, ".orchestrator/worktrees/S-1"))).toBe(false);
  }, 120_000);

  it("resumes from a branch restored out of a bundle, and from a branch that exists only on origin (fetched, tracked)", async () => {
    const scenarios: Record<string, IssueScenario> = {
      "B-1": { dev: { actions: [addFilePatch("b1.txt", ["one"])], answer: answers.dev() }, review: [{ answer: { kind: "http-error", status: 500 } }] },
    };
    const { repo, env, server } = await setupRun(cleanup, { "docs/issues/B-1.md": doc("B-1", "M1") }, scenarios);
    expect((await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env })).code).toBe(1);
    scenarios["B-1"] = { review: [{ answer: answers.pass() }] };

    const scratch = realpathSync(mkdtempSync(join(tmpdir(), "orchestrator-resume-")));
    cleanup(() => rmSync(scratch, { recursive: true, force: true }));

    // Another machine: a clone of main only, the issue branch restored from a bundle.
    const bundle = join(scratch, "branches.bundle");
    git(repo.dir, "bundle", "create", bundle, "refs/heads/orchestrator/B-1");
    const machine = join(scratch, "machine");
    git(scratch, "clone", "-q", "--single-branch", "-b", "main", repo.dir, machine);
    git(machine, "remote", "remove", "origin");
    git(machine, "fetch", "-q", bundle, "refs/heads/orchestrator/B-1:refs/heads/orchestrator/B-1");
    let mark = server.requests.length;
    const restored = await runCli(["run", "--milestone", "M1"], { cwd: machine, env });
    expect(restored.code).toBe(0);
    expect(byId(latestRun(machine))["B-1"]).toMatchObject({ status: "passed", resumed: { state: "unfinished", source: "local", lastPhase: "dev" } });
    expect(server.requests.slice(mark).map((r) => r.phase)).toEqual(["review"]);

    // CI: a bare origin holds the unfinished branch; the checkout has only main.
    const origin = join(scratch, "origin.git");
    git(scratch, "clone", "-q", "--bare", repo.dir, origin);
    const ci = join(scratch, "ci");
    git(scratch, "clone", "-q", "--single-branch", "-b", "main", origin, ci);
    expect(git(ci, "for-each-ref", "refs/remotes/origin/orchestrator/")).toBe("");
    const originTip = git(origin, "rev-parse", "refs/heads/orchestrator/B-1");
    mark = server.requests.length;
    const fromOrigin = await runCli(["run", "--milestone", "M1"], { cwd: ci, env });
    expect(fromOrigin.code).toBe(0);
    expect(byId(latestRun(ci))["B-1"]).toMatchObject({ status: "passed", resumed: { state: "unfinished", source: "origin", commit: originTip } });
    expect(server.requests.slice(mark).map((r) => r.phase)).toEqual(["review"]);
    // A local branch that continues origin's; origin itself is untouched (no push configured).
    expect(fromOrigin.stdout).toContain("resuming orchestrator/B-1 (tracked from origin/orchestrator/B-1)");
    expect(git(ci, "merge-base", "--is-ancestor", originTip, "orchestrator/B-1")).toBe("");
    expect(git(origin, "rev-parse", "refs/heads/orchestrator/B-1")).toBe(originTip);
    execFileSync("git", ["-C", ci, "fsck", "--no-progress"], { stdio: "ignore" });
  }, 180_000);
});
