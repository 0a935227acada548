import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config";
import type { OrchestratorConfig } from "../../src/config/types";
import { fallbackIdentity, MAIN_HEAD, movedRefs, safeGitEnv, Worktrees } from "../../src/git";
import { git, makeRepo } from "../support/fixture-repo";
import { alive } from "../support/processes";

/**
 * Engine git never runs a program the repository or the agent chose (issue #14 items 2 and 8): the attacks
 * are configured in real repositories and the engine's own Worktrees/GitGuard code runs against them.
 */

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

function scratch(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function repoWith(files: Record<string, string> = {}) {
  const repo = makeRepo(files);
  cleanups.push(() => repo.cleanup());
  return repo;
}

/** An executable script that leaves `marker` behind when anything runs it (then does what `tail` says). */
function markerScript(dir: string, name: string, marker: string, tail = "exit 0"): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\necho "$$ $PPID $*" >> '${marker}'\n${tail}\n`);
  chmodSync(path, 0o755);
  return path;
}

const config = (patch: Partial<OrchestratorConfig["worktrees"]> = {}): OrchestratorConfig => {
  const c = structuredClone(DEFAULT_CONFIG) as OrchestratorConfig;
  c.worktrees = { ...c.worktrees, ...patch };
  return c;
};


const pidsIn = (file: string) => (existsSync(file) ? readFileSync(file, "utf8").trim().split("\n").flatMap((l) => l.split(" ").slice(0, 2).map(Number)) : []);

const identityEnv = { GIT_AUTHOR_NAME: "U", GIT_AUTHOR_EMAIL: "u@example.invalid", GIT_COMMITTER_NAME: "U", GIT_COMMITTER_EMAIL: "u@example.invalid" };

describe("engine git runs no program the repository chose", () => {
  it("fsmonitor, hooks (hooksPath and .git/hooks), pager, editor and external diff configured in the repository never run", async () => {
    const repo = repoWith();
    const tools = scratch("hostile-");
    const marker = join(tools, "ran");
    const script = markerScript(tools, "evil", marker);
    const hooks = join(tools, "hooks");
    mkdirSync(hooks);
    for (const hook of ["post-checkout", "post-commit", "pre-commit", "commit-msg", "reference-transaction", "post-merge", "post-index-change"]) markerScript(hooks, hook, marker);
    for (const hook of ["post-checkout", "post-commit", "reference-transaction"]) markerScript(join(repo.dir, ".git/hooks"), hook, marker);
    git(repo.dir, "config", "core.fsmonitor", script);
    git(repo.dir, "config", "core.pager", script);
    git(repo.dir, "config", "core.editor", script);
    git(repo.dir, "config", "diff.external", script);
    git(repo.dir, "config", "gc.auto", "1");
    // Checked first: the attack works on plain git, so its absence below is the engine's doing.
    git(repo.dir, "status", "--porcelain");
    expect(existsSync(marker)).toBe(true);
    rmSync(marker);
    git(repo.dir, "config", "core.hooksPath", hooks);

    const opened = await Worktrees.open({ repoRoot: repo.dir, config: config(), env: identityEnv });
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    const wt = opened.value;
    const path = join(repo.dir, ".orchestrator/worktrees/H-1");
    expect(await wt.create({ id: "H-1", base: "HEAD", mergeBranches: [] })).toMatchObject({ ok: true });
    writeFileSync(join(path, "work.txt"), "work\n");
    expect(await wt.commit(path, "orchestrator(H-1): dev #1")).toMatchObject({ ok: true, value: expect.stringMatching(/^[0-9a-f]{40}$/) });
    expect(await wt.guard.run(repo.dir, ["diff", "HEAD", "orchestrator/H-1"])).toMatchObject({ ok: true, value: expect.stringContaining("+work") });
    expect(await wt.guard.run(repo.dir, ["log", "-p", "-1", "orchestrator/H-1"])).toMatchObject({ ok: true });
    expect(await wt.refs()).toMatchObject({ ok: true });
    expect(await wt.remove(path)).toMatchObject({ ok: true });
    expect(existsSync(marker)).toBe(false);
  });

  it("a worktree's .git file pointed at a gitdir of the agent's making is ignored: git dir pinned to git's own record", async () => {
    const repo = repoWith();
    const tools = scratch("hostile-");
    const marker = join(tools, "ran");
    const script = markerScript(tools, "evil", marker);
    const opened = await Worktrees.open({ repoRoot: repo.dir, config: config(), env: identityEnv });
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    const wt = opened.value;
    const path = join(repo.dir, ".orchestrator/worktrees/G-1");
    await wt.create({ id: "G-1", base: "HEAD", mergeBranches: [] });
    const evil = join(tools, "evil.git");
    git(tools, "init", "-q", "--bare", evil);
    git(evil, "config", "core.fsmonitor", script);
    git(evil, "config", "core.bare", "false");
    writeFileSync(join(path, ".git"), `gitdir: ${evil}\n`);
    git(path, "status", "--porcelain");
    expect(existsSync(marker)).toBe(true);
    rmSync(marker);

    writeFileSync(join(path, "work.txt"), "work\n");
    const sha = await wt.commit(path, "orchestrator(G-1): dev #1");
    expect(sha).toMatchObject({ ok: true });
    expect(existsSync(marker)).toBe(false);
    // The commit landed on the real branch, not in the agent's gitdir.
    expect(git(repo.dir, "rev-parse", "orchestrator/G-1")).toBe(sha.ok ? sha.value : "");
    expect(git(repo.dir, "show", "--format=%s", "--name-only", "orchestrator/G-1")).toBe("orchestrator(G-1): dev #1\n\nwork.txt");
  });

  it("signing is off for engine commits unless worktrees.signCommits; a hanging signer is ended with its process group at the timeout", async () => {
    const repo = repoWith();
    const tools = scratch("signer-");
    const marker = join(tools, "signer-ran");
    const signer = markerScript(tools, "hang-gpg", marker, "exec sleep 1000");
    git(repo.dir, "config", "commit.gpgsign", "true");
    git(repo.dir, "config", "gpg.program", signer);

    const plain = await Worktrees.open({ repoRoot: repo.dir, config: config(), env: identityEnv });
    if (!plain.ok) throw new Error(JSON.stringify(plain.problems));
    const a = join(repo.dir, ".orchestrator/worktrees/S-1");
    await plain.value.create({ id: "S-1", base: "HEAD", mergeBranches: [] });
    writeFileSync(join(a, "x.txt"), "x\n");
    expect(await plain.value.commit(a, "unsigned")).toMatchObject({ ok: true });
    expect(existsSync(marker)).toBe(false);

    const signing = await Worktrees.open({ repoRoot: repo.dir, config: config({ signCommits: true }), env: identityEnv, timeouts: { localMs: 1500, networkMs: 1500 } });
    if (!signing.ok) throw new Error(JSON.stringify(signing.problems));
    const b = join(repo.dir, ".orchestrator/worktrees/S-2");
    await signing.value.create({ id: "S-2", base: "HEAD", mergeBranches: [] });
    writeFileSync(join(b, "y.txt"), "y\n");
    const started = Date.now();
    const hung = await signing.value.commit(b, "signed");
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(hung).toMatchObject({ ok: false, problems: [{ code: "GIT", message: expect.stringContaining("ran longer than 2 s and was ended") }] });
    const pids = pidsIn(marker);
    expect(pids.length).toBe(2);
    await new Promise((r) => setTimeout(r, 300));
    for (const pid of pids) expect(alive(pid), `pid ${pid}`).toBe(false);
  });

  it("an interrupt ends a git call in flight with its process group", async () => {
    const repo = repoWith();
    const tools = scratch("signer-");
    const marker = join(tools, "signer-ran");
    git(repo.dir, "config", "commit.gpgsign", "true");
    git(repo.dir, "config", "gpg.program", markerScript(tools, "hang-gpg", marker, "exec sleep 1000"));
    const interrupt = new AbortController();
    const opened = await Worktrees.open({ repoRoot: repo.dir, config: config({ signCommits: true }), env: identityEnv, signal: interrupt.signal });
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    const path = join(repo.dir, ".orchestrator/worktrees/I-1");
    await opened.value.create({ id: "I-1", base: "HEAD", mergeBranches: [] });
    writeFileSync(join(path, "y.txt"), "y\n");
    const committing = opened.value.commit(path, "signed");
    while (!existsSync(marker)) await new Promise((r) => setTimeout(r, 20));
    interrupt.abort("interrupt");
    expect(await committing).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining("the run was interrupted") }] });
    await new Promise((r) => setTimeout(r, 300));
    for (const pid of pidsIn(marker)) expect(alive(pid), `pid ${pid}`).toBe(false);
    // A call after the interrupt still runs (saving branches), bounded by its timeout.
    expect(await opened.value.guard.run(repo.dir, ["rev-parse", "HEAD"])).toMatchObject({ ok: true });
  });
});

describe("the environment of engine git", () => {
  it("overrides program-running config after the user's own environment config, drops redirecting variables, pins a worktree", () => {
    const env = safeGitEnv(
      { GIT_CONFIG_COUNT: "1", GIT_CONFIG_KEY_0: "safe.directory", GIT_CONFIG_VALUE_0: "*", GIT_DIR: "/elsewhere", GIT_EXTERNAL_DIFF: "/x", PATH: "/bin" },
      { signCommits: false, network: false, pin: { gitDir: "/r/.git/worktrees/A-1", workTree: "/r/wt/A-1" } },
    );
    const pairs = new Map<string, string>();
    for (let i = 0; i < Number(env.GIT_CONFIG_COUNT); i++) pairs.set(env[`GIT_CONFIG_KEY_${i}`] as string, env[`GIT_CONFIG_VALUE_${i}`] as string);
    expect(pairs.get("safe.directory")).toBe("*");
    expect(Object.fromEntries(pairs)).toMatchObject({
      "core.fsmonitor": "false",
      "core.hooksPath": "/dev/null",
      "commit.gpgSign": "false",
      "tag.gpgSign": "false",
      "protocol.ext.allow": "never",
      "credential.helper": "",
      "core.sshCommand": "ssh",
      "core.editor": ":",
      "core.pager": "cat",
    });
    expect(env).toMatchObject({ GIT_DIR: "/r/.git/worktrees/A-1", GIT_WORK_TREE: "/r/wt/A-1", GIT_TERMINAL_PROMPT: "0", GIT_NO_REPLACE_OBJECTS: "1", PATH: "/bin" });
    expect(env.GIT_EXTERNAL_DIFF).toBeUndefined();

    // A push keeps the user's transport (ssh command, credential helpers) but not signing or ext:: remotes.
    const push = safeGitEnv({}, { signCommits: true, network: true });
    const pushKeys = Object.entries(push).filter(([k]) => k.startsWith("GIT_CONFIG_KEY_")).map(([, v]) => v);
    expect(pushKeys).not.toContain("credential.helper");
    expect(pushKeys).not.toContain("commit.gpgSign");
    expect(pushKeys).toContain("protocol.ext.allow");
    expect(push.GIT_DIR).toBeUndefined();
  });

  it("the fallback identity fills only what neither the environment nor git config sets", () => {
    expect(fallbackIdentity({}, "")).toEqual({ GIT_AUTHOR_NAME: "orchestrator", GIT_AUTHOR_EMAIL: "orchestrator@localhost", GIT_COMMITTER_NAME: "orchestrator", GIT_COMMITTER_EMAIL: "orchestrator@localhost" });
    expect(fallbackIdentity({ GIT_AUTHOR_NAME: "Ann", GIT_COMMITTER_EMAIL: "c@x" }, "user.name Ann")).toEqual({ GIT_AUTHOR_EMAIL: "orchestrator@localhost" });
    expect(fallbackIdentity({ EMAIL: "e@x" }, "user.name Ann")).toEqual({});
    expect(fallbackIdentity({}, "user.name Ann\nuser.email a@x")).toEqual({});
  });

  it("engine commits carry the user's identity from the environment, else from the repository config", async () => {
    const repo = repoWith();
    const path = join(repo.dir, ".orchestrator/worktrees/U-1");
    // Whatever identity the test machine's own environment has is out of the picture.
    for (const name of [...Object.keys(identityEnv), "EMAIL"]) {
      const saved = process.env[name];
      delete process.env[name];
      cleanups.push(() => {
        if (saved !== undefined) process.env[name] = saved;
      });
    }
    const who = async (env: Record<string, string>, id: string) => {
      const opened = await Worktrees.open({ repoRoot: repo.dir, config: config(), env });
      if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
      const p = `${path}${id}`;
      await opened.value.create({ id: `U-1${id}`, base: "HEAD", mergeBranches: [] });
      writeFileSync(join(p, "f.txt"), id);
      expect(await opened.value.commit(p, "m")).toMatchObject({ ok: true });
      return git(repo.dir, "log", "-1", "--format=%an <%ae> / %cn <%ce>", `orchestrator/U-1${id}`);
    };
    expect(await who({ GIT_AUTHOR_NAME: "Env Author", GIT_AUTHOR_EMAIL: "env@example.invalid", GIT_COMMITTER_NAME: "Env Committer", GIT_COMMITTER_EMAIL: "envc@example.invalid" }, "a")).toBe(
      "Env Author <env@example.invalid> / Env Committer <envc@example.invalid>",
    );
    git(repo.dir, "config", "user.name", "Repo User");
    git(repo.dir, "config", "user.email", "repo@example.invalid");
    expect(await who({}, "b")).toBe("Repo User <repo@example.invalid> / Repo User <repo@example.invalid>");
  });
});

describe("clean and refs", () => {
  it("clean drops the record of its own vanished worktree but not of a user's worktree on an unmounted disk", async () => {
    const repo = repoWith();
    const opened = await Worktrees.open({ repoRoot: repo.dir, config: config(), env: identityEnv });
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    const own = join(repo.dir, ".orchestrator/worktrees/V-1");
    await opened.value.create({ id: "V-1", base: "HEAD", mergeBranches: [] });
    const disk = scratch("unmounted-");
    const mine = join(disk, "mine");
    git(repo.dir, "worktree", "add", "-q", "-b", "mine", mine);
    rmSync(own, { recursive: true, force: true });
    rmSync(mine, { recursive: true, force: true });
    const cleaned = await opened.value.clean();
    expect(cleaned).toEqual({ ok: true, value: { removed: [".orchestrator/worktrees/V-1"], kept: [] } });
    const listed = git(repo.dir, "worktree", "list", "--porcelain");
    expect(listed).toContain(`worktree ${mine}`);
    expect(listed).not.toContain("V-1");
    git(repo.dir, "worktree", "prune");
  });

  it("movedRefs names what moved, appeared or vanished, except the issue branch", () => {
    const a = "a".repeat(40);
    const b = "b".repeat(40);
    const before = new Map([["refs/heads/main", a], ["refs/heads/orchestrator/X", a], ["refs/tags/v1", a], [MAIN_HEAD, "ref: refs/heads/main"]]);
    const after = new Map([["refs/heads/main", b], ["refs/heads/orchestrator/X", b], ["refs/heads/evil", a], [MAIN_HEAD, "ref: refs/heads/evil"]]);
    expect(movedRefs(before, after, ["refs/heads/orchestrator/X"])).toEqual([
      "refs/heads/main moved from aaaaaaaaaaaa to bbbbbbbbbbbb",
      "refs/tags/v1 was deleted (was aaaaaaaaaaaa)",
      "HEAD of the main worktree moved from ref: refs/heads/main to ref: refs/heads/evil",
      "refs/heads/evil was created at aaaaaaaaaaaa",
    ]);
    expect(movedRefs(before, before)).toEqual([]);
  });
});

