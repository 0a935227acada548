import { existsSync } from "node:fs";
import { readdir, readFile, realpath } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fail, ok, type Result } from "../errors";
import { runChild } from "./child";
import { isIssueBranch } from "./naming";
import { safeGitEnv } from "./safe-env";

/**
 * The only place git runs. Every argv is checked against SPEC §3's allowed operations before it is
 * executed: worktree add/remove/list/prune, creating branches, add/commit/merge inside an issue
 * worktree, push of an issue branch without force, bundle create, and read-only queries. Anything else
 * (reset, clean, checkout, force push, branch deletion, global `-c`/`-C` options…) is refused.
 */

export interface GuardScope {
  /** The main worktree: add/commit/merge are refused there. */
  repoRoot: string;
  /** Absolute directory under which issue worktrees live. */
  worktreesRoot: string;
  /** Only branches with this prefix may be created or pushed. */
  branchPrefix: string;
}

const READ_ONLY = new Set(["rev-parse", "log", "show-ref", "for-each-ref", "ls-files", "merge-base", "cat-file", "rev-list", "diff"]);

const isFlag = (a: string) => a.startsWith("-");
/** The only options a push may carry: none of them forces, deletes, widens the refspec or runs a program. */
const PUSH_OPTIONS = new Set(["-q", "--quiet", "--porcelain", "--no-verify", "--no-signed"]);
/** A plain branch name: no revision syntax (`~`, `^`, `:`, `@{`) that would check out something else. */
const BRANCH_NAME = /^(?!.*\.\.)[A-Za-z0-9._/-]+$/;
const positionals = (args: string[]) => args.filter((a) => !isFlag(a));
const hasAny = (args: string[], flags: string[]) => args.some((a) => flags.some((f) => a === f || a.startsWith(`${f}=`)));

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

