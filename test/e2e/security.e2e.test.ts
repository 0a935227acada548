import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { OFFLINE_KEY } from "../../src/scripted-model/codex-env";
import { git, issueDoc, runCli, startCli } from "../support/fixture-repo";
import { addFilePatch, answers } from "../../src/scripted-model/server";
import { latestRunDir, mainState, readJson, setupRun, useCleanups } from "../support/run-setup";

const cleanup = useCleanups();

interface GitCall {
  ppid: number;
  cwd: string;
  argv: string[];
}

/**
 * A `git` first on PATH that records its parent pid, cwd and argv, then runs the real git. Independent of
 * the engine's own guard: it sees every git process actually started.
 */
function gitRecorder(): { dir: string; calls: () => GitCall[] } {
  const dir = mkdtempSync(join(tmpdir(), "git-recorder-"));
  cleanup(() => rmSync(dir, { recursive: true, force: true }));
  const realGit = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
  const trace = join(dir, "trace");
  writeFileSync(
    join(dir, "git"),
    `#!/bin/sh\n{ printf '%s\\n' "$PPID"; pwd; for a in "$@"; do printf '%s\\037' "$a"; done; printf '\\n'; } >> '${trace}'\nexec '${realGit}' "$@"\n`,
  );
  chmodSync(join(dir, "git"), 0o755);
  return {
    dir,
    calls: () => {
      const lines = existsSync(trace) ? readFileSync(trace, "utf8").split("\n") : [];
      const calls: GitCall[] = [];
      for (let i = 0; i + 2 < lines.length; i += 3) {
        calls.push({ ppid: Number(lines[i]), cwd: lines[i + 1] as string, argv: (lines[i + 2] as string).split("\x1f").slice(0, -1) });
      }
      return calls;
    },
  };
}

/** SPEC §3's allowed git operations, written out independently of src/git/guard.ts. */
function allowedBySpec(call: GitCall, repo: string): boolean {
  const [cmd, ...rest] = call.argv;
  const worktrees = join(repo, ".orchestrator/worktrees");
  const inWorktree = call.cwd.startsWith(`${worktrees}/`);
  const issueBranch = (b: string | undefined) => !!b && /^orchestrator\/[A-Za-z0-9._-]+$/.test(b);
  const underRoot = (p: string | undefined) => !!p && (p.startsWith(`${worktrees}/`) || p.startsWith(".orchestrator/worktrees/"));
  if (rest.some((a) => /^(-f|--force|--force-with-lease.*|--hard|--delete|-D|--amend)$/.test(a))) return false;
  switch (cmd) {
    case "rev-parse":
    case "for-each-ref":
    case "log":
    case "merge-base":
    case "ls-files":
      return true;
    case "fetch":
      // Origin's issue branches into their remote-tracking refs, never forced (reruns resume from them).
      return rest.filter((a) => !a.startsWith("--")).join(" ") === "origin refs/heads/orchestrator/*:refs/remotes/origin/orchestrator/*";
    case "config":
      return rest[0] === "--get" || rest[0] === "--get-regexp";
    case "status":
      return rest.includes("--porcelain");
    case "worktree":
      if (rest[0] === "list" || rest[0] === "prune") return true;
      if (rest[0] === "add" && rest[1] === "-b") return issueBranch(rest[2]) && underRoot(rest[3]);
      // A rerun checks out an existing issue branch.
      if (rest[0] === "add") return rest.length === 3 && underRoot(rest[1]) && issueBranch(rest[2]);
      if (rest[0] === "remove") return underRoot(rest[1]);
      return false;
    case "add":
    case "commit":
    case "merge":
      return inWorktree;
    case "push":
      return inWorktree && rest[0] === "origin" && rest.length === 2 && rest[1]?.split(":").every(issueBranch) === true;
    default:
      return false;
  }
}

