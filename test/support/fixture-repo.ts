import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { collectOutput, type ChildOutput } from "./child-output";

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const CLI = join(PROJECT_ROOT, "dist/cli.js");

/** Deterministic identity so commits work on machines without a global git config. */
export const GIT_ENV = {
  GIT_AUTHOR_NAME: "Test Author",
  GIT_AUTHOR_EMAIL: "author@example.invalid",
  GIT_COMMITTER_NAME: "Test Author",
  GIT_COMMITTER_EMAIL: "author@example.invalid",
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, ...GIT_ENV } }).trim();
}

export interface FixtureRepo {
  dir: string;
  write(path: string, text: string): void;
  commitAll(message?: string): string;
  cleanup(): void;
}

/** A real git repository in a temp dir with one initial commit, populated from `files`. */
export function makeRepo(files: Record<string, string> = {}): FixtureRepo {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "orchestrator-repo-")));
  git(dir, "init", "-q", "-b", "main");
  const write = (path: string, text: string) => {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  };
  write("README.md", "# fixture\n");
  for (const [path, text] of Object.entries(files)) write(path, text);
  const commitAll = (message = "fixture") => {
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "--allow-empty", "-m", message);
    return git(dir, "rev-parse", "HEAD");
  };
  commitAll("initial");
  return { dir, write, commitAll, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function issueDoc(front: Record<string, unknown>, body = ""): string {
  const yaml = Object.entries(front)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join("\n");
  return `---\n${yaml}\n---\n${body}\n`;
}

export type CliResult = ChildOutput;

/** Starts the built CLI as a user would: a subprocess with argv, in `cwd`. */
export function startCli(
  args: string[],
  opts: { cwd: string; env?: NodeJS.ProcessEnv; onOutput?: (chunk: string) => void },
): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: opts.cwd,
    env: { ...process.env, ...GIT_ENV, NO_COLOR: "1", ...opts.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return { child, done: collectOutput(child, { onOutput: opts.onOutput }) };
}

export function runCli(args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<CliResult> {
  return startCli(args, opts).done;
}
