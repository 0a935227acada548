import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectOutput } from "../support/child-output";
import { bundledCodexPath } from "../../src/scripted-model/codex-env";
import { GIT_ENV, git, issueDoc, PROJECT_ROOT } from "../support/fixture-repo";
import { addFilePatch, answers } from "../../src/scripted-model/server";
import { mainState, readJson, setupRun, useCleanups } from "../support/run-setup";

const cleanup = useCleanups();
const SUMMARY = "orchestrator-summary: ";
const doc = (id: string, deps: string[] = []) => issueDoc({ id, milestone: "M1", depends_on: deps }, `# Issue ${id}\n\nDo ${id}.`);

/** The plugin as an install leaves it: a copy outside this repository, so no node_modules is near it. */
function installedPlugin(): string {
  const dir = mkdtempSync(join(tmpdir(), "orchestrator-plugin-"));
  cleanup(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(PROJECT_ROOT, "plugin"), dir, { recursive: true });
  return dir;
}

interface ShimResult {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: Record<string, unknown> | null;
}

async function runShim(executable: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, onStdout?: (soFar: string, child: ChildProcess) => void): Promise<ShimResult> {
  // As an agent's shell tool runs it: FORCE_COLOR from the user's shell must not put escapes in the transcript.
  const child = spawn(executable, args, { cwd, env: { ...process.env, ...GIT_ENV, FORCE_COLOR: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const { code, stdout, stderr } = await collectOutput(child, { onStdout: (soFar) => onStdout?.(soFar, child) });
  const last = stdout.trimEnd().split("\n").at(-1) ?? "";
  return { code, stdout, stderr, summary: last.startsWith(SUMMARY) ? JSON.parse(last.slice(SUMMARY.length)) : null };
}

/** PATH with the codex CLI this repository installs (as `npm i -g @openai/codex` would put it). */
const PATH_WITH_CODEX = `${join(PROJECT_ROOT, "node_modules/.bin")}:${process.env.PATH}`;
const PATH_WITHOUT_CODEX = "/usr/local/bin:/usr/bin:/bin";

describe("plugin shim (bin/dev-auto-orchestrate → the skill's engine)", () => {
  it("runs the milestone in the current repository with plain lines and the summary last; codex comes from PATH", async () => {
    const { repo, env } = await setupRun(cleanup, { "docs/issues/A-1.md": doc("A-1"), "docs/issues/A-2.md": doc("A-2", ["A-1"]) }, {
      "A-1": { dev: { actions: [addFilePatch("a1.txt", ["one"]), { kind: "command", cmd: "cat a1.txt" }], answer: answers.dev("added a1") }, review: [{ answer: answers.pass() }] },
      "A-2": {
        dev: { actions: [addFilePatch("a2.txt", ["two"])], answer: answers.dev() },
        review: [{ answer: answers.fail("a2 lacks a header") }, { answer: answers.pass() }],
        fix: [{ actions: [addFilePatch("a2-header.txt", ["header"])], answer: answers.fix(["F1"]) }],
      },
    });
    const plugin = installedPlugin();
    const before = mainState(repo.dir);

    const r = await runShim(join(plugin, "bin/dev-auto-orchestrate"), ["M1"], repo.dir, { ...env, PATH: PATH_WITH_CODEX });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("\u001b");
    expect(r.stdout).toMatch(/\$ cat a1\.txt\s+exit 0/);
    expect(r.stdout).toMatch(/A-2\s+passed\s+2 reviews, 1 fix/);
    expect(r.summary).toEqual({
      exitCode: 0,
      status: "passed",
      milestone: "M1",
      runDir: expect.stringContaining(join(repo.dir, ".orchestrator/logs/")),
      issues: [
        { id: "A-1", status: "passed", reviews: 1, fixes: 0, branch: "orchestrator/A-1", reason: null },
        { id: "A-2", status: "passed", reviews: 2, fixes: 1, branch: "orchestrator/A-2", reason: null },
      ],
      problems: [],
    });
    const run = readJson(join(String(r.summary?.runDir), "run.json"));
    expect(run.issues.flatMap((i: { phases: { result: string }[] }) => i.phases.map((p) => readJson(join(String(r.summary?.runDir), p.result)).runner))).toEqual(
      Array(6).fill("codex-sdk"),
    );
    expect(git(repo.dir, "log", "--format=%s", "main..orchestrator/A-2").split("\n")).toEqual(["orchestrator(A-2): passed", "orchestrator(A-2): fix #1", "orchestrator(A-2): dev #1", "orchestrator(A-1): passed", "orchestrator(A-1): dev #1"]);
    expect(mainState(repo.dir)).toEqual(before);
  });

  it("keeps the engine's exit status: 1 with the issue that did not pass, in the summary too", async () => {
    const { repo, env } = await setupRun(cleanup, { "docs/issues/B-1.md": doc("B-1") }, { "B-1": { dev: { answer: answers.blocked("the spec is missing") } } });
    const plugin = installedPlugin();
    const r = await runShim(join(plugin, "skills/dev-auto-orchestrate/scripts/orchestrate.mjs"), ["M1", "B-1"], repo.dir, { ...env, PATH: PATH_WITH_CODEX });
    expect(r.code).toBe(1);
    expect(r.summary).toMatchObject({ exitCode: 1, status: "failed", issues: [{ id: "B-1", status: "failed", reason: expect.stringContaining("the spec is missing") }] });
  });

  it("without codex anywhere: exit 2 before anything runs, saying where it looked; the summary is still the last line", async () => {
    const { repo, env } = await setupRun(cleanup, { "docs/issues/C-1.md": doc("C-1") }, { "C-1": { dev: { answer: answers.dev() } } });
    const plugin = installedPlugin();
    const r = await runShim(join(plugin, "bin/dev-auto-orchestrate"), ["M1"], repo.dir, { ...env, PATH: PATH_WITHOUT_CODEX });
    // Without codex neither the key proxy nor the runner can start: nothing runs (SPEC §3 preflight).
    expect(r.code).toBe(2);
    expect(r.summary).toMatchObject({ exitCode: 2, status: "error", issues: [] });
    expect(String((r.summary?.problems as string[])[0])).toContain(`no codex found (looked at the @openai/codex package beside the engine, node_modules/.bin/codex in ${repo.dir}, and PATH)`);
    expect(git(repo.dir, "for-each-ref", "refs/heads/orchestrator/")).toBe("");
  });

  it("finds codex in the repository's node_modules/.bin from a subdirectory, and says which codex it chose", async () => {
    const { repo, env } = await setupRun(cleanup, { "docs/issues/F-1.md": doc("F-1") }, { "F-1": { dev: { actions: [addFilePatch("f1.txt", ["one"])], answer: answers.dev() }, review: [{ answer: answers.pass() }] } });
    // As `npm install --save-dev @openai/codex` leaves it; PATH has no codex and the plugin copy no package.
    mkdirSync(join(repo.dir, "node_modules/.bin"), { recursive: true });
    symlinkSync(bundledCodexPath(), join(repo.dir, "node_modules/.bin/codex"));
    const plugin = installedPlugin();
    const r = await runShim(join(plugin, "bin/dev-auto-orchestrate"), ["M1"], join(repo.dir, "docs/issues"), { ...env, PATH: PATH_WITHOUT_CODEX });
    expect(r.code).toBe(0);
    expect(r.summary).toMatchObject({ status: "passed", issues: [{ id: "F-1", status: "passed" }] });
    const first = r.stdout.split("\n")[0];
    expect(first).toMatch(/^codex .* \(codex-cli \d+\.\d+\.\d+, from node_modules\/\.bin\)$/);
    expect(first).toContain(`codex ${join(repo.dir, "node_modules/.bin/codex")} (`);
  });

  it("never takes a codex from a node_modules above the repository root (a shared /tmp is nobody's choice)", async () => {
    const { repo, env } = await setupRun(cleanup, { "docs/issues/G-1.md": doc("G-1") }, { "G-1": { dev: { answer: answers.dev() } } });
    const outside = mkdtempSync(join(tmpdir(), "orchestrator-above-"));
    cleanup(() => rmSync(outside, { recursive: true, force: true }));
    const marker = join(outside, "planted-codex-ran");
    mkdirSync(join(outside, "node_modules/.bin"), { recursive: true });
    writeFileSync(join(outside, "node_modules/.bin/codex"), `#!/bin/sh\ntouch '${marker}'\necho "codex-cli 9.9.9"\n`, { mode: 0o755 });
    const inside = join(outside, "repo");
    renameSync(repo.dir, inside);
    const r = await runShim(join(installedPlugin(), "bin/dev-auto-orchestrate"), ["M1"], join(inside, "docs"), { ...env, PATH: PATH_WITHOUT_CODEX });
    expect(r.code).toBe(2);
    expect(String((r.summary?.problems as string[])[0])).toContain(`no codex found (looked at the @openai/codex package beside the engine, node_modules/.bin/codex from ${join(inside, "docs")} up to ${inside}, and PATH)`);
    expect(existsSync(marker)).toBe(false);
  });

  it("SIGINT stops the running phase: exit 130, the summary says interrupted, the worktree is kept", async () => {
    const { repo, env } = await setupRun(cleanup, { "docs/issues/E-1.md": doc("E-1") }, { "E-1": { dev: { answer: { kind: "hang" } } } });
    const plugin = installedPlugin();
    let sent = false;
    const r = await runShim(join(plugin, "bin/dev-auto-orchestrate"), ["M1"], repo.dir, { ...env, PATH: PATH_WITH_CODEX }, (soFar, child) => {
      if (!sent && soFar.includes("● dev #1")) {
        sent = true;
        // Give codex a moment to send its request, as a user would press Ctrl-C mid-phase.
        setTimeout(() => child.kill("SIGINT"), 500);
      }
    });
    expect(r.code).toBe(130);
    expect(r.stdout).toContain("SIGINT: stopping the running phase");
    expect(r.summary).toMatchObject({ exitCode: 130, status: "interrupted", issues: [{ id: "E-1" }] });
    expect(git(repo.dir, "worktree", "list")).toContain(".orchestrator/worktrees/E-1");
  });

  it("usage and config errors: exit 2, what to fix, and a summary line with the problems", async () => {
    const { repo, env } = await setupRun(cleanup, { "docs/issues/D-1.md": doc("D-1") }, {});
    const plugin = installedPlugin();
    const shim = join(plugin, "bin/dev-auto-orchestrate");

    const none = await runShim(shim, [], repo.dir, env);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("usage: orchestrate <milestone> [issue]");
    expect(none.summary).toEqual({ exitCode: 2, status: "error", milestone: null, runDir: null, issues: [], problems: ["expected <milestone> [issue], got 0 arguments"] });

    const unknown = await runShim(shim, ["M1", "NOPE-9"], repo.dir, env);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toContain("error: ");
    expect(unknown.summary).toMatchObject({ exitCode: 2, status: "error", runDir: null, issues: [], problems: [expect.stringContaining("NOPE-9")] });
    expect(git(repo.dir, "branch", "--list", "orchestrator/*")).toBe("");
  });
});