describe("security (dist/cli.js, real codex binary)", () => {
  it("every git process the engine starts in a full run is one SPEC §3 allows; the main worktree is untouched", async () => {
    const recorder = gitRecorder();
    const doc = (id: string, deps: string[] = []) => issueDoc({ id, milestone: "M1", depends_on: deps }, `# Issue ${id}`);
    const { repo, env } = await setupRun(
      cleanup,
      { "docs/issues/X-1.md": doc("X-1"), "docs/issues/X-2.md": doc("X-2"), "docs/issues/X-3.md": doc("X-3", ["X-1", "X-2"]) },
      {
        "X-1": { dev: { actions: [addFilePatch("x1.txt", ["1"])], answer: answers.dev() }, review: [{ answer: answers.pass() }] },
        "X-2": {
          dev: { actions: [addFilePatch("x2.txt", ["2"])], answer: answers.dev() },
          review: [{ answer: answers.fail("needs more") }, { answer: answers.pass() }],
          fix: [{ actions: [addFilePatch("x2-fix.txt", ["f"])], answer: answers.fix() }],
        },
        "X-3": { dev: { actions: [{ kind: "command", cmd: "git status --short" }], answer: answers.dev() }, review: [{ answer: answers.pass() }] },
      },
      { worktrees: { push: true } },
    );
    const origin = realpathSync(mkdtempSync(join(tmpdir(), "origin-")));
    cleanup(() => rmSync(origin, { recursive: true, force: true }));
    git(origin, "init", "-q", "--bare");
    git(repo.dir, "remote", "add", "origin", origin);
    const before = mainState(repo.dir);

    const cli = startCli(["run", "--milestone", "M1"], { cwd: repo.dir, env: { ...env, PATH: `${recorder.dir}:${process.env.PATH}` } });
    const result = await cli.done;
    expect(result.code).toBe(0);

    const engineCalls = recorder.calls().filter((c) => c.ppid === cli.child.pid);
    const refused = engineCalls.filter((c) => !allowedBySpec(c, repo.dir));
    expect(refused).toEqual([]);
    const verbs = new Set(engineCalls.map((c) => [c.argv[0], c.argv[0] === "worktree" ? c.argv[1] : ""].join(" ").trim()));
    expect(verbs).toEqual(new Set(["config", "rev-parse", "ls-files", "for-each-ref", "fetch", "worktree add", "merge-base", "merge", "add", "status", "commit", "push", "worktree remove"]));
    // The agent's own git (inside codex) is not the engine's and is not counted above.
    expect(recorder.calls().some((c) => c.ppid !== cli.child.pid)).toBe(true);
    expect(git(origin, "for-each-ref", "--format=%(refname:short)").split("\n")).toEqual(["orchestrator/X-1", "orchestrator/X-2", "orchestrator/X-3"]);
    expect(mainState(repo.dir)).toEqual(before);
  }, 180_000);

  it("secrets from runner.env, key variables and key-shaped text never reach prompts, logs, NDJSON or the terminal", async () => {
    const runnerSecret = "runner-env-secret-value-42";
    const shaped = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";
    const { repo, env, server } = await setupRun(
      cleanup,
      { "docs/issues/P-1.md": issueDoc({ milestone: "M1" }, `# Leaky issue\n\nUse the token ${shaped} and ${runnerSecret}.`) },
      { "P-1": { dev: { actions: [{ kind: "command", cmd: `echo ${OFFLINE_KEY} $MY_SERVICE_TOKEN` }], answer: answers.dev(`done with ${shaped}`) }, review: [{ answer: answers.pass() }] } },
      { runner: { env: { MY_SERVICE_TOKEN: "${MY_SERVICE_TOKEN}", OTHER: runnerSecret } } },
    );
    const result = await runCli(["run", "--milestone", "M1", "--json"], { cwd: repo.dir, env: { ...env, MY_SERVICE_TOKEN: "service-token-value-777" } });
    expect(result.code).toBe(0);
    const runDir = latestRunDir(join(repo.dir, ".orchestrator/logs"));
    const logs = readdirSync(runDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => readFileSync(join(e.parentPath, e.name), "utf8"))
      .join("\n");
    const sentPrompts = server.requests.map((r) => r.prompt).join("\n");
    for (const secret of [OFFLINE_KEY, runnerSecret, shaped, "service-token-value-777"]) {
      expect(logs).not.toContain(secret);
      expect(result.stdout).not.toContain(secret);
      expect(result.stderr).not.toContain(secret);
      expect(sentPrompts).not.toContain(secret);
    }
    expect(readFileSync(join(runDir, "P-1/01-dev.prompt.md"), "utf8")).toContain("Use the token [REDACTED] and [REDACTED].");
    // The agent's shell no longer gets the variable (SPEC §3): its echo printed the literal key, masked, and nothing else.
    const echo = logs
      .split("\n")
      .filter((l) => l.includes('"command_execution"') && l.includes('"item.completed"'))
      .map((l) => JSON.parse(l).event.item)
      .find((item: { command: string }) => item.command.includes("MY_SERVICE_TOKEN"));
    expect(echo.aggregated_output.trim()).toBe("[REDACTED]");
  }, 120_000);

  it("a committed .orchestrator symlink pointing outside the repository is refused before any agent work", async () => {
    const outside = realpathSync(mkdtempSync(join(tmpdir(), "outside-")));
    cleanup(() => rmSync(outside, { recursive: true, force: true }));
    const { repo, env, server } = await setupRun(cleanup, { "docs/issues/Y-1.md": issueDoc({ milestone: "M1" }, "# Y") }, { "Y-1": { dev: { answer: answers.dev() } } });
    symlinkSync(outside, join(repo.dir, ".orchestrator"));
    repo.commitAll("a malicious symlink");
    const result = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("outside the repository");
    expect(readdirSync(outside)).toEqual([]);
    expect(server.requests).toHaveLength(0);

    // A worktrees root planted as a symlink (logs elsewhere, so logging works) fails the issue, writes nothing outside.
    rmSync(join(repo.dir, ".orchestrator"));
    mkdirSync(join(repo.dir, ".orchestrator"));
    symlinkSync(outside, join(repo.dir, ".orchestrator/worktrees"));
    const planted = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(planted.code).toBe(1);
    const run = readJson(join(latestRunDir(join(repo.dir, ".orchestrator/logs")), "run.json"));
    expect(run.issues[0].reason).toContain("outside the repository");
    expect(readdirSync(outside)).toEqual([]);
    expect(relative(repo.dir, join(repo.dir, ".orchestrator/logs"))).toBe(".orchestrator/logs");
  }, 60_000);
});