/** Why `args` may not run in `cwd`, or null when it may. */
export function refusal(args: string[], cwd: string, scope: GuardScope): string | null {
  const [command, ...rest] = args;
  if (command === undefined) return "empty git command";
  if (command === "--version" && rest.length === 0) return null;
  if (isFlag(command)) return `global option ${command} is not allowed`;
  const inIssueWorktree = inside(scope.worktreesRoot, resolve(cwd));
  const issueBranch = (name: string | undefined) => isIssueBranch(scope.branchPrefix, name);

  if (READ_ONLY.has(command)) {
    return hasAny(rest, ["--output", "-o", "--ext-diff", "--textconv"]) && command === "diff" ? "diff may only print" : null;
  }
  switch (command) {
    case "status":
      return rest.includes("--porcelain") ? null : "status must be --porcelain";
    case "symbolic-ref":
      // One positional reads the ref; two would point HEAD somewhere else.
      return positionals(rest).length <= 1 && !hasAny(rest, ["-d", "--delete"]) ? null : "symbolic-ref may only read";
    case "config":
      return rest[0] === "--get" || rest[0] === "--get-all" || rest[0] === "--get-regexp" ? null : "config may only be read (--get)";
    case "worktree": {
      const [sub, ...opts] = rest;
      if (sub === "list" || sub === "prune") return hasAny(opts, ["--expire"]) ? "worktree prune --expire is not allowed" : null;
      if (sub === "remove") {
        if (hasAny(opts, ["-f", "--force"])) return "worktree remove --force is not allowed";
        const target = positionals(opts)[0];
        return target && inside(scope.worktreesRoot, resolve(cwd, target)) ? null : "only orchestrator worktrees may be removed";
      }
      if (sub === "add") {
        if (hasAny(opts, ["-f", "--force", "-B", "--detach", "--orphan"])) return "worktree add may only create a new branch (-b) or check out an issue branch";
        const b = opts.indexOf("-b");
        if (b < 0) {
          // A rerun resumes an existing issue branch (SPEC §3 "Reruns continue"): `worktree add <path> <branch>`.
          const [target, branch, ...more] = positionals(opts);
          if (!issueBranch(branch) || !BRANCH_NAME.test(branch ?? "") || more.length > 0) return `worktree add may only check out a branch under ${scope.branchPrefix}`;
          return target && inside(scope.worktreesRoot, resolve(cwd, target)) ? null : "worktrees must be created under worktrees.root";
        }
        if (!issueBranch(opts[b + 1])) return `worktree add must create a branch under ${scope.branchPrefix}`;
        const target = positionals(opts).find((p) => p !== opts[b + 1]);
        return target && inside(scope.worktreesRoot, resolve(cwd, target)) ? null : "worktrees must be created under worktrees.root";
      }
      return `worktree ${sub ?? ""} is not allowed`;
    }
    case "branch": {
      // Creating only: `branch <name> [<start>]`; listing, deleting, moving and forcing are refused.
      if (rest.some(isFlag)) return "branch may only create a branch";
      const [name, ...others] = rest;
      return issueBranch(name) && others.length <= 1 ? null : `branch may only create a branch under ${scope.branchPrefix}`;
    }
    case "add":
    case "commit":
    case "merge": {
      if (!inIssueWorktree) return `${command} is only allowed inside an orchestrator issue worktree`;
      if (command === "commit" && hasAny(rest, ["--amend", "--fixup", "--squash", "-C", "-c", "--reuse-message", "--reedit-message"])) return "commit may only create a new commit";
      if (command === "merge" && hasAny(rest, ["-s", "--strategy", "-X", "--strategy-option", "--squash"])) return "merge strategy options are not allowed";
      return null;
    }
    case "push": {
      // Options by allowlist: anything else could force, delete, push more, or name a program (--receive-pack).
      const option = rest.find((a) => isFlag(a) && !PUSH_OPTIONS.has(a));
      if (option !== undefined) return `push option ${option} is not allowed (push may not force, delete or push more than one branch)`;
      const [remote, refspec, ...more] = positionals(rest);
      if (!remote || !refspec || more.length > 0) return "push takes exactly a remote and an issue branch";
      if (remote !== "origin") return "push may only go to origin";
      if (refspec.startsWith("+")) return "push may not force (+refspec)";
      const [src, dst = src] = refspec.split(":");
      const strip = (r: string | undefined) => r?.replace(/^refs\/heads\//, "");
      return issueBranch(strip(src)) && issueBranch(strip(dst)) ? null : `only branches under ${scope.branchPrefix} may be pushed`;
    }
    case "fetch": {
      // Only origin's issue branches into their remote-tracking refs, never forced (no `+`, no --force/--prune).
      if (hasAny(rest, ["-f", "--force", "--prune", "-p", "--prune-tags", "--upload-pack", "--refmap", "--recurse-submodules", "--all", "--multiple"])) return "fetch may only update origin's issue branches";
      const [remote, ...refspecs] = positionals(rest);
      if (remote !== "origin" || refspecs.length === 0) return "fetch takes origin and issue-branch refspecs";
      const fine = refspecs.every((r) => {
        const [src, dst] = r.split(":");
        return !r.startsWith("+") && src === `refs/heads/${scope.branchPrefix}*` && dst === `refs/remotes/origin/${scope.branchPrefix}*`;
      });
      return fine ? null : `fetch may only map refs/heads/${scope.branchPrefix}* to refs/remotes/origin/${scope.branchPrefix}*`;
    }
    case "bundle":
      return rest[0] === "create" ? null : "only bundle create is allowed";
    default:
      return `git ${command} is not allowed`;
  }
}

/** Far above anything the engine reads (worktree lists, ref lists), but bounded. */
const MAX_OUTPUT = 64 * 1024 * 1024;

/**
 * Every git call ends: a signer, a credential prompt or a hung remote cannot hold a run forever. Local
 * operations get minutes (a checkout of a very large tree), network ones (push, fetch) longer.
 */
export const GIT_TIMEOUTS = { localMs: 5 * 60_000, networkMs: 10 * 60_000 };

export interface GuardOptions {
  /** `worktrees.signCommits`: engine commits are signed as the user configured; otherwise signing is off. */
  signCommits?: boolean;
  /** The run's interrupt: a git call in flight is ended with its whole process group. */
  signal?: AbortSignal;
  timeouts?: { localMs: number; networkMs: number };
}

export type CommandListener = (argv: string[], cwd: string) => void;

export class GitGuard {
  private readonly listeners: CommandListener[] = [];
  /** Issue worktree → its admin dir in the common git dir, found from git's own records. */
  private readonly pins = new Map<string, string>();
  private commonDir: Promise<Result<string>> | null = null;

  constructor(
    readonly scope: GuardScope,
    private readonly env: Record<string, string | undefined> = {},
    private readonly opts: GuardOptions = {},
  ) {}

  get timeouts(): { localMs: number; networkMs: number } {
    return this.opts.timeouts ?? GIT_TIMEOUTS;
  }

  get signal(): AbortSignal | undefined {
    return this.opts.signal;
  }

  /** Records every git invocation that passes the guard (tests check a whole run against SPEC §3). */
  onCommand(listener: CommandListener): void {
    this.listeners.push(listener);
  }

  /**
   * The environment an engine process working in `cwd` gets (git, and gt which runs git): program-running
   * config neutralised, and inside an issue worktree the git dir pinned to the one git registered for it,
   * so the agent-writable `.git` file there cannot point the engine at a gitdir of the agent's making.
   */
  async environment(cwd: string, network = false, extra: [string, string][] = []): Promise<Result<Record<string, string>>> {
    const base = { ...process.env, ...this.env };
    const workTree = this.issueWorktree(cwd);
    let pin: { gitDir: string; workTree: string } | undefined;
    if (workTree !== null && existsSync(workTree)) {
      const gitDir = await this.adminDir(workTree);
      if (!gitDir.ok) return gitDir;
      pin = { gitDir: gitDir.value, workTree };
    }
    return ok(safeGitEnv(base, { signCommits: this.opts.signCommits ?? false, network, pin, extra }));
  }

  /**
   * Runs `git args` in `cwd` (argv, no shell) and returns its stdout. Any non-zero exit is a failure
   * carrying git's own words, except the codes in `okExitCodes` (e.g. 1 for "not found" queries).
   */
  async run(cwd: string, args: string[], opts: { okExitCodes?: number[]; remoteConfig?: [string, string][] } = {}): Promise<Result<string>> {
    const why = refusal(args, cwd, this.scope);
    if (why) return fail({ code: "GIT_FORBIDDEN", message: `refused to run \`git ${args.join(" ")}\`: ${why}` });
    for (const listener of this.listeners) listener(args, cwd);
    // fetch (origin's issue branches, for reruns) talks to the remote as push does.
    const network = args[0] === "push" || args[0] === "fetch";
    // The token header reaches only these calls to origin, and only through that call's environment.
    const env = await this.environment(cwd, network, network ? (opts.remoteConfig ?? []) : []);
    if (!env.ok) return env;
    if (args[0] === "worktree" && args[1] === "remove") this.pins.delete(resolve(cwd, positionals(args.slice(2))[0] ?? ""));
    const timeouts = this.timeouts;
    const argv = args[0] === "diff" || args[0] === "log" ? [args[0], "--no-ext-diff", "--no-textconv", ...args.slice(1)] : args;
    const done = await runChild("git", argv, {
      cwd,
      env: env.value,
      timeoutMs: network ? timeouts.networkMs : timeouts.localMs,
      signal: this.opts.signal,
      maxBuffer: MAX_OUTPUT,
    });
    const accepted = [0, ...(opts.okExitCodes ?? [])];
    if (done.stopped === null && done.code !== null && accepted.includes(done.code)) return ok(done.stdout.trimEnd());
    const said = `${done.stderr}${done.stdout}`.trim();
    const detail = done.stopped !== null ? `${done.stopped}${said ? `: ${said}` : ""}` : said || `exit code ${done.code}`;
    return fail({ code: "GIT", message: `\`git ${args.join(" ")}\` failed: ${detail}` });
  }

  /** The issue worktree (its top directory under worktrees.root) `cwd` is in, or null. */
  private issueWorktree(cwd: string): string | null {
    const rel = relative(this.scope.worktreesRoot, resolve(cwd));
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return null;
    return join(this.scope.worktreesRoot, rel.split(sep)[0] as string);
  }

  private async adminDir(workTree: string): Promise<Result<string>> {
    const known = this.pins.get(workTree);
    if (known !== undefined) return ok(known);
    this.commonDir ??= this.readCommonDir();
    const common = await this.commonDir;
    if (!common.ok) {
      this.commonDir = null;
      return common;
    }
    const found = await findAdminDir(common.value, workTree);
    if (found === null) {
      return fail({ code: "GIT", message: `${workTree} is not a worktree git has registered for this repository`, hint: "Run `git worktree list`; `orchestrator clean` removes the engine's worktrees." });
    }
    this.pins.set(workTree, found);
    return ok(found);
  }

  private async readCommonDir(): Promise<Result<string>> {
    const out = await this.run(this.scope.repoRoot, ["rev-parse", "--git-common-dir"]);
    return out.ok ? ok(resolve(this.scope.repoRoot, out.value)) : out;
  }
}

/**
 * The admin dir (`<common>/worktrees/<name>`) whose `gitdir` record names `<workTree>/.git`: read from the
 * common git dir, which the agent cannot write, never from the worktree's own `.git` file, which it can.
 */
async function findAdminDir(commonDir: string, workTree: string): Promise<string | null> {
  const root = join(commonDir, "worktrees");
  let names: string[];
  try {
    names = await readdir(root);
  } catch {
    return null;
  }
  const wanted = await realpath(workTree).catch(() => workTree);
  for (const name of names) {
    const admin = join(root, name);
    const recorded = await readFile(join(admin, "gitdir"), "utf8").catch(() => null);
    if (recorded === null) continue;
    const dir = dirname(recorded.trim());
    if (dir === wanted || (await realpath(dir).catch(() => null)) === wanted) return admin;
  }
  return null;
}
