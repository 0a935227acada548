import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config";
import type { OrchestratorConfig } from "../../src/config/types";
import { GitGuard, parseWorktreeList, refusal, Worktrees } from "../../src/git";
import { git, GIT_ENV, makeRepo, type FixtureRepo } from "../support/fixture-repo";

const scope = { repoRoot: "/repo", worktreesRoot: "/repo/.orchestrator/worktrees", branchPrefix: "orchestrator/" };
const WT = "/repo/.orchestrator/worktrees/A-1";

describe("refusal: SPEC §3's allowed git operations", () => {
  it.each<[string, string[], string]>([
    ["read-only query", ["rev-parse", "--verify", "HEAD"], "/repo"],
    ["log", ["log", "--oneline"], "/repo"],
    ["for-each-ref", ["for-each-ref", "--format=%(refname)", "refs/heads/x"], "/repo"],
    ["diff that prints", ["diff", "--stat"], "/repo"],
    ["status --porcelain", ["status", "--porcelain"], "/repo"],
    ["config read", ["config", "--get", "user.email"], "/repo"],
    ["config read by pattern", ["config", "--get-regexp", "^user\\.name$"], "/repo"],
    ["symbolic-ref read", ["symbolic-ref", "HEAD"], "/repo"],
    ["worktree list", ["worktree", "list", "--porcelain"], "/repo"],
    ["worktree prune", ["worktree", "prune"], "/repo"],
    ["worktree add on a new issue branch", ["worktree", "add", "-b", "orchestrator/A-1", WT, "abc123"], "/repo"],
    ["worktree add, relative path", ["worktree", "add", "-b", "orchestrator/A-1", ".orchestrator/worktrees/A-1", "HEAD"], "/repo"],
    ["worktree remove of an issue worktree", ["worktree", "remove", WT], "/repo"],
    ["branch creation", ["branch", "orchestrator/A-1", "main"], "/repo"],
    ["add in an issue worktree", ["add", "-A"], WT],
    ["commit in an issue worktree", ["commit", "--no-verify", "-q", "-m", "msg"], WT],
    ["merge in an issue worktree", ["merge", "--no-edit", "orchestrator/A-0"], `${WT}/sub/dir`],
    ["push of an issue branch", ["push", "origin", "orchestrator/A-1:orchestrator/A-1"], WT],
    ["push with refs/heads", ["push", "origin", "refs/heads/orchestrator/A-1"], WT],
    ["bundle create", ["bundle", "create", "/tmp/x.bundle", "orchestrator/A-1"], "/repo"],
    ["worktree add of an existing issue branch (rerun)", ["worktree", "add", WT, "orchestrator/A-1"], "/repo"],
    ["worktree add of a new branch at origin's issue branch", ["worktree", "add", "--no-track", "-b", "orchestrator/A-1", WT, "refs/remotes/origin/orchestrator/A-1"], "/repo"],
    ["fetch of origin's issue branches", ["fetch", "--no-tags", "--quiet", "origin", "refs/heads/orchestrator/*:refs/remotes/origin/orchestrator/*"], "/repo"],
    ["version", ["--version"], "/repo"],
  ])("allows %s", (_name, args, cwd) => {
    expect(refusal(args, cwd, scope)).toBeNull();
  });

  it.each<[string, string[], string, string]>([
    ["reset", ["reset", "--hard"], WT, "git reset is not allowed"],
    ["clean", ["clean", "-fdx"], WT, "git clean is not allowed"],
    ["checkout", ["checkout", "main"], "/repo", "git checkout is not allowed"],
    ["switch", ["switch", "main"], "/repo", "git switch is not allowed"],
    ["stash", ["stash"], "/repo", "git stash is not allowed"],
    ["global -c", ["-c", "core.hooksPath=/x", "status", "--porcelain"], "/repo", "global option -c"],
    ["global -C", ["-C", "/elsewhere", "add", "-A"], "/repo", "global option -C"],
    ["empty", [], "/repo", "empty git command"],
    ["diff --output", ["diff", "--output=/etc/passwd"], "/repo", "diff may only print"],
    ["diff --ext-diff", ["diff", "--ext-diff"], "/repo", "diff may only print"],
    ["status without --porcelain", ["status"], "/repo", "status must be --porcelain"],
    ["symbolic-ref write", ["symbolic-ref", "HEAD", "refs/heads/x"], "/repo", "symbolic-ref may only read"],
    ["symbolic-ref delete", ["symbolic-ref", "-d", "HEAD"], "/repo", "symbolic-ref may only read"],
    ["config write", ["config", "user.email", "x@y"], "/repo", "config may only be read"],
    ["worktree prune --expire", ["worktree", "prune", "--expire=now"], "/repo", "--expire"],
    ["worktree remove --force", ["worktree", "remove", "--force", WT], "/repo", "--force is not allowed"],
    ["worktree remove of the main worktree", ["worktree", "remove", "/repo"], "/repo", "only orchestrator worktrees"],
    ["worktree remove of another worktree", ["worktree", "remove", "/repo/../other"], "/repo", "only orchestrator worktrees"],
    ["worktree remove of the root itself", ["worktree", "remove", "/repo/.orchestrator/worktrees"], "/repo", "only orchestrator worktrees"],
    ["worktree add -B", ["worktree", "add", "-B", "orchestrator/A-1", WT], "/repo", "may only create a new branch"],
    ["worktree add of a user branch", ["worktree", "add", "-b", "main", WT], "/repo", "under orchestrator/"],
    ["worktree add of the bare prefix", ["worktree", "add", "-b", "orchestrator/", WT], "/repo", "under orchestrator/"],
    ["worktree add outside the root", ["worktree", "add", "-b", "orchestrator/A-1", "/tmp/A-1"], "/repo", "under worktrees.root"],
    ["worktree add escaping with ..", ["worktree", "add", "-b", "orchestrator/A-1", ".orchestrator/worktrees/../../x"], "/repo", "under worktrees.root"],
    ["worktree add of a user branch without -b", ["worktree", "add", WT, "main"], "/repo", "may only check out a branch under orchestrator/"],
    ["worktree add of a revision of an issue branch", ["worktree", "add", WT, "orchestrator/A-1~1"], "/repo", "may only check out a branch"],
    ["worktree add of an issue branch outside the root", ["worktree", "add", "/tmp/A-1", "orchestrator/A-1"], "/repo", "under worktrees.root"],
    ["fetch forced by +refspec", ["fetch", "origin", "+refs/heads/orchestrator/*:refs/remotes/origin/orchestrator/*"], "/repo", "may only map"],
    ["fetch --force", ["fetch", "--force", "origin", "refs/heads/orchestrator/*:refs/remotes/origin/orchestrator/*"], "/repo", "may only update"],
    ["fetch into local branches", ["fetch", "origin", "refs/heads/orchestrator/*:refs/heads/orchestrator/*"], "/repo", "may only map"],
    ["fetch of a user branch", ["fetch", "origin", "refs/heads/main:refs/remotes/origin/main"], "/repo", "may only map"],
    ["fetch from another remote", ["fetch", "evil", "refs/heads/orchestrator/*:refs/remotes/origin/orchestrator/*"], "/repo", "takes origin"],
    ["fetch --prune", ["fetch", "--prune", "origin", "refs/heads/orchestrator/*:refs/remotes/origin/orchestrator/*"], "/repo", "may only update"],
    ["worktree move", ["worktree", "move", WT, "/tmp/x"], "/repo", "worktree move is not allowed"],
    ["branch delete", ["branch", "-D", "orchestrator/A-1"], "/repo", "may only create"],
    ["branch force", ["branch", "-f", "orchestrator/A-1", "HEAD"], "/repo", "may only create"],
    ["branch list", ["branch"], "/repo", "may only create"],
    ["branch of a user name", ["branch", "feature", "HEAD"], "/repo", "under orchestrator/"],
    ["add in the main worktree", ["add", "-A"], "/repo", "only allowed inside an orchestrator issue worktree"],
    ["commit in the main worktree", ["commit", "-m", "x"], "/repo", "only allowed inside"],
    ["merge in the main worktree", ["merge", "orchestrator/A-1"], "/repo", "only allowed inside"],
    ["commit --amend", ["commit", "--amend", "-m", "x"], WT, "may only create a new commit"],
    ["merge -X", ["merge", "-X", "theirs", "orchestrator/A-0"], WT, "strategy"],
    ["force push", ["push", "--force", "origin", "orchestrator/A-1"], WT, "may not force"],
    ["force-with-lease push", ["push", "--force-with-lease=orchestrator/A-1", "origin", "orchestrator/A-1"], WT, "may not force"],
    ["+refspec push", ["push", "origin", "+orchestrator/A-1"], WT, "may not force (+refspec)"],
    ["push --delete", ["push", "--delete", "origin", "orchestrator/A-1"], WT, "may not force, delete"],
    ["push onto a user branch", ["push", "origin", "orchestrator/A-1:main"], WT, "only branches under orchestrator/"],
    ["push with no refspec", ["push", "origin"], WT, "exactly a remote and an issue branch"],
    ["push --all", ["push", "--all", "origin"], WT, "may not force, delete"],
    ["push naming a program", ["push", "--receive-pack=/tmp/evil", "origin", "orchestrator/A-1"], WT, "push option --receive-pack=/tmp/evil is not allowed"],
    ["push --exec", ["push", "--exec", "/tmp/evil", "origin", "orchestrator/A-1"], WT, "push option --exec is not allowed"],
    ["push --repo", ["push", "--repo=/tmp/other", "orchestrator/A-1"], WT, "push option --repo=/tmp/other is not allowed"],
    ["push -o", ["push", "-o", "ci.skip", "origin", "orchestrator/A-1"], WT, "push option -o is not allowed"],
    ["push to another remote", ["push", "upstream", "orchestrator/A-1"], WT, "push may only go to origin"],
    ["push to a path", ["push", "/tmp/elsewhere.git", "orchestrator/A-1"], WT, "push may only go to origin"],
    ["push deleting by empty source", ["push", "origin", ":orchestrator/A-1"], WT, "only branches under orchestrator/"],
    ["bundle unbundle", ["bundle", "unbundle", "x"], "/repo", "only bundle create"],
  ])("refuses %s", (_name, args, cwd, why) => {
    expect(refusal(args, cwd, scope)).toContain(why);
  });
});

