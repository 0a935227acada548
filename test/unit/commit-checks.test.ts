import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config";
import { Worktrees } from "../../src/git";
import { Redactor } from "../../src/report/redact";
import { git, GIT_ENV, makeRepo, type FixtureRepo } from "../support/fixture-repo";

const SECRET = "runner-value-1234";
let repo: FixtureRepo | null = null;
afterEach(() => {
  repo?.cleanup();
  repo = null;
});

/** A real repository with one issue worktree, committed through the engine's guarded Worktrees. */
async function issueWorktree(files: Record<string, string> = {}) {
  repo = makeRepo(files);
  const redactor = new Redactor([SECRET]);
  const opened = await Worktrees.open({ repoRoot: repo.dir, config: structuredClone(DEFAULT_CONFIG), env: GIT_ENV, secrets: (t) => redactor.secretsIn(t) });
  if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
  const path = join(repo.dir, ".orchestrator/worktrees/A-1");
  const created = await opened.value.create({ id: "A-1", base: "HEAD", mergeBranches: [] });
  if (!created.ok) throw new Error(JSON.stringify(created.problems));
  const tree = () => git(path, "ls-tree", "-r", "--name-only", "HEAD").split("\n");
  return { wt: opened.value, path, base: created.value.baseSha, tree };
}

describe("commit checks in a real issue worktree", () => {
  it("refuses a file holding a secret before anything is staged, naming it; a secret the file already held in HEAD is not the agent's", async () => {
    const { wt, path, base } = await issueWorktree({ "fixture.txt": `sk-abcdefghijklmnopqrstuvwx\n` });
    writeFileSync(join(path, "fixture.txt"), `sk-abcdefghijklmnopqrstuvwx\nmore\n`);
    writeFileSync(join(path, "fine.txt"), "fine\n");
    expect(await wt.commit(path, "m")).toMatchObject({ ok: true, value: expect.stringMatching(/^[0-9a-f]{40}$/) });

    mkdirSync(join(path, "deep/er"), { recursive: true });
    writeFileSync(join(path, "deep/er/leak file.txt"), `x ${SECRET} y`);
    writeFileSync(join(path, "fine.txt"), "changed\n");
    const head = git(path, "rev-parse", "HEAD");
    const refused = await wt.commit(path, "m");
    expect(refused).toMatchObject({ ok: false, problems: [{ code: "SECRET", message: expect.stringMatching(/^deep\/er\/leak file\.txt holds a secret/) }] });
    expect(git(path, "rev-parse", "HEAD")).toBe(head);
    // Nothing staged: the index still matches HEAD.
    expect(git(path, "diff", "--cached", "--name-only")).toBe("");
    expect(head).not.toBe(base);
  });

  it("commits only the ignored paths the phase named, taken literally; never the ones it did not name", async () => {
    const { wt, path, tree } = await issueWorktree({ ".gitignore": "build/\n*.log\n" });
    mkdirSync(join(path, "build"));
    writeFileSync(join(path, "build/out.txt"), "wanted\n");
    writeFileSync(join(path, "build/other.txt"), "not named\n");
    writeFileSync(join(path, "a.log"), "named log\n");
    writeFileSync(join(path, "b.log"), "unnamed log\n");
    const warnings: string[] = [];
    const committed = await wt.commit(path, "m", { named: ["build/out.txt", "a.log", "*.log", ":(glob)**", "../x", "/etc/passwd"], warn: (w) => warnings.push(w) });
    expect(committed.ok).toBe(true);
    expect(tree()).toEqual(expect.arrayContaining(["build/out.txt", "a.log"]));
    expect(tree()).not.toContain("build/other.txt");
    expect(tree()).not.toContain("b.log");
    expect(warnings).toEqual(["committed files .gitignore matches because the phase named them in its changes: a.log, build/out.txt"]);
  });

  it("fails on a nested repository, whether or not it has a commit, and commits nothing", async () => {
    const { wt, path, base } = await issueWorktree();
    execFileSync("git", ["init", "-q", join(path, "inner/repo")]);
    writeFileSync(join(path, "top.txt"), "top\n");
    expect(await wt.commit(path, "m")).toMatchObject({ ok: false, problems: [{ code: "NESTED_REPO", message: expect.stringContaining("(inner/repo)") }] });
    expect(git(path, "rev-parse", "HEAD")).toBe(base);
  });

  it("never opens a FIFO the agent left", async () => {
    const { wt, path } = await issueWorktree();
    execFileSync("mkfifo", [join(path, "pipe")]);
    writeFileSync(join(path, "a.txt"), "a\n");
    // git does not track FIFOs; the scan must not block on one either.
    expect(await wt.commit(path, "m")).toMatchObject({ ok: true });
  });
});
