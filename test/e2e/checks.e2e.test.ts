import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { git, issueDoc, runCli, startCli } from "../support/fixture-repo";
import { addFilePatch, answers, type IssueScenario } from "../../src/scripted-model/server";
import { latestRunDir, mainState, readJson, setupRun, useCleanups } from "../support/run-setup";

/**
 * Issue #18 end to end (dist/cli.js, real codex binary, scripted model): the engine runs the repository's
 * checks itself, sandboxed as the agent, and the verdict rests on them; the loop stops when a fix changes
 * nothing; nits alone never cost a cycle.
 */

const cleanup = useCleanups();
const doc = (id: string) => issueDoc({ id, milestone: "M1" }, `# Issue ${id}\n\nDo ${id}.`);
type Phase = { phase: string; attempt: number; status: string; checks: { name: string; status: string; exitCode: number | null }[] | null };
const checkStates = (phases: Phase[]) => phases.map((p) => `${p.phase}#${p.attempt}:${p.checks ? p.checks.map((c) => `${c.name}=${c.status}`).join(",") : "-"}`);

describe("checks the engine runs itself, and a loop that stops when it stops helping", () => {
  it("a failing check overrules a review pass and is fixed; still red after maxCycles caps; a no-op fix stops early; nits alone pass", async () => {
    const nitOnly = {
      phase: "review",
      status: "fail",
      summary: "only style remarks",
      findings: [{ id: "F1", severity: "nit", path: "a.txt", line: 1, message: "prefer a capital letter", suggestion: null }],
    };
    const scenarios: Record<string, IssueScenario> = {
      // Review #1 says pass, but `fixed` fails: the engine asks for a fix, which makes it green.
      "K-1": {
        dev: { actions: [addFilePatch("a.txt", ["a"])], answer: answers.dev() },
        review: [{ answer: answers.pass("claims all is well") }, { answer: answers.pass() }],
        fix: [{ actions: [addFilePatch("fixed.txt", ["fixed"])], answer: answers.fix(["check:fixed"]) }],
      },
      // The fixes change files, but never the one the check wants.
      "K-2": {
        dev: { actions: [addFilePatch("b.txt", ["b"])], answer: answers.dev() },
        review: [{ answer: answers.pass() }],
        fix: [{ actions: [addFilePatch("b1.txt", ["x"])], answer: answers.fix(["check:fixed"]) }, { actions: [addFilePatch("b2.txt", ["y"])], answer: answers.fix(["check:fixed"]) }],
      },
      // The fix answers "done" without touching a file.
      "K-3": {
        dev: { actions: [addFilePatch("c.txt", ["c"])], answer: answers.dev() },
        review: [{ answer: answers.fail("c is wrong") }],
        fix: [{ answer: answers.fix(["F1"], "nothing to change, really") }],
      },
      // The review (told not to change anything) deletes what the check wants, then says pass.
      "K-5": {
        dev: { actions: [addFilePatch("fixed.txt", ["fixed"])], answer: answers.dev() },
        review: [{ actions: [{ kind: "command", cmd: "rm fixed.txt" }], answer: answers.pass() }, { answer: answers.pass() }],
        fix: [{ actions: [addFilePatch("fixed.txt", ["fixed again"])], answer: answers.fix(["check:fixed"]) }],
      },
      // Green checks and a review failing on a nit only: passed without a fix.
      "K-4": { dev: { actions: [addFilePatch("fixed.txt", ["fixed"])], answer: answers.dev() }, review: [{ answer: nitOnly }] },
    };
    const { repo, env } = await setupRun(cleanup, { "docs/issues/K-1.md": doc("K-1"), "docs/issues/K-2.md": doc("K-2"), "docs/issues/K-3.md": doc("K-3"), "docs/issues/K-4.md": doc("K-4"), "docs/issues/K-5.md": doc("K-5") }, scenarios, {
      checks: [
        { name: "fixed", run: "test -f fixed.txt || { echo 'fixed.txt is missing' >&2; exit 1; }" },
        // The checks' environment holds no secret: the scripted model's key is in runner.env.
        { name: "no secrets", run: '! env | grep -q sk-scripted && echo "env clean"' },
      ],
    });
    const before = mainState(repo.dir);

    const result = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    const runDir = latestRunDir(join(repo.dir, ".orchestrator/logs"));
    const run = readJson(join(runDir, "run.json"));
    const byId = Object.fromEntries(run.issues.map((i: { id: string }) => [i.id, i]));

    // K-1: pass overruled, fixed, passed.
    expect(byId["K-1"]).toMatchObject({ status: "passed", reviews: 2, fixes: 1, reason: null });
    expect(checkStates(byId["K-1"].phases)).toEqual(["dev#1:fixed=failed,no secrets=passed", "review#1:-", "fix#1:fixed=passed,no secrets=passed", "review#2:-"]);
    expect(byId["K-1"].phases[0].checks[0]).toMatchObject({ exitCode: 1 });
    const review1 = readJson(join(runDir, "K-1/02-review.json"));
    expect(review1.status).toBe("pass");
    expect(review1.verdict).toMatchObject({ status: "fail", note: "review #1 pass overruled: check fixed failed (exit 1)" });
    expect(review1.verdict.added).toEqual([expect.objectContaining({ id: "check:fixed", severity: "blocker" })]);
    expect(review1.verdict.added[0].message).toMatch(/^check fixed failed \(exit 1\); the end of its output:\nfixed.txt is missing$/);
    expect(readJson(join(runDir, "K-1/01-dev.json")).checks).toEqual([
      expect.objectContaining({ name: "fixed", status: "failed", exitCode: 1, tail: "fixed.txt is missing" }),
      expect.objectContaining({ name: "no secrets", status: "passed", exitCode: 0, tail: "env clean" }),
    ]);
    const log = readFileSync(join(runDir, "K-1/01-checks.log"), "utf8");
    expect(log).toContain("== check fixed: test -f fixed.txt");
    expect(log).toContain("fixed.txt is missing\n== failed (exit 1) in");
    expect(log).not.toContain("orchestrator-check-started");
    expect(readFileSync(join(runDir, "K-1/03-checks.log"), "utf8")).toMatch(/== check fixed[^\n]*\n== passed in/);
    // The review got the checks; the fix got the engine's finding; review #2 the previous findings and what the fix addressed.
    expect(readFileSync(join(runDir, "K-1/02-review.prompt.md"), "utf8")).toContain("- fixed (`test -f fixed.txt || { echo 'fixed.txt is missing' >&2; exit 1; }`): FAILED (exit 1)");
    const fixPrompt = readFileSync(join(runDir, "K-1/03-fix.prompt.md"), "utf8");
    expect(fixPrompt).toContain('"id": "check:fixed"');
    expect(fixPrompt).toContain("smallest change");
    const review2Prompt = readFileSync(join(runDir, "K-1/04-review.prompt.md"), "utf8");
    expect(review2Prompt).toContain('"id": "check:fixed"');
    expect(review2Prompt).toMatch(/"addressed": \[\s*"check:fixed"\s*\]/);
    expect(review2Prompt).toContain("- fixed (`test -f fixed.txt || { echo 'fixed.txt is missing' >&2; exit 1; }`): passed");
    expect(review2Prompt).toContain("Reuse the `id` of every finding that is still open");

    // K-2: still red after review.maxCycles (2) fixes.
    expect(byId["K-2"]).toMatchObject({ status: "capped", reviews: 3, fixes: 2 });
    expect(byId["K-2"].reason).toBe("review still fails after 2 fixes (review.maxCycles = 2): check fixed failed (exit 1)");

    // K-3: the fix changed nothing: capped at once, no second review.
    expect(byId["K-3"]).toMatchObject({ status: "capped", reviews: 1, fixes: 1, reason: "fix #1 made no changes" });
    expect(byId["K-3"].phases.map((p: Phase) => `${p.phase}#${p.attempt}`)).toEqual(["dev#1", "review#1", "fix#1"]);
    expect(readJson(join(runDir, "K-3/03-fix.json")).commit).toBeNull();

    // K-4: a fail with nits only counts as pass; the finding stays in the log.
    expect(byId["K-4"]).toMatchObject({ status: "passed", reviews: 1, fixes: 0 });
    const k4 = readJson(join(runDir, "K-4/02-review.json"));
    expect(k4).toMatchObject({ status: "fail", output: { findings: [{ id: "F1", severity: "nit" }] }, verdict: { status: "pass" } });
    expect(k4.verdict.note).toBe("review #1 fail counts as pass: its findings (nit) are below review.failOn");

    // K-5: the review's own change is checked too, and its pass overruled.
    expect(byId["K-5"]).toMatchObject({ status: "passed", reviews: 2, fixes: 1 });
    expect(checkStates(byId["K-5"].phases)).toEqual(["dev#1:fixed=passed,no secrets=passed", "review#1:fixed=failed,no secrets=passed", "fix#1:fixed=passed,no secrets=passed", "review#2:-"]);
    expect(readJson(join(runDir, "K-5/02-review.json")).verdict).toMatchObject({ status: "fail", note: "review #1 pass overruled: check fixed failed (exit 1)" });

    // One line per check, and the verdicts, on the terminal.
    expect(result.stdout).toMatch(/✗ check fixed failed \(exit 1\) \(\d+\.\ds\)/);
    expect(result.stdout).toMatch(/✓ check no secrets passed/);
    expect(result.stdout).toContain("⚖ review #1 pass overruled: check fixed failed (exit 1)");
    expect(result.stdout).toMatch(/K-3\s+capped\s+1 review, 1 fix\s.*fix #1 made no changes/);
    expect(mainState(repo.dir)).toEqual(before);
  }, 300_000);

  it("a check cannot write outside the worktree although the repository lives under /tmp; one that cannot start fails the issue naming it", async () => {
    const outside = realpathSync(mkdtempSync(join(tmpdir(), "orchestrator-check-outside-")));
    cleanup(() => rmSync(outside, { recursive: true, force: true }));
    const scenarios: Record<string, IssueScenario> = { "E-1": { dev: { answer: answers.dev() }, review: [{ answer: answers.pass() }] } };
    const { repo, env } = await setupRun(cleanup, { "docs/issues/E-1.md": doc("E-1") }, scenarios, { review: { maxCycles: 0 }, checks: [] });
    expect(repo.dir.startsWith(`${realpathSync(tmpdir())}/`)).toBe(true);
    const config = JSON.parse(readFileSync(join(repo.dir, "orchestrator.config.json"), "utf8"));
    config.checks = [
      { name: "main worktree", run: `echo pwned > ${repo.dir}/planted.txt` },
      { name: "git dir", run: `echo x > ${repo.dir}/.git/info/attacker` },
      { name: "branch", run: "git branch evil" },
      { name: "tmp", run: `echo x > ${outside}/escaped` },
      { name: "own worktree", run: 'echo mine > mine.txt && touch "$TMPDIR/scratch" && cat mine.txt' },
    ];
    repo.write("orchestrator.config.json", JSON.stringify(config, null, 2));
    repo.commitAll("checks");
    const before = { ...mainState(repo.dir), refs: git(repo.dir, "for-each-ref", "--format=%(objectname) %(refname)") };

    const result = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(result.code, result.stdout + result.stderr).toBe(1);
    const runDir = latestRunDir(join(repo.dir, ".orchestrator/logs"));
    const dev = readJson(join(runDir, "E-1/01-dev.json"));
    expect(dev.checks.map((c: { name: string; status: string }) => `${c.name}=${c.status}`)).toEqual(["main worktree=failed", "git dir=failed", "branch=failed", "tmp=failed", "own worktree=passed"]);
    for (const c of dev.checks.slice(0, 4)) expect(c.tail, c.name).toMatch(/Read-only file system|cannot lock ref|Permission denied/);
    expect(existsSync(join(repo.dir, "planted.txt"))).toBe(false);
    expect(existsSync(join(repo.dir, ".git/info/attacker"))).toBe(false);
    expect(existsSync(join(outside, "escaped"))).toBe(false);
    const run = readJson(join(runDir, "run.json"));
    expect(run.issues[0]).toMatchObject({ status: "capped", reason: expect.stringContaining("check main worktree failed (exit 2)") });
    // What the check wrote in its own worktree is the issue's work, committed with the next phase.
    expect(git(repo.dir, "show", "orchestrator/E-1:mine.txt")).toBe("mine");
    const branch = git(repo.dir, "rev-parse", "refs/heads/orchestrator/E-1");
    expect({ ...mainState(repo.dir), refs: git(repo.dir, "for-each-ref", "--format=%(objectname) %(refname)") }).toEqual({
      ...before,
      refs: `${before.refs}\n${branch} refs/heads/orchestrator/E-1`.split("\n").sort((a, b) => a.split(" ")[1]!.localeCompare(b.split(" ")[1]!)).join("\n"),
    });

    // A check whose command does not exist is a clear error naming it, not a failed test.
    config.checks = [{ name: "build", run: "no-such-build-tool --all" }];
    repo.write("orchestrator.config.json", JSON.stringify(config, null, 2));
    repo.commitAll("a check that cannot start");
    scenarios["E-2"] = { dev: { answer: answers.dev() }, review: [{ answer: answers.pass() }] };
    repo.write("docs/issues/E-2.md", doc("E-2"));
    repo.commitAll("E-2");
    const second = await runCli(["run", "--milestone", "M1", "--issue", "E-2"], { cwd: repo.dir, env });
    expect(second.code).toBe(1);
    const run2 = readJson(join(latestRunDir(join(repo.dir, ".orchestrator/logs")), "run.json"));
    expect(run2.issues[0]).toMatchObject({ id: "E-2", status: "failed", reviews: 0 });
    expect(run2.issues[0].reason).toMatch(/^dev #1 error: check build cannot start: .*no-such-build-tool: not found \(exit 127\)$/);
    expect(second.stdout).toContain("check build cannot start");
  }, 240_000);

  it("Ctrl-C during a check ends it with everything it started, writes run.json and exits 130", async () => {
    const marker = "93.71";
    const sleeping = () => execFileSync("ps", ["-eo", "args"], { encoding: "utf8" }).split("\n").filter((l) => l.startsWith(`sleep ${marker}`));
    const { repo, env } = await setupRun(
      cleanup,
      { "docs/issues/I-1.md": doc("I-1"), "docs/issues/I-2.md": doc("I-2") },
      { "I-1": { dev: { actions: [addFilePatch("i.txt", ["i"])], answer: answers.dev() } }, "I-2": { dev: { answer: answers.dev() } } },
      { checks: [{ name: "long", run: `echo begun; sleep ${marker} & sleep ${marker}; wait` }] },
    );
    const cli = startCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    cleanup(() => void cli.child.kill("SIGKILL"));
    // Interrupt once the check's processes run.
    const deadline = Date.now() + 60_000;
    while (sleeping().length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(sleeping()).toHaveLength(2);
    cli.child.kill("SIGINT");
    const result = await cli.done;
    expect(result.code, result.stdout + result.stderr).toBe(130);
    expect(sleeping()).toEqual([]);
    const runDir = latestRunDir(join(repo.dir, ".orchestrator/logs"));
    const run = readJson(join(runDir, "run.json"));
    expect(run).toMatchObject({ interrupted: true, issues: [{ id: "I-1", status: "failed", worktree: ".orchestrator/worktrees/I-1" }, { id: "I-2", status: "skipped" }] });
    expect(readJson(join(runDir, "I-1/01-dev.json"))).toMatchObject({ status: "interrupted", error: { code: "ABORTED" }, checks: [{ name: "long", status: "aborted" }] });
    expect(readFileSync(join(runDir, "I-1/01-checks.log"), "utf8")).toMatch(/^== check long: [^\n]*\nbegun\n== aborted in/);
    // The dev's work was committed before the check ran.
    expect(git(repo.dir, "show", "orchestrator/I-1:i.txt")).toBe("i");
  }, 120_000);

  it("a rerun that resumes with a review runs the checks first: a red check still overrules the pass", async () => {
    const { repo, env } = await setupRun(
      cleanup,
      { "docs/issues/R-1.md": doc("R-1") },
      { "R-1": { dev: { actions: [addFilePatch("r.txt", ["r"])], answer: answers.dev() }, review: [{ answer: answers.pass() }] } },
      { review: { maxCycles: 0 }, checks: [{ name: "fixed", run: "test -f fixed.txt" }] },
    );
    const first = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(first.code, first.stdout + first.stderr).toBe(1);
    // The rerun starts with a review (the branch holds engine work) and no dev: the checks run before it.
    const second = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(second.code, second.stdout + second.stderr).toBe(1);
    const runDir = latestRunDir(join(repo.dir, ".orchestrator/logs"));
    const run = readJson(join(runDir, "run.json"));
    expect(run.issues[0]).toMatchObject({ id: "R-1", status: "capped", reviews: 1, fixes: 0, reason: "review still fails after 0 fixes (review.maxCycles = 0): check fixed failed (exit 1)" });
    expect(checkStates(run.issues[0].phases)).toEqual(["review#1:fixed=failed"]);
    const review = readJson(join(runDir, "R-1/01-review.json"));
    expect(review).toMatchObject({ status: "pass", verdict: { status: "fail" }, checks: [{ name: "fixed", status: "failed" }] });
    expect(readFileSync(join(runDir, "R-1/01-review.prompt.md"), "utf8")).toContain("- fixed (`test -f fixed.txt`): FAILED (exit 1)");
    expect(readFileSync(join(runDir, "R-1/01-checks.log"), "utf8")).toContain("== check fixed: test -f fixed.txt");
    expect(second.stdout).toContain("⚖ review #1 pass overruled: check fixed failed (exit 1)");
  }, 120_000);
});
