import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import { errorMessage, fail, ok, type Problem, type Result } from "../errors";
import type { StackTool } from "../engine/loop";
import type { GitGuard } from "./guard";

const SUBMIT_FLAGS = new Set(["--no-interactive", "--no-edit", "--no-ai", "--draft", "--publish"]);

/**
 * The Graphite commands SPEC §3 allows (with `gt track`, which adopts a branch `git worktree add` made):
 * `gt --version`, `gt track <issue branch> --parent <branch> --no-interactive`, and `gt submit
 * --no-interactive` with PR-metadata flags only. Never delete, sync, restack, force or anything else.
 */
export function gtRefusal(args: string[], branchPrefix: string): string | null {
  const [command, ...rest] = args;
  if (command === "--version" && rest.length === 0) return null;
  if (command === "track") {
    const [branch, parentFlag, parent, interactive, ...more] = rest;
    if (!branch?.startsWith(branchPrefix) || branch.length === branchPrefix.length) return `gt track may only track branches under ${branchPrefix}`;
    if (parentFlag !== "--parent" || !parent || parent.startsWith("-") || interactive !== "--no-interactive" || more.length > 0) {
      return "gt track takes exactly <branch> --parent <parent> --no-interactive";
    }
    return null;
  }
  if (command === "submit") {
    if (!rest.includes("--no-interactive")) return "gt submit must be --no-interactive";
    const bad = rest.find((a) => !SUBMIT_FLAGS.has(a));
    return bad === undefined ? null : `gt submit option ${bad} is not allowed`;
  }
  return `gt ${command ?? ""} is not allowed`;
}

/** Runs `gt` (argv, no shell) after the allowlist check; resolves with its output or the reason it failed. */
function runGt(args: string[], cwd: string, env: NodeJS.ProcessEnv, branchPrefix: string): Promise<Result<string>> {
  const why = gtRefusal(args, branchPrefix);
  if (why) return Promise.resolve(fail({ code: "GIT_FORBIDDEN", message: `refused to run \`gt ${args.join(" ")}\`: ${why}` }));
  return new Promise((resolve) => {
    // The prompts --no-interactive already rules out must not even be possible: no TTY, no pager.
    const childEnv = { ...env, GIT_TERMINAL_PROMPT: "0", PAGER: "cat", GIT_PAGER: "cat" };
    execFile("gt", args, { cwd, env: childEnv, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (!err) return resolve(ok(stdout.trim()));
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "ENOENT") return resolve(fail({ code: "GRAPHITE", message: "gt (the Graphite CLI) is not on PATH", hint: "Install it (npm install -g @withgraphite/graphite-cli), or set graphite.enabled to false." }));
      const detail = `${stderr}${stdout}`.trim() || errorMessage(err);
      resolve(fail({ code: "GRAPHITE", message: `\`gt ${args.join(" ")}\` failed: ${detail}` }));
    });
  });
}

export class Graphite implements StackTool {
  submit?: StackTool["submit"];

  private constructor(
    readonly trunk: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly branchPrefix: string,
    opts: { submit: boolean; draft: boolean },
  ) {
    if (opts.submit) {
      const flags = ["--no-interactive", "--no-edit", opts.draft ? "--draft" : "--publish"];
      this.submit = async (worktree) => {
        const done = await runGt(["submit", ...flags], worktree, this.env, this.branchPrefix);
        return done.ok ? ok(undefined) : done;
      };
    }
  }

  /**
   * Checks the preconditions before any issue runs: `gt` runs, and the repository was set up with
   * `gt init` (its trunk is read from the repo config Graphite keeps in the git directory).
   */
  static async open(opts: { repoRoot: string; git: GitGuard; env: NodeJS.ProcessEnv; branchPrefix: string; submit: boolean; draft: boolean }): Promise<Result<Graphite>> {
    const version = await runGt(["--version"], opts.repoRoot, opts.env, opts.branchPrefix);
    if (!version.ok) return version;
    const commonDir = await opts.git.run(opts.repoRoot, ["rev-parse", "--git-common-dir"]);
    if (!commonDir.ok) return commonDir;
    const dir = isAbsolute(commonDir.value) ? commonDir.value : join(opts.repoRoot, commonDir.value);
    const notInitialised: Problem = {
      code: "GRAPHITE",
      key: "graphite.enabled",
      message: `${opts.repoRoot} is not initialised for Graphite`,
      hint: "Run `gt init` in the repository (it picks the trunk branch), or set graphite.enabled to false.",
    };
    let trunk: unknown;
    try {
      trunk = (JSON.parse(await readFile(join(dir, ".graphite_repo_config"), "utf8")) as { trunk?: unknown }).trunk;
    } catch {
      return fail(notInitialised);
    }
    if (typeof trunk !== "string" || trunk === "") return fail(notInitialised);
    return ok(new Graphite(trunk, opts.env, opts.branchPrefix, opts));
  }

  async track(worktree: string, branch: string, parent: string): Promise<Result<void>> {
    // Inside the issue's own worktree: Graphite refuses to touch a branch checked out elsewhere.
    const done = await runGt(["track", branch, "--parent", parent, "--no-interactive"], worktree, this.env, this.branchPrefix);
    return done.ok ? ok(undefined) : done;
  }
}
