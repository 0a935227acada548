import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectOutput, type ChildOutput } from "../support/child-output";
import { GIT_ENV, git, issueDoc, makeRepo, PROJECT_ROOT, runCli, startCli } from "../support/fixture-repo";
import { answers } from "../../src/scripted-model/server";
import { mainState, setupRun, useCleanups } from "../support/run-setup";
import { ALIAS_BOMB } from "../support/attacks";

/**
 * Issue 14, "issue docs, prompt overrides and the config are data": each attack of the issue against the
 * built CLI (and the plugin bundle), refused with exit 2 before any git or agent work.
 */

const cleanup = useCleanups();
const doc = (id: string, milestone = "M1") => issueDoc({ id, milestone }, `# Issue ${id}`);
const COMMANDS = [["validate"], ["plan", "--milestone", "M1"], ["run", "--milestone", "M1"]] as const;

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

interface Watched extends ChildOutput {
  ms: number;
  /** Highest resident set the child reached (VmHWM), in MiB. */
  peakMb: number;
  killed: boolean;
}

/**
 * Runs the CLI and watches it: killed when it outgrows `maxMb` or outlives `timeoutMs`, so an attack that
 * still works (as on the old main: /dev/zero read to 11.8 GB) fails the test without taking the machine.
 */
async function watchedCli(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}, limits = { timeoutMs: 30_000, maxMb: 400 }): Promise<Watched> {
  const started = performance.now();
  const { child, done } = startCli([...args], { cwd, env });
  let peakMb = 0;
  let killed = false;
  const poll = setInterval(() => {
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1];
      if (hwm) peakMb = Math.max(peakMb, Number(hwm) / 1024);
    } catch {
      return; // exited between polls
    }
    if (peakMb > limits.maxMb || performance.now() - started > limits.timeoutMs) {
      killed = true;
      child.kill("SIGKILL");
    }
  }, 50);
  try {
    const out = await done;
    return { ...out, ms: performance.now() - started, peakMb, killed };
  } finally {
    clearInterval(poll);
  }
}

/** No `    at file:line` frames: problems are reported, not thrown. */
const noStack = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+/m);

