import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { git, issueDoc, runCli, startCli } from "../support/fixture-repo";
import { addFilePatch, answers, type IssueScenario, type Reply } from "../../src/scripted-model/server";
import { latestRunDir, mainState, readJson, setupRun, useCleanups } from "../support/run-setup";
import { alive } from "../support/processes";

/**
 * Issue #14, items 2 and 8, end to end: the repository lives under the temp dir (os.tmpdir(), /tmp here),
 * the real codex binary runs the agent in workspace-write, and the scripted model makes the agent attack the
 * engine's repository from its worktree.
 */

const cleanup = useCleanups();

function scratch(prefix: string): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  cleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A script that leaves `marker` behind (pids: its own and its parent's) if anything ever runs it. */
function markerScript(dir: string, marker: string, tail = "exit 0"): string {
  const path = join(dir, "evil.sh");
  writeFileSync(path, `#!/bin/sh\necho "$$ $PPID" >> '${marker}'\n${tail}\n`);
  chmodSync(path, 0o755);
  return path;
}

function refsOf(dir: string): string {
  return git(dir, "for-each-ref", "--format=%(objectname) %(refname)");
}


/** If a test fails half-way: no CLI, git or signer it started outlives it. */
function endAfterwards(child: { kill(signal: NodeJS.Signals): boolean }, marker: string): void {
  cleanup(() => {
    child.kill("SIGKILL");
    const pids = existsSync(marker) ? readFileSync(marker, "utf8").split(/\s+/).filter(Boolean).map(Number) : [];
    for (const pid of pids) {
      try {
        // Only the signer (now `sleep 1000`) and its git, never a process that reused the pid.
        const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
        if (alive(pid) && (cmd.startsWith("sleep 1000") || cmd.startsWith("git commit"))) process.kill(pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  });
}

/** Scenarios are looked up per request: filled in once the repository (and so its path) exists. */
type Scenarios = Record<string, IssueScenario>;

describe("the agent stays in its worktree although the repository lives under the temp dir (dist/cli.js, real codex)", () => {
  it("cannot set core.fsmonitor, move main, write the main worktree or its hooks, create a branch, or redirect its .git file", async () => {
    const tools = scratch("attacker-tools-");
    const marker = join(tools, "fsmonitor-ran");
    const script = markerScript(tools, marker);
    const scenarios: Scenarios = {};
    const { repo, env, server } = await setupRun(cleanup, { "docs/issues/S-1.md": issueDoc({ milestone: "M1" }, "# Escape") }, scenarios);
    expect(repo.dir.startsWith(`${realpathSync(tmpdir())}/`)).toBe(true);
    repo.write("second.txt", "second commit\n");
    repo.commitAll("second");
    const fill = (cmd: string) => cmd.replaceAll("REPO", repo.dir).replaceAll("SCRIPT", script);
    const attacks = [
      "git -C REPO config core.fsmonitor SCRIPT",
      "git update-ref refs/heads/main HEAD~1",
      "echo pwned > REPO/README.md",
      "echo planted > REPO/planted.txt",
      "git branch evil",
      "printf '#!/bin/sh\\nSCRIPT\\n' > REPO/.git/hooks/post-commit",
      "echo x > REPO/.git/info/attacker",
    ].map(fill);
    // The .git file: a gitdir of the agent's own with a hostile config, and the worktree's .git pointed at it.
    const gitFile = fill(`git init -q --bare evil.git && git --git-dir=evil.git config core.fsmonitor SCRIPT && git --git-dir=evil.git config core.bare false && printf 'gitdir: %s/evil.git\\n' "$PWD" > .git && echo redirected`);
    const ownWork = 'echo mine > mine.txt && touch "$TMPDIR/scratch" && echo "tmp at $TMPDIR"';
    scenarios["S-1"] = {
      dev: { actions: [...attacks, gitFile, ownWork].map((cmd) => ({ kind: "command", cmd }) as Reply), answer: answers.dev() },
      review: [{ answer: answers.pass() }],
    };
    const before = { ...mainState(repo.dir), refs: refsOf(repo.dir), readme: readFileSync(join(repo.dir, "README.md"), "utf8"), config: readFileSync(join(repo.dir, ".git/config"), "utf8") };

    const result = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    const runDir = latestRunDir(join(repo.dir, ".orchestrator/logs"));
    // What each command gave back to the agent (codex's tool output: exit code and output).
    const outputs = server.requests.filter((r) => r.phase === "dev" && r.step > 0).map((r) => r.toolOutputs.at(-1) ?? "");
    expect(outputs).toHaveLength(attacks.length + 2);
    for (const [i, attack] of [...attacks, gitFile].entries()) {
      expect(outputs[i], attack).toMatch(/Process exited with code [1-9]/);
      expect(outputs[i], attack).toContain("Read-only file system");
    }
    // The agent's own work in its worktree and its private temp dir still works.
    expect(outputs.at(-1)).toMatch(/Process exited with code 0[\s\S]*tmp at .*\/\.orchestrator\/tmp\/[^/]+\/S-1/);

    expect(existsSync(marker)).toBe(false);
    expect(existsSync(join(repo.dir, ".git/hooks/post-commit"))).toBe(false);
    expect(existsSync(join(repo.dir, "planted.txt"))).toBe(false);
    const after = { ...mainState(repo.dir), refs: refsOf(repo.dir), readme: readFileSync(join(repo.dir, "README.md"), "utf8"), config: readFileSync(join(repo.dir, ".git/config"), "utf8") };
    const branch = git(repo.dir, "rev-parse", "refs/heads/orchestrator/S-1");
    expect(after).toEqual({ ...before, refs: `${before.refs}\n${branch} refs/heads/orchestrator/S-1`.split("\n").sort((a, b) => a.split(" ")[1]!.localeCompare(b.split(" ")[1]!)).join("\n") });
    // The engine committed the agent's file on the real branch (whatever the .git file said).
    // (Its tip is the empty pass commit: the file is in the branch's history since main.)
    expect(git(repo.dir, "log", "--name-only", "--format=", "main..orchestrator/S-1")).toContain("mine.txt");
    expect(result.code, result.stdout + result.stderr).toBe(0);
    // The agent's temp dir is gone with its turn.
    expect(existsSync(join(repo.dir, ".orchestrator/tmp")) ? readdirSync(join(repo.dir, ".orchestrator/tmp")).filter((n) => n !== ".gitignore") : []).toEqual([]);
  }, 180_000);

  it("a ref moved during a phase (sandbox off) fails the issue with TAMPER although the review passed, skips the rest, exits 1; the planted fsmonitor never runs", async () => {
    const tools = scratch("attacker-tools-");
    const marker = join(tools, "fsmonitor-ran");
    const script = markerScript(tools, marker);
    const scenarios: Scenarios = {};
    const { repo, env } = await setupRun(
      cleanup,
      { "docs/issues/T-1.md": issueDoc({ milestone: "M1" }, "# Tamper"), "docs/issues/T-2.md": issueDoc({ milestone: "M1" }, "# Innocent") },
      scenarios,
      { runner: { sandbox: "danger-full-access" } },
    );
    repo.write("second.txt", "second commit\n");
    const second = repo.commitAll("second");
    const first = git(repo.dir, "rev-parse", "HEAD~1");
    // The review, not the dev: a "pass" given over a moved ref must not make the issue pass.
    scenarios["T-1"] = {
      dev: { actions: [addFilePatch("t.txt", ["t"])], answer: answers.dev() },
      review: [{ actions: [{ kind: "command", cmd: `git -C ${repo.dir} config core.fsmonitor ${script} && git update-ref refs/heads/main main~1 && git branch evil && echo tampered` }], answer: answers.pass() }],
    };
    scenarios["T-2"] = { dev: { answer: answers.dev() }, review: [{ answer: answers.pass() }] };

    const result = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    // Checked before this test runs any git of its own in the repository (its fsmonitor is now set).
    expect(existsSync(marker)).toBe(false);
    expect(result.code, result.stdout + result.stderr).toBe(1);
    const run = readJson(join(latestRunDir(join(repo.dir, ".orchestrator/logs")), "run.json"));
    expect(run).toMatchObject({ status: "failed", interrupted: false });
    expect(run.issues[0]).toMatchObject({ id: "T-1", status: "failed" });
    expect(run.issues[0].reason).toMatch(/^review #1 error: TAMPER: /);
    expect(run.issues[0].reason).toContain(`refs/heads/main moved from ${second.slice(0, 12)} to ${first.slice(0, 12)}`);
    expect(run.issues[0].reason).toContain("refs/heads/evil was created");
    expect(run.issues[0].phases.map((p: { status: string }) => p.status)).toEqual(["done", "error"]);
    expect(run.issues[1]).toMatchObject({ id: "T-2", status: "skipped", reason: expect.stringContaining("run stopped: TAMPER: ") });
    expect(result.stdout).toContain("TAMPER");
  }, 180_000);

  it("engine commits are unsigned by default, so a signer that never returns cannot hang the run", async () => {
    const tools = scratch("signer-");
    const marker = join(tools, "signer-ran");
    const { repo, env } = await setupRun(cleanup, { "docs/issues/G-1.md": issueDoc({ milestone: "M1" }, "# Sign") }, {
      "G-1": { dev: { actions: [addFilePatch("g.txt", ["g"])], answer: answers.dev() }, review: [{ answer: answers.pass() }] },
    });
    git(repo.dir, "config", "commit.gpgsign", "true");
    git(repo.dir, "config", "gpg.program", markerScript(tools, marker, "exec sleep 1000"));
    const cli = startCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    endAfterwards(cli.child, marker);
    const result = await cli.done;
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(existsSync(marker)).toBe(false);
    expect(git(repo.dir, "log", "-1", "--format=%G?", "orchestrator/G-1")).toBe("N");
  }, 120_000);

  it("with worktrees.signCommits a hanging signer runs, and Ctrl-C ends it with git: exit 130, no orphaned git or signer", async () => {
    const tools = scratch("signer-");
    const marker = join(tools, "signer-ran");
    const { repo, env } = await setupRun(
      cleanup,
      { "docs/issues/G-2.md": issueDoc({ milestone: "M1" }, "# Sign"), "docs/issues/G-3.md": issueDoc({ milestone: "M1" }, "# Later") },
      { "G-2": { dev: { actions: [addFilePatch("g.txt", ["g"])], answer: answers.dev() } } },
      { worktrees: { signCommits: true } },
    );
    const signer = markerScript(tools, marker, "exec sleep 1000");
    git(repo.dir, "config", "commit.gpgsign", "true");
    git(repo.dir, "config", "gpg.program", signer);
    const cli = startCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    endAfterwards(cli.child, marker);
    const deadline = Date.now() + 60_000;
    while (!existsSync(marker) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(marker)).toBe(true);
    const [signerPid, gitPid] = readFileSync(marker, "utf8").trim().split(" ").map(Number) as [number, number];
    cli.child.kill("SIGINT");
    const result = await cli.done;
    expect(result.code, result.stdout + result.stderr).toBe(130);
    const run = readJson(join(latestRunDir(join(repo.dir, ".orchestrator/logs")), "run.json"));
    expect(run).toMatchObject({ interrupted: true, issues: [{ id: "G-2", status: "failed", worktree: ".orchestrator/worktrees/G-2" }, { id: "G-3", status: "skipped" }] });
    expect(run.issues[0].reason).toContain("the run was interrupted");
    await new Promise((r) => setTimeout(r, 500));
    expect(alive(signerPid), "signer").toBe(false);
    expect(alive(gitPid), "git commit").toBe(false);
    const survivors = readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .filter((pid) => {
        try {
          return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(tools) && alive(Number(pid));
        } catch {
          return false;
        }
      });
    expect(survivors).toEqual([]);
  }, 120_000);
});
