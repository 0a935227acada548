import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { gitDirectories, globEscape, trackedWorktreesRootProblem } from "../../src/config/safe-paths";
import { validateConfig } from "../../src/config/validate";
import type { Problem, Result } from "../../src/errors";
import { GitGuard } from "../../src/git/guard";
import { git, makeRepo, type FixtureRepo } from "../support/fixture-repo";

const repos: FixtureRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});
function repo(files: Record<string, string> = {}): FixtureRepo {
  const r = makeRepo(files);
  repos.push(r);
  return r;
}

function problems<T>(result: Result<T>): Problem[] {
  if (result.ok) throw new Error("expected a failure");
  return result.problems;
}
const FILE = "orchestrator.config.json";

describe("config values that would damage the repository (issue 14)", () => {
  it("refuses logs.root and worktrees.root inside .git, however they are spelled, with their key path", () => {
    const { dir } = repo();
    symlinkSync(".git/refs", join(dir, "sneaky"));
    for (const [logs, worktrees] of [
      [".git/refs/heads", ".git"],
      ["a/../.git/hooks", "x/.GIT/y"],
      ["sneaky/heads", "sneaky/tags/new"],
    ] as const) {
      const found = problems(validateConfig({ logs: { root: logs }, worktrees: { root: worktrees } }, FILE, dir));
      expect(found.map((p) => [p.code, p.key, p.file])).toEqual([
        ["CONFIG_INVALID", "logs.root", FILE],
        ["CONFIG_INVALID", "worktrees.root", FILE],
      ]);
      expect(found[0]?.message).toContain("inside the repository's git directory");
    }
    expect(validateConfig({ logs: { root: "gitlogs/.gitkeep-dir" }, worktrees: { root: "wt" } }, FILE, dir).ok).toBe(true);
  });

  it("checks the default roots too: a committed .orchestrator -> .git link is refused", () => {
    const { dir } = repo();
    symlinkSync(".git", join(dir, ".orchestrator"));
    const found = problems(validateConfig({}, FILE, dir));
    expect(found.map((p) => p.key)).toEqual(["logs.root", "worktrees.root"]);
    expect(found[0]?.message).toBe(`".orchestrator/logs" (through a symbolic link: ${join(dir, ".git/logs")}) is inside the repository's git directory (${join(dir, ".git")}); the engine would write its files among git's refs and objects`);
  });

  it("finds the git dir of a separate-git-dir repository and the common dir of a linked worktree", () => {
    const main = repo();
    git(main.dir, "worktree", "add", "-q", "-b", "side", join(main.dir, "side"));
    const linked = join(main.dir, "side");
    expect(gitDirectories(linked)).toEqual(expect.arrayContaining([join(main.dir, ".git/worktrees/side"), join(main.dir, ".git")]));
    // From the linked worktree, the main repository's .git is outside anyway; its own pointer target is refused.
    const sep = repo();
    const other = join(sep.dir, "gitdata");
    git(sep.dir, "init", "-q", `--separate-git-dir=${other}`);
    const found = problems(validateConfig({ logs: { root: "gitdata/logs" } }, FILE, sep.dir));
    expect(found).toEqual([expect.objectContaining({ key: "logs.root", message: expect.stringContaining(other) })]);
  });

  it("refuses issue globs that reach outside the repository, naming the entry", () => {
    const { dir } = repo();
    expect(globEscape(dir, "docs/issues/**/*.md")).toBeUndefined();
    expect(globEscape(dir, `${dir}/docs/*.md`)).toBeUndefined();
    expect(globEscape(dir, "docs/../issues/*.md")).toBeUndefined();
    expect(globEscape(dir, "!../x.md")).toBeUndefined();
    const found = problems(validateConfig({ issues: { paths: ["docs/*.md", "/etc/**/*.md", "../other/*.md", "docs/*/../../../x.md", "{..,docs}/*.md"] } }, FILE, dir));
    expect(found.map((p) => p.key)).toEqual(["issues.paths[1]", "issues.paths[2]", "issues.paths[3]", "issues.paths[4]"]);
    expect(found[0]?.message).toBe('"/etc/**/*.md" reaches outside the repository: its fixed part "/etc" is outside the repository');
  });

  it("refuses a worktrees.root that holds tracked files (read-only ls-files through the guard)", async () => {
    const { dir } = repo({ "src/app.ts": "x\n", "src/[weird]/b.ts": "y\n" });
    const guard = new GitGuard({ repoRoot: dir, worktreesRoot: join(dir, "src"), branchPrefix: "orchestrator/" });
    const problem = await trackedWorktreesRootProblem(guard, dir, "src", FILE);
    expect(problem).toMatchObject({ code: "CONFIG_INVALID", key: "worktrees.root", file: FILE });
    expect(problem?.message).toContain("holds 2 tracked files");
    expect(await trackedWorktreesRootProblem(guard, dir, "src/[weird]", FILE)).toMatchObject({ message: expect.stringContaining("1 tracked file (src/[weird]/b.ts)") });
    mkdirSync(join(dir, ".orchestrator/worktrees"), { recursive: true });
    expect(await trackedWorktreesRootProblem(guard, dir, ".orchestrator/worktrees", FILE)).toBeNull();
    expect(await trackedWorktreesRootProblem(guard, dir, "sr", FILE)).toBeNull();
  });
});
