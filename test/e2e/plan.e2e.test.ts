import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { git, issueDoc, makeRepo, runCli, type FixtureRepo } from "../support/fixture-repo";

const repos: FixtureRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

function repoWith(files: Record<string, string>, config: unknown = {}): FixtureRepo {
  const repo = makeRepo({ "orchestrator.config.json": JSON.stringify(config), ...files });
  repos.push(repo);
  return repo;
}

describe("orchestrator plan (dist/cli.js)", () => {
  it("orders a milestone with mixed dependency fields, a done issue and a cross-milestone dependency", async () => {
    const repo = repoWith(
      {
        "docs/issues/ISSUE-10.md": issueDoc({ milestone: "M1", depends_on: "ISSUE-2" }, "# Ten"),
        "docs/issues/ISSUE-2.md": issueDoc({ milestone: "M1", blocked_by: ["ISSUE-1"] }, "# Two"),
        "docs/issues/ISSUE-1.md": issueDoc({ milestone: "M1", depends_on: ["ISSUE-0"] }, "# One"),
        "docs/issues/ISSUE-0.md": issueDoc({ milestone: "M1", status: "done" }, "# Zero"),
        "docs/issues/ISSUE-3.md": issueDoc({ milestone: 1, title: "Three" }, "# not the title"),
        "docs/issues/ISSUE-9.md": issueDoc({ milestone: "M1", depends_on: ["OTHER-1"] }, "# Nine"),
        "docs/issues/other/OTHER-1.md": issueDoc({ milestone: "M0" }, "# Other"),
      },
      { issues: { dependencyFields: ["depends_on", "blocked_by"] } },
    );
    const before = git(repo.dir, "status", "--porcelain");
    const result = await runCli(["plan", "--milestone", "M1", "--json"], { cwd: repo.dir });
    expect(result.stderr).toContain("OTHER-1");
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout);
    expect(plan.issues.map((i: { id: string }) => i.id)).toEqual(["ISSUE-1", "ISSUE-2", "ISSUE-9", "ISSUE-10"]);
    expect(plan.issues[1]).toMatchObject({ id: "ISSUE-2", title: "Two", waitsFor: ["ISSUE-1"], branch: "orchestrator/ISSUE-2" });
    expect(plan.issues[0].waitsFor).toEqual([]);
    expect(plan.warnings.join("\n")).toMatch(/ISSUE-9.*OTHER-1/);

    // A numeric milestone is compared as a string; the front-matter title wins over the heading.
    const m1 = await runCli(["plan", "-m", "1", "--json"], { cwd: join(repo.dir, "docs") });
    expect(JSON.parse(m1.stdout).issues).toMatchObject([{ id: "ISSUE-3", title: "Three" }]);

    // Human output and --issue.
    const human = await runCli(["plan", "--milestone", "M1", "--issue", "ISSUE-2"], { cwd: repo.dir });
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/1\s+ISSUE-2\s+-\s+Two/);
    expect(human.stdout).not.toContain("ISSUE-10");

    // Nothing was written: plan is read-only.
    expect(git(repo.dir, "status", "--porcelain")).toBe(before);
    expect(existsSync(join(repo.dir, ".orchestrator"))).toBe(false);
  });

  it("prints nothing to do for a milestone whose issues are all done and exits 0; an unknown milestone exits 2", async () => {
    const repo = repoWith({ "docs/issues/A.md": issueDoc({ milestone: "M1", status: "done" }) });
    const result = await runCli(["plan", "--milestone", "M1"], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("nothing to do — every issue of M1 is done");
    expect((await runCli(["plan", "--milestone", "M9"], { cwd: repo.dir })).code).toBe(2);
  });

  it("exits 2 for an --issue outside the milestone", async () => {
    const repo = repoWith({ "docs/issues/A.md": issueDoc({ milestone: "M1" }), "docs/issues/B.md": issueDoc({ milestone: "M2" }) });
    const result = await runCli(["plan", "--milestone", "M1", "--issue", "B"], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("B");
    expect(result.stderr).toContain("M2");
  });

  describe("issue-doc errors exit 2 before anything runs, all reported together", () => {
    it("invalid YAML names the file and line", async () => {
      const repo = repoWith({ "docs/issues/BAD.md": "---\nid: BAD\nmilestone: M1: M2\n---\n# Bad\n" });
      const result = await runCli(["plan", "--milestone", "M1"], { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("docs/issues/BAD.md:3");
    });

    it("a duplicate id names both files", async () => {
      const repo = repoWith({
        "docs/issues/a.md": issueDoc({ id: "X-1", milestone: "M1" }),
        "docs/issues/b.md": issueDoc({ id: "X-1", milestone: "M1" }),
      });
      const result = await runCli(["plan", "--milestone", "M1"], { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("docs/issues/a.md");
      expect(result.stderr).toContain("docs/issues/b.md");
    });

    it("an unknown dependency names the issue and the missing id", async () => {
      const repo = repoWith({ "docs/issues/A.md": issueDoc({ milestone: "M1", depends_on: ["GHOST-7"] }) });
      const result = await runCli(["plan", "--milestone", "M1"], { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("GHOST-7");
      expect(result.stderr).toContain("docs/issues/A.md");
    });

    it("a cycle is printed as A -> B -> C -> A", async () => {
      const repo = repoWith({
        "docs/issues/A.md": issueDoc({ milestone: "M1", depends_on: "C" }),
        "docs/issues/B.md": issueDoc({ milestone: "M1", depends_on: "A" }),
        "docs/issues/C.md": issueDoc({ milestone: "M1", depends_on: "B" }),
      });
      const result = await runCli(["plan", "--milestone", "M1"], { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/A -> [BC] -> [BC] -> A/);
    });

    it("an unsafe id is refused", async () => {
      const repo = repoWith({ "docs/issues/x.md": issueDoc({ id: "../../etc", milestone: "M1" }) });
      const result = await runCli(["plan", "--milestone", "M1"], { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("../../etc");
    });

    it("every problem at once", async () => {
      const repo = repoWith({
        "docs/issues/a.md": issueDoc({ id: "X-1", milestone: "M1", depends_on: "NOPE" }),
        "docs/issues/b.md": issueDoc({ id: "X-1", milestone: "M1" }),
        "docs/issues/c.md": "---\nmilestone: : :\n---\n",
      });
      const result = await runCli(["plan", "--milestone", "M1"], { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("NOPE");
      expect(result.stderr).toContain("docs/issues/b.md");
      expect(result.stderr).toContain("docs/issues/c.md");
    });
  });

  it("config errors: none found says where it looked and how to create one; invalid keys are all listed", async () => {
    const bare = makeRepo();
    repos.push(bare);
    const none = await runCli(["plan", "--milestone", "M1"], { cwd: bare.dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(bare.dir);
    expect(none.stderr).toContain("orchestrator init");

    const repo = repoWith({}, { runner: { sandbox: "yolo", phaseTimeoutMinutes: "soon" }, reviw: {} });
    const bad = await runCli(["validate"], { cwd: repo.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("runner.sandbox");
    expect(bad.stderr).toContain("runner.phaseTimeoutMinutes");
    expect(bad.stderr).toContain("reviw");
    const badJson = await runCli(["validate", "--json"], { cwd: repo.dir });
    expect(badJson.code).toBe(2);
    const body = JSON.parse(badJson.stdout) as { ok: boolean; problems: { code: string; key?: string; file?: string }[] };
    expect(body.ok).toBe(false);
    expect(body.problems.map((p) => p.key).sort()).toEqual(["reviw", "runner.phaseTimeoutMinutes", "runner.sandbox"]);
    expect(new Set(body.problems.map((p) => p.code))).toEqual(new Set(["CONFIG_INVALID"]));
  });

  it("usage errors exit 2; --help and --version exit 0", async () => {
    const repo = repoWith({});
    expect((await runCli(["plan"], { cwd: repo.dir })).code).toBe(2);
    expect((await runCli(["plan", "--milestone", "M1", "--bogus"], { cwd: repo.dir })).code).toBe(2);
    const help = await runCli(["--help"], { cwd: repo.dir });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("run");
    const version = await runCli(["--version"], { cwd: repo.dir });
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("init writes a config and an example issue doc that validate and plan accept", async () => {
    const repo = makeRepo();
    repos.push(repo);
    const init = await runCli(["init"], { cwd: repo.dir });
    expect(init.code).toBe(0);
    expect(existsSync(join(repo.dir, "orchestrator.config.mjs"))).toBe(true);
    // validate includes the run's preflight: the default provider needs a credential (a login here) and a
    // reachable endpoint (moved to a loopback listener: tests never leave 127.0.0.1).
    const listener = createServer((socket) => socket.destroy());
    await new Promise<void>((r) => listener.listen(0, "127.0.0.1", r));
    const home = mkdtempSync(join(tmpdir(), "orchestrator-login-"));
    writeFileSync(join(home, "auth.json"), "{}");
    const env = { CODEX_HOME: home, OPENAI_API_KEY: "", CODEX_API_KEY: "", OPENAI_BASE_URL: `http://127.0.0.1:${(listener.address() as { port: number }).port}/v1` };
    const validated = await runCli(["validate", "--json"], { cwd: repo.dir, env });
    const noLogin = await runCli(["validate"], { cwd: repo.dir, env: { ...env, CODEX_HOME: join(home, "none") } });
    listener.close();
    rmSync(home, { recursive: true, force: true });
    expect(noLogin.stderr).toContain("no OpenAI credential");
    expect(JSON.parse(validated.stdout)).toEqual({ ok: true, config: "orchestrator.config.mjs", issues: 1, problems: [] });
    const plan = await runCli(["plan", "--milestone", "M1", "--json"], { cwd: repo.dir });
    expect(JSON.parse(plan.stdout).issues.map((i: { id: string }) => i.id)).toEqual(["EXAMPLE-1"]);
    const again = await runCli(["init"], { cwd: repo.dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("already exists");
  });
});