describe("parseWorktreeList", () => {
  it("reads paths, branches and detached heads from --porcelain output", () => {
    const text = "worktree /repo\nHEAD aaa\nbranch refs/heads/main\n\nworktree /repo/wt/A-1\nHEAD bbb\nbranch refs/heads/orchestrator/A-1\n\nworktree /repo/wt/det\nHEAD ccc\ndetached\n";
    expect(parseWorktreeList(text)).toEqual([
      { path: "/repo", branch: "main", head: "aaa" },
      { path: "/repo/wt/A-1", branch: "orchestrator/A-1", head: "bbb" },
      { path: "/repo/wt/det", branch: null, head: "ccc" },
    ]);
  });
});

describe("GitGuard and Worktrees against a real repository", () => {
  let repo: FixtureRepo;
  afterEach(() => repo?.cleanup());

  const config = (): OrchestratorConfig => structuredClone(DEFAULT_CONFIG) as OrchestratorConfig;

  function mainState(dir: string) {
    return { head: git(dir, "rev-parse", "HEAD"), branch: git(dir, "symbolic-ref", "HEAD"), status: git(dir, "status", "--porcelain"), index: git(dir, "ls-files", "-s") };
  }

  it("refuses before running: a forbidden command never reaches git", async () => {
    repo = makeRepo();
    const guard = new GitGuard({ repoRoot: repo.dir, worktreesRoot: join(repo.dir, ".orchestrator/worktrees"), branchPrefix: "orchestrator/" });
    const seen: string[][] = [];
    guard.onCommand((argv) => seen.push(argv));
    repo.write("README.md", "changed\n");
    const result = await guard.run(repo.dir, ["checkout", "--", "README.md"]);
    expect(result).toMatchObject({ ok: false, problems: [{ code: "GIT_FORBIDDEN" }] });
    expect(seen).toEqual([]);
    expect(git(repo.dir, "status", "--porcelain")).toBe("M README.md");
  });

  it("opens, creates, stacks, commits and removes while the main worktree stays as it was", async () => {
    repo = makeRepo({ "dep-a.txt": "a\n" });
    repo.write("user-edit.txt", "uncommitted work of the user\n");
    const before = mainState(repo.dir);
    const opened = await Worktrees.open({ repoRoot: repo.dir, config: config(), env: GIT_ENV });
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    const wt = opened.value;
    const commands: { argv: string[]; cwd: string }[] = [];
    wt.guard.onCommand((argv, cwd) => commands.push({ argv, cwd }));
    const root = join(repo.dir, ".orchestrator/worktrees");

    // Two dependency branches with their own commits.
    for (const id of ["D-1", "D-2"]) {
      const path = join(root, id);
      expect(await wt.create({ id, base: "HEAD", mergeBranches: [] })).toMatchObject({ ok: true });
      writeFileSync(join(path, `${id}.txt`), `${id}\n`);
      const sha = await wt.commit(path, `orchestrator(${id}): dev #1`);
      expect(sha).toMatchObject({ ok: true, value: expect.stringMatching(/^[0-9a-f]{40}$/) });
      expect(await wt.commit(path, "nothing")).toEqual({ ok: true, value: null });
      expect(await wt.remove(path)).toEqual({ ok: true, value: undefined });
      expect(existsSync(path)).toBe(false);
    }

    // A dependent stacked on D-2 with D-1 merged in sees both.
    const stacked = join(root, "S-1");
    expect(await wt.create({ id: "S-1", base: "orchestrator/D-2", mergeBranches: ["orchestrator/D-1"] })).toMatchObject({ ok: true });
    expect(existsSync(join(stacked, "D-1.txt")) && existsSync(join(stacked, "D-2.txt"))).toBe(true);

    // A worktree left behind is reused, its uncommitted work committed as recovered work (trailers included).
    writeFileSync(join(stacked, "left.txt"), "left by a killed run\n");
    const again = await wt.create({ id: "S-1", base: "HEAD", mergeBranches: ["orchestrator/D-1"], existing: "local" });
    expect(again).toMatchObject({ ok: true, value: { recovered: expect.stringMatching(/^[0-9a-f]{40}$/) } });
    expect(git(stacked, "log", "-1", "--format=%s%n%(trailers:only,unfold)")).toBe("orchestrator(S-1): recovered work\nOrchestrator-Issue: S-1\nOrchestrator-Phase: recovered");
    // An existing branch without a worktree is checked out again; a branch it already contains is not merged twice.
    await wt.remove(stacked);
    const branchAgain = await wt.create({ id: "S-1", base: "HEAD", mergeBranches: ["orchestrator/D-1", "orchestrator/D-2"], existing: "local" });
    expect(branchAgain).toMatchObject({ ok: true, value: { recovered: null } });
    expect(git(stacked, "log", "-1", "--format=%s")).toBe("orchestrator(S-1): recovered work");
    // A pass is a commit of its own even when nothing changed.
    expect(await wt.commit(stacked, "orchestrator(S-1): passed", { allowEmpty: true })).toMatchObject({ ok: true, value: expect.stringMatching(/^[0-9a-f]{40}$/) });
    await wt.remove(stacked);
    // A directory under the root that is not a worktree of the branch is not touched.
    mkdirSync(stacked);
    writeFileSync(join(stacked, "mine.txt"), "not the engine's\n");
    const foreign = await wt.create({ id: "S-1", base: "HEAD", mergeBranches: [], existing: "local" });
    expect(foreign).toMatchObject({ ok: false, problems: [{ code: "WORKTREE_EXISTS", message: expect.stringContaining("is not a worktree of orchestrator/S-1") }] });
    rmSync(stacked, { recursive: true });

    expect(git(repo.dir, "for-each-ref", "--format=%(refname:short)", "refs/heads/orchestrator").split("\n")).toEqual(["orchestrator/D-1", "orchestrator/D-2", "orchestrator/S-1"]);
    expect(git(repo.dir, "log", "--format=%s", "orchestrator/D-1", "-1")).toBe("orchestrator(D-1): dev #1");
    expect(mainState(repo.dir)).toEqual(before);
    for (const { argv, cwd } of commands) expect(refusal(argv, cwd, wt.guard.scope)).toBeNull();
    expect(new Set(commands.map((c) => c.argv[0]))).toEqual(new Set(["worktree", "rev-parse", "add", "status", "commit", "merge", "merge-base"]));
  });

  it("fails a conflicting stack with both branch names, removes only its own worktree and keeps the branches", async () => {
    repo = makeRepo({ "shared.txt": "base\n" });
    const opened = await Worktrees.open({ repoRoot: repo.dir, config: config(), env: GIT_ENV });
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    const wt = opened.value;
    const root = join(repo.dir, ".orchestrator/worktrees");
    for (const id of ["D-1", "D-2"]) {
      const path = join(root, id);
      await wt.create({ id, base: "HEAD", mergeBranches: [] });
      writeFileSync(join(path, "shared.txt"), `${id} wins\n`);
      await wt.commit(path, id);
      await wt.remove(path);
    }
    const path = join(root, "S-1");
    const result = await wt.create({ id: "S-1", base: "orchestrator/D-2", mergeBranches: ["orchestrator/D-1"] });
    expect(result).toMatchObject({ ok: false, problems: [{ code: "MERGE_CONFLICT", message: "merging orchestrator/D-1 into orchestrator/S-1 (started from orchestrator/D-2) conflicts in shared.txt" }] });
    expect(existsSync(path)).toBe(false);
    expect(git(repo.dir, "branch", "--list", "orchestrator/*").split("\n").map((b) => b.trim())).toEqual(["orchestrator/D-1", "orchestrator/D-2", "orchestrator/S-1"]);
  });

  it("rejects a repository without commits and a base that names nothing", async () => {
    repo = makeRepo();
    const badBase = config();
    badBase.worktrees.base = "no-such-branch";
    expect(await Worktrees.open({ repoRoot: repo.dir, config: badBase, env: GIT_ENV })).toMatchObject({ ok: false, problems: [{ code: "CONFIG_INVALID", key: "worktrees.base" }] });
  });

  it("clean removes finished worktrees, keeps one with uncommitted changes and never touches other worktrees", async () => {
    repo = makeRepo();
    const opened = await Worktrees.open({ repoRoot: repo.dir, config: config(), env: GIT_ENV });
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    const wt = opened.value;
    const root = join(repo.dir, ".orchestrator/worktrees");
    await wt.create({ id: "C-1", base: "HEAD", mergeBranches: [] });
    await wt.create({ id: "C-2", base: "HEAD", mergeBranches: [] });
    writeFileSync(join(root, "C-2", "wip.txt"), "not committed\n");
    git(repo.dir, "worktree", "add", "-q", "-b", "mine", join(repo.dir, "../", `${repo.dir.split("/").pop()}-mine`));
    const mine = join(repo.dir, "../", `${repo.dir.split("/").pop()}-mine`);
    try {
      const cleaned = await wt.clean();
      expect(cleaned).toEqual({ ok: true, value: { removed: [".orchestrator/worktrees/C-1"], kept: [{ path: ".orchestrator/worktrees/C-2", reason: "uncommitted changes" }] } });
      expect(existsSync(join(root, "C-2", "wip.txt"))).toBe(true);
      expect(existsSync(mine)).toBe(true);
    } finally {
      git(repo.dir, "worktree", "remove", "--force", mine);
    }
  });
});
