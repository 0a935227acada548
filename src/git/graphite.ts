import { readFile } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import { fail, ok, type Problem, type Result } from "../errors";
import type { StackTool } from "../core/types";
import { runChild } from "./child";
import type { GitGuard } from "./guard";
import { isIssueBranch } from "./naming";

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
    if (!isIssueBranch(branchPrefix, branch)) return `gt track may only track branches under ${branchPrefix}`;
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

/**
 * Runs `gt` (argv, no shell) after the allowlist check, in the environment the guard gives engine git (gt
 * runs git): program-running git config neutralised, the worktree's git dir pinned, its own process group
 * ended on timeout or interrupt. Resolves with its output or the reason it failed.
 */
async function runGt(args: string[], cwd: string, git: GitGuard): Promise<Result<string>> {
  const why = gtRefusal(args, git.scope.branchPrefix);
  if (why) return fail({ code: "GIT_FORBIDDEN", message: `refused to run \`gt ${args.join(" ")}\`: ${why}` });
  const network = args[0] === "submit";
  const env = await git.environment(cwd, network);
  if (!env.ok) return env;
  const timeouts = git.timeouts;
  const done = await runChild("gt", args, { cwd, env: env.value, timeoutMs: network ? timeouts.networkMs : timeouts.localMs, signal: git.signal, maxBuffer: 16 * 1024 * 1024 });
  if (done.spawnError === "ENOENT") return fail({ code: "GRAPHITE", message: "gt (the Graphite CLI) is not on PATH", hint: "Install it (npm install -g @withgraphite/graphite-cli), or set graphite.enabled to false." });
  if (done.stopped === null && done.code === 0) return ok(done.stdout.trim());
  const said = `${done.stderr}${done.stdout}`.trim();
  const detail = done.stopped !== null ? `${done.stopped}${said ? `: ${said}` : ""}` : said || `exit code ${done.code}`;
  return fail({ code: "GRAPHITE", message: `\`gt ${args.join(" ")}\` failed: ${detail}` });
}

export class Graphite implements StackTool {
  submit?: StackTool["submit"];

  private constructor(
    readonly trunk: string,
    private readonly git: GitGuard,
    opts: { submit: boolean; draft: boolean },
  ) {
    if (opts.submit) {
      const flags = ["--no-interactive", "--no-edit", opts.draft ? "--draft" : "--publish"];
      this.submit = async (worktree) => {
        const done = await runGt(["submit", ...flags], worktree, this.git);
        return done.ok ? ok(undefined) : done;
      };
    }
  }

  /**
   * Checks the preconditions before any issue runs: `gt` runs, and the repository was set up with
   * `gt init` (its trunk is read from the repo config Graphite keeps in the git directory).
   */
  static async open(opts: { repoRoot: string; git: GitGuard; submit: boolean; draft: boolean }): Promise<Result<Graphite>> {
    const version = await runGt(["--version"], opts.repoRoot, opts.git);
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
    return ok(new Graphite(trunk, opts.git, opts));
  }

  async track(worktree: string, branch: string, parent: string): Promise<Result<void>> {
    // Inside the issue's own worktree: Graphite refuses to touch a branch checked out elsewhere.
    const done = await runGt(["track", branch, "--parent", parent, "--no-interactive"], worktree, this.git);
    return done.ok ? ok(undefined) : done;
  }
}
