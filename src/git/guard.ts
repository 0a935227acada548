import { isAbsolute, relative, resolve } from "node:path";
import { execFile } from "node:child_process";
import { errorMessage, fail, ok, type Result } from "../errors";

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
  const issueBranch = (name: string | undefined) => name !== undefined && name.startsWith(scope.branchPrefix) && name.length > scope.branchPrefix.length;

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
      return rest[0] === "--get" || rest[0] === "--get-all" ? null : "config may only be read (--get)";
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
      if (hasAny(rest, ["-f", "--force", "--force-with-lease", "--force-if-includes", "--delete", "-d", "--mirror", "--all", "--tags", "--prune", "--follow-tags"])) return "push may not force, delete or push more than one branch";
      const [remote, refspec, ...more] = positionals(rest);
      if (!remote || !refspec || more.length > 0) return "push takes exactly a remote and an issue branch";
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

/** Never needed (merges use --no-edit, commits -m, output is not a TTY); an editor must never open. */
const INTERACTIVE_VARS = ["EDITOR", "VISUAL", "GIT_EDITOR", "GIT_SEQUENCE_EDITOR", "PAGER", "GIT_PAGER"];

/** Far above anything the engine reads (worktree lists, ref lists), but bounded. */
const MAX_OUTPUT = 64 * 1024 * 1024;

function gitEnvironment(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (value !== undefined && !INTERACTIVE_VARS.includes(name)) out[name] = value;
  // Never wait for a credential prompt: fail instead.
  out.GIT_TERMINAL_PROMPT = "0";
  return out;
}

export type CommandListener = (argv: string[], cwd: string) => void;

export class GitGuard {
  private readonly listeners: CommandListener[] = [];

  constructor(
    readonly scope: GuardScope,
    private readonly env: Record<string, string | undefined> = {},
  ) {}

  /** Records every git invocation that passes the guard (tests check a whole run against SPEC §3). */
  onCommand(listener: CommandListener): void {
    this.listeners.push(listener);
  }

  /**
   * Runs `git args` in `cwd` (argv, no shell) and returns its stdout. Any non-zero exit is a failure
   * carrying git's own words, except the codes in `okExitCodes` (e.g. 1 for "not found" queries).
   */
  async run(cwd: string, args: string[], opts: { okExitCodes?: number[] } = {}): Promise<Result<string>> {
    const why = refusal(args, cwd, this.scope);
    if (why) return fail({ code: "GIT_FORBIDDEN", message: `refused to run \`git ${args.join(" ")}\`: ${why}` });
    for (const listener of this.listeners) listener(args, cwd);
    const accepted = [0, ...(opts.okExitCodes ?? [])];
    const env = gitEnvironment({ ...process.env, ...this.env });
    return new Promise((resolve) => {
      execFile("git", args, { cwd, env, encoding: "utf8", maxBuffer: MAX_OUTPUT }, (err, stdout, stderr) => {
        const exit = err ? (err as NodeJS.ErrnoException & { code?: unknown }).code : 0;
        if (typeof exit === "number" && accepted.includes(exit)) return resolve(ok(stdout.trimEnd()));
        const detail = typeof exit === "number" ? `${stderr}${stdout}`.trim() || `exit code ${exit}` : errorMessage(err);
        resolve(fail({ code: "GIT", message: `\`git ${args.join(" ")}\` failed: ${detail}` }));
      });
    });
  }
}