describe("issue docs are data (dist/cli.js)", () => {
  it("a ---js front matter is never evaluated by validate, plan, run or the plugin bundle: exit 2 naming the file", async () => {
    const marker = join(tempDir("orchestrator-marker-"), "pwned");
    const payload = `{ id: "E-1", milestone: "M1", title: String(require("child_process").execSync("id > ${marker}")) }`;
    const { repo, env, server } = await setupRun(cleanup, { "docs/issues/E-1.md": `---js\n${payload}\n---\n# E-1\n`, "docs/issues/OK-1.md": doc("OK-1") }, { "OK-1": { dev: { answer: answers.dev() } } });
    const before = mainState(repo.dir);
    for (const args of COMMANDS) {
      const r = await runCli([...args], { cwd: repo.dir, env });
      expect(r.code, `${args[0]}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toContain('docs/issues/E-1.md:1: front matter in "js" is not accepted: only YAML front matter is read');
      expect(existsSync(marker)).toBe(false);
    }
    // The plugin as installed: a copy with no node_modules near it.
    const plugin = tempDir("orchestrator-plugin-");
    cpSync(join(PROJECT_ROOT, "plugin"), plugin, { recursive: true });
    const child = spawn(join(plugin, "bin/dev-auto-orchestrate"), ["M1"], { cwd: repo.dir, env: { ...process.env, ...GIT_ENV, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    const shim = await collectOutput(child);
    expect(shim.code).toBe(2);
    expect(`${shim.stdout}${shim.stderr}`).toContain("docs/issues/E-1.md");
    expect(existsSync(marker)).toBe(false);
    expect(server.requests).toHaveLength(0);
    expect(mainState(repo.dir)).toEqual(before);
  }, 60_000);

  it("front-matter scalars stay as written: id 010, milestone 1.0 and 2026-01-01, status yes", async () => {
    const repo = makeRepo({
      "orchestrator.config.json": JSON.stringify({ issues: { doneValues: ["done"] } }),
      "docs/issues/a.md": "---\nid: 010\nmilestone: 1.0\nstatus: yes\n---\n# Ten\n",
      "docs/issues/b.md": "---\nid: 8\nmilestone: 1\n---\n# Eight\n",
      "docs/issues/c.md": "---\nid: D-1\nmilestone: 2026-01-01\ndepends_on: [010]\n---\n# Dated\n",
    });
    cleanup(() => repo.cleanup());
    const plan = await runCli(["plan", "--milestone", "1.0", "--json"], { cwd: repo.dir });
    expect(plan.code, plan.stderr).toBe(0);
    expect(JSON.parse(plan.stdout).issues.map((i: { id: string; branch: string }) => [i.id, i.branch])).toEqual([["010", "orchestrator/010"]]);
    const dated = await runCli(["plan", "--milestone", "2026-01-01", "--json"], { cwd: repo.dir });
    expect(JSON.parse(dated.stdout).issues.map((i: { id: string; dependencies: string[] }) => [i.id, i.dependencies])).toEqual([["D-1", ["010"]]]);
    expect(JSON.parse((await runCli(["plan", "--milestone", "1", "--json"], { cwd: repo.dir })).stdout).issues.map((i: { id: string }) => i.id)).toEqual(["8"]);
  });

  it("a 558-byte YAML alias bomb is exit 2 in under a second for validate, plan and run alike; nothing is created", async () => {
    expect(Buffer.byteLength(ALIAS_BOMB)).toBe(558);
    const { repo, env, server } = await setupRun(cleanup, { "docs/issues/bomb.md": ALIAS_BOMB, "docs/issues/OK-1.md": doc("OK-1") }, { "OK-1": { dev: { answer: answers.dev() } } });
    const before = mainState(repo.dir);
    const outputs: string[] = [];
    for (const args of COMMANDS) {
      const r = await watchedCli(args, repo.dir, env, { timeoutMs: 20_000, maxMb: 400 });
      expect(r.killed, `${args[0]} was killed after ${Math.round(r.ms)} ms at ${Math.round(r.peakMb)} MiB`).toBe(false);
      expect(r.code, r.stderr).toBe(2);
      // The parse itself takes milliseconds; the bound leaves room for a cold start on a loaded machine.
      console.log(`alias bomb: ${args[0]} exit ${r.code} in ${Math.round(r.ms)} ms, peak ${Math.round(r.peakMb)} MiB`);
      expect(r.ms).toBeLessThan(5000);
      noStack(r.stderr);
      outputs.push(r.stderr.replace(/^.*\n/, ""));
      expect(r.stderr).toContain("docs/issues/bomb.md:2: front matter expands to more than 10000 values");
    }
    // One parser: the three commands report the very same problem.
    expect(new Set(COMMANDS.map((_, i) => /docs\/issues\/bomb\.md.*/.exec(outputs[i] ?? "")?.[0])).size).toBe(1);
    expect(existsSync(join(repo.dir, ".orchestrator"))).toBe(false);
    expect(git(repo.dir, "branch", "--list", "orchestrator/*")).toBe("");
    expect(server.requests).toHaveLength(0);
    expect(mainState(repo.dir)).toEqual(before);
  }, 90_000);
});

describe("only regular files inside the repository are read (dist/cli.js)", () => {
  it("docs/issues/zero.md -> /dev/zero is refused at once, in bounded memory", async () => {
    const repo = makeRepo({ "orchestrator.config.json": "{}", "docs/issues/A-1.md": doc("A-1") });
    cleanup(() => repo.cleanup());
    symlinkSync("/dev/zero", join(repo.dir, "docs/issues/zero.md"));
    const r = await watchedCli(["validate"], repo.dir, {}, { timeoutMs: 20_000, maxMb: 400 });
    expect(r.killed, `killed after ${Math.round(r.ms)} ms at ${Math.round(r.peakMb)} MiB`).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("docs/issues/zero.md: the issue doc leads through a symbolic link to /dev/zero, outside the repository");
    expect(r.peakMb).toBeLessThan(200);
  }, 60_000);

  it("an issue doc linked to a FIFO or to a file outside the repository is refused by name; nothing of it reaches the model", async () => {
    const outside = tempDir("orchestrator-outside-");
    writeFileSync(join(outside, "secret.md"), "---\nid: S-1\nmilestone: M1\n---\n# TOP-SECRET-TEXT\n");
    const { repo, env, server } = await setupRun(cleanup, { "docs/issues/A-1.md": doc("A-1") }, { "A-1": { dev: { answer: answers.dev() } } });
    symlinkSync(join(outside, "secret.md"), join(repo.dir, "docs/issues/out.md"));
    mkdirSync(join(repo.dir, "pipes"));
    const fifo = join(repo.dir, "pipes/fifo.md");
    const mk = spawn("mkfifo", [fifo]);
    await collectOutput(mk);
    symlinkSync("../../pipes/fifo.md", join(repo.dir, "docs/issues/fifo.md"));
    for (const args of [["validate"], ["run", "--milestone", "M1"]] as const) {
      const r = await watchedCli(args, repo.dir, env, { timeoutMs: 20_000, maxMb: 400 });
      expect(r.killed, `${args[0]} blocked or grew`).toBe(false);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`docs/issues/out.md: the issue doc leads through a symbolic link to ${join(outside, "secret.md")}, outside the repository`);
      expect(r.stderr).toContain("docs/issues/fifo.md: the issue doc is a FIFO (named pipe); only regular files are read");
      expect(`${r.stdout}${r.stderr}`).not.toContain("TOP-SECRET-TEXT");
    }
    expect(server.requests).toHaveLength(0);
  }, 60_000);

  it("a prompt override that links out of the repository is refused by name before any agent work", async () => {
    const outside = tempDir("orchestrator-outside-");
    writeFileSync(join(outside, "notes.md"), "TOP-SECRET-PROMPT {{issue.id}}");
    writeFileSync(join(outside, "review.md"), "TOP-SECRET-PROMPT review {{issue.id}}");
    const { repo, env, server } = await setupRun(cleanup, { "docs/issues/A-1.md": doc("A-1") }, { "A-1": { dev: { answer: answers.dev() } } }, { prompts: { review: "prompts/review.md" } });
    mkdirSync(join(repo.dir, ".orchestrator/prompts"), { recursive: true });
    symlinkSync(join(outside, "notes.md"), join(repo.dir, ".orchestrator/prompts/dev-auto-parallel.md"));
    symlinkSync(outside, join(repo.dir, "prompts"));
    const r = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(".orchestrator/prompts/dev-auto-parallel.md: the prompt template leads through a symbolic link to");
    expect(r.stderr).toContain(`prompts/review.md: prompts.review: the prompt template leads through a symbolic link to ${join(outside, "review.md")}, outside the repository`);
    expect(r.stderr).not.toContain("TOP-SECRET-PROMPT");
    expect(server.requests).toHaveLength(0);
    expect(git(repo.dir, "branch", "--list", "orchestrator/*")).toBe("");
  }, 60_000);
});

describe("the config is data (dist/cli.js)", () => {
  it("a config that never settles is exit 2 after the bounded wait, naming the file and the reason", async () => {
    const repo = makeRepo({ "orchestrator.config.mjs": "export default new Promise(() => {});\n", "docs/issues/A-1.md": doc("A-1") });
    cleanup(() => repo.cleanup());
    const r = await watchedCli(["validate"], repo.dir, {}, { timeoutMs: 40_000, maxMb: 400 });
    expect(r.killed).toBe(false);
    expect(r.code).toBe(2);
    expect(r.ms).toBeGreaterThan(9_000);
    expect(r.stderr).toContain("orchestrator.config.mjs: the config did not settle within 10 s");
    noStack(r.stderr);
  }, 60_000);

  it("a config whose getter throws is exit 2 with the file, key and reason, no stack trace", async () => {
    const repo = makeRepo({ "orchestrator.config.mjs": 'export default { get runner() { throw new Error("x") } };\n', "docs/issues/A-1.md": doc("A-1") });
    cleanup(() => repo.cleanup());
    for (const args of COMMANDS) {
      const r = await runCli([...args], { cwd: repo.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("orchestrator.config.mjs: runner: reading runner failed: x");
      noStack(r.stderr);
    }
  });

  it("config values that would damage the repository are refused with their key path", async () => {
    const outside = tempDir("orchestrator-outside-");
    writeFileSync(join(outside, "O-1.md"), doc("O-1"));
    const repo = makeRepo({
      "orchestrator.config.json": JSON.stringify({
        logs: { root: ".git/refs/heads" },
        worktrees: { root: ".git", branchPrefix: "refs/heads/" },
        issues: { paths: ["docs/issues/*.md", `${outside}/*.md`] },
      }),
      "docs/issues/A-1.md": doc("A-1"),
    });
    cleanup(() => repo.cleanup());
    const before = git(repo.dir, "for-each-ref");
    const r = await runCli(["validate"], { cwd: repo.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/worktrees\.branchPrefix: "refs\/heads\/" is not a valid git branch prefix/);
    expect(r.stderr).toMatch(/logs\.root: "\.git\/refs\/heads" is inside the repository's git directory/);
    expect(r.stderr).toMatch(/worktrees\.root: "\.git" is inside the repository's git directory/);
    expect(r.stderr).toContain(`issues.paths[1]: "${outside}/*.md" reaches outside the repository`);
    expect(git(repo.dir, "for-each-ref")).toBe(before);
  });

  it("run refuses a worktrees.root over tracked files before creating anything", async () => {
    const { repo, env, server } = await setupRun(cleanup, { "docs/issues/A-1.md": doc("A-1"), "src/app.ts": "export {};\n" }, { "A-1": { dev: { answer: answers.dev() } } }, { worktrees: { root: "src" } });
    const before = mainState(repo.dir);
    const r = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('worktrees.root: "src" holds 1 tracked file (src/app.ts)');
    expect(existsSync(join(repo.dir, "src/.gitignore"))).toBe(false);
    expect(server.requests).toHaveLength(0);
    expect(mainState(repo.dir)).toEqual(before);
  }, 60_000);
});
