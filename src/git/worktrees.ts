import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { OrchestratorConfig } from "../config/types";
import type { IssueWorktrees } from "../engine/loop";
import { errorMessage, fail, ok, type Problem, type Result } from "../errors";
import { ensureOwnDirectory } from "../state-dir";
import { namedPath, nestedRepositories, parseStatusZ, secretsInFile } from "./commit-checks";
import { pushAuthConfig } from "../github/repository";
import { GitGuard, type GuardOptions } from "./guard";
import { readRefs, type RefSnapshot } from "./refs";

/** Identity for the engine's commits, each part used only when neither the environment nor git config sets it. */
const FALLBACK = { NAME: "orchestrator", EMAIL: "orchestrator@localhost" };

/**
 * The identity variables the engine must add so its commits work: none when the user's environment
 * (`GIT_AUTHOR_*`, `GIT_COMMITTER_*`, `EMAIL`) or git config (`user.*`, `author.*`, `committer.*`) says who
 * commits; `configured` is the output of `git config --get-regexp` for those keys.
 */
export function fallbackIdentity(env: Record<string, string | undefined>, configured: string): Record<string, string> {
  const keys = new Set(configured.split("\n").map((line) => line.split(" ")[0]?.toLowerCase() ?? ""));
  const out: Record<string, string> = {};
  for (const role of ["AUTHOR", "COMMITTER"] as const) {
    for (const field of ["NAME", "EMAIL"] as const) {
      const name = `GIT_${role}_${field}`;
      const lower = field.toLowerCase();
      if (env[name] || keys.has(`user.${lower}`) || keys.has(`${role.toLowerCase()}.${lower}`) || (field === "EMAIL" && env.EMAIL)) continue;
      out[name] = FALLBACK[field];
    }
  }
  return out;
}

export interface WorktreeInfo {
  path: string;
  branch: string | null;
  head: string | null;
}

/** `git worktree list --porcelain` → one entry per worktree. */
export function parseWorktreeList(text: string): WorktreeInfo[] {
  return text
    .split(/\n\n+/)
    .map((block) => {
      const lines = block.split("\n");
      const value = (key: string) => lines.find((l) => l.startsWith(`${key} `))?.slice(key.length + 1) ?? null;
      return { path: value("worktree") ?? "", branch: value("branch")?.replace(/^refs\/heads\//, "") ?? null, head: value("HEAD") };
    })
    .filter((w) => w.path !== "");
}

export class Worktrees implements IssueWorktrees {
  /** `worktrees.base` resolved once, when the run starts: every unstacked issue branches from that commit. */
  private base: { rev: string; sha: string } | null = null;

  private constructor(
    readonly guard: GitGuard,
    private readonly repoRoot: string,
    /** The known secrets in a text (src/report/redact.ts): what the commit scan looks for. */
    private readonly secrets: ((text: string) => Set<string>) | null,
    /** GITHUB_TOKEN: authenticates the push to an http(s) origin, in that call's environment only. */
    private readonly pushToken: string | null = null,
  ) {}

  /** Checks the repository before any issue runs: a git repo with a commit, and a resolvable base. */
  static async open(opts: { repoRoot: string; config: OrchestratorConfig; env?: NodeJS.ProcessEnv; signal?: AbortSignal; timeouts?: GuardOptions["timeouts"]; secrets?: (text: string) => Set<string>; pushToken?: string }): Promise<Result<Worktrees>> {
    const { repoRoot, config } = opts;
    const scope = { repoRoot, worktreesRoot: resolve(repoRoot, config.worktrees.root), branchPrefix: config.worktrees.branchPrefix };
    const guardOptions: GuardOptions = { signCommits: config.worktrees.signCommits, signal: opts.signal, timeouts: opts.timeouts };
    const probe = new GitGuard(scope, opts.env ?? {}, guardOptions);
    // Exit 1: none of the keys is set.
    const configured = await probe.run(repoRoot, ["config", "--get-regexp", "^(user|author|committer)\\.(name|email)$"], { okExitCodes: [1] });
    if (!configured.ok) return configured;
    const identity = fallbackIdentity({ ...process.env, ...opts.env }, configured.value);
    const worktrees = new Worktrees(new GitGuard(scope, { ...opts.env, ...identity }, guardOptions), repoRoot, opts.secrets ?? null, opts.pushToken || null);
    const head = await worktrees.resolveCommit("HEAD");
    if (!head.ok) return head;
    if (head.value === null) {
      return fail({ code: "GIT", message: `${repoRoot} has no commit yet`, hint: "Commit something first: issue branches start from a commit." });
    }
    const base = await worktrees.resolveCommit(config.worktrees.base);
    if (!base.ok) return base;
    if (base.value === null) {
      return fail({ code: "CONFIG_INVALID", key: "worktrees.base", message: `${JSON.stringify(config.worktrees.base)} does not name a commit in ${repoRoot}` });
    }
    worktrees.base = { rev: config.worktrees.base, sha: base.value };
    return ok(worktrees);
  }

  private git(cwd: string, ...args: string[]): Promise<Result<string>> {
    return this.guard.run(cwd, args);
  }

  /** The commit `rev` names, or null when it names none. */
  private async resolveCommit(rev: string): Promise<Result<string | null>> {
    // --quiet: exit 1 and no output when the revision does not resolve.
    const sha = await this.guard.run(this.repoRoot, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { okExitCodes: [1] });
    return sha.ok ? ok(sha.value === "" ? null : sha.value) : sha;
  }

  async list(): Promise<Result<WorktreeInfo[]>> {
    const listed = await this.git(this.repoRoot, "worktree", "list", "--porcelain");
    return listed.ok ? ok(parseWorktreeList(listed.value)) : listed;
  }

  async create(opts: { id: string; branch: string; path: string; base: string; mergeBranches: string[] }): Promise<Result<{ baseSha: string }>> {
    const { branch, path } = opts;
    const shown = relative(this.repoRoot, path);
    const worktreeExists = (): Result<never> =>
      fail({
        code: "WORKTREE_EXISTS",
        message: `worktree ${shown} already exists`,
        hint: `Inspect it, then remove it with \`orchestrator clean\` (or \`git worktree remove ${shown}\`).`,
      });
    if (existsSync(path)) return worktreeExists();
    const start = opts.base === this.base?.rev ? ok(this.base.sha) : await this.resolveCommit(opts.base);
    if (!start.ok) return start;
    if (start.value === null) return fail({ code: "GIT", message: `cannot resolve ${opts.base} to a commit` });
    try {
      await ensureOwnDirectory(this.guard.scope.worktreesRoot, this.repoRoot);
    } catch (err) {
      return fail({ code: "WORKTREE", message: `cannot create the worktrees root: ${errorMessage(err)}`, hint: "Point worktrees.root at a real directory inside the repository." });
    }
    // git itself refuses an existing branch or a registered worktree, atomically; one call instead of
    // asking first (bench/per-issue.bench.ts).
    const added = await this.git(this.repoRoot, "worktree", "add", "-b", branch, path, start.value);
    if (!added.ok) {
      const why = (added.problems[0] as Problem).message;
      if (/a branch named .* already exists/.test(why)) {
        return fail({
          code: "BRANCH_EXISTS",
          message: `branch ${branch} already exists`,
          hint: `Merge or keep its work, then delete it with \`git branch -D ${branch}\` to run the issue again.`,
        });
      }
      if (/already registered worktree|already exists/.test(why)) return worktreeExists();
      return added;
    }
    for (const other of opts.mergeBranches) {
      const merged = await this.git(path, "merge", "--no-edit", other);
      if (!merged.ok) {
        await this.git(path, "merge", "--abort");
        await this.remove(path);
        const conflicts = (merged.problems[0] as Problem).message.match(/(?<=Merge conflict in ).+/g) ?? [];
        return fail({
          code: "MERGE_CONFLICT",
          message: `merging ${other} into ${branch} (started from ${opts.base}) conflicts${conflicts.length > 0 ? ` in ${conflicts.join(", ")}` : ""}`,
          hint: `Resolve the dependencies' overlap by hand, then delete ${branch} (\`git branch -D ${branch}\`) and run again.`,
        });
      }
    }
    return ok({ baseSha: start.value });
  }

  /**
   * Commits everything the phase left in the worktree; null when nothing changed. Before anything is staged:
   * a repository the agent created inside the worktree fails (NESTED_REPO), and so does a file holding a
   * known secret (SECRET, naming the files) — nothing is committed then and the caller keeps the worktree.
   * Paths in `named` (the phase's `changes`) that .gitignore matches are committed too, with `warn`.
   */
  async commit(worktree: string, message: string, opts: { named?: string[]; warn?: (message: string) => void } = {}): Promise<Result<string | null>> {
    // status first: a phase that changed nothing (most reviews) costs one git call, not two.
    const status = await this.git(worktree, "status", "--porcelain", "-z", "--untracked-files=all");
    if (!status.ok) return status;
    const entries = parseStatusZ(status.value);
    const named = [...new Set((opts.named ?? []).map(namedPath).filter((p): p is string => p !== null))];
    let ignored: string[] = [];
    if (named.length > 0) {
      // :(literal) — the agent's text is a path, never a glob or pathspec magic.
      const listed = await this.git(worktree, "ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--", ...named.map((p) => `:(literal)${p}`));
      if (!listed.ok) return listed;
      ignored = listed.value.split("\0").filter((p) => p !== "");
    }
    if (entries.length === 0 && ignored.length === 0) return ok(null);
    const nested = nestedRepositories(worktree, entries);
    if (nested.length > 0) {
      return fail({
        code: "NESTED_REPO",
        message: `the agent created a git repository inside its worktree (${nested.join(", ")}): it would be committed as a dangling gitlink, so nothing of this phase was committed`,
        hint: `The worktree is kept: copy out what you need, then remove it (\`git worktree remove --force ${relative(this.repoRoot, worktree)}\`).`,
      });
    }
    const leaked = await this.filesWithSecrets(worktree, [...entries.map((e) => ({ path: e.path, tracked: e.code !== "??" })), ...ignored.map((path) => ({ path, tracked: false }))]);
    if (leaked.length > 0) {
      const shown = leaked.slice(0, 10).join(", ") + (leaked.length > 10 ? ` and ${leaked.length - 10} more` : "");
      return fail({
        code: "SECRET",
        message: `${shown} ${leaked.length === 1 ? "holds" : "hold"} a secret (a runner.env or key variable's value, or text shaped like an API key): nothing of this phase was committed and the branch is neither bundled nor pushed`,
        hint: `Rotate the credential. The worktree is kept for inspection; remove it with \`git worktree remove --force ${relative(this.repoRoot, worktree)}\`.`,
      });
    }
    const added = await this.git(worktree, "add", "-A");
    if (!added.ok) return added;
    if (ignored.length > 0) {
      const forced = await this.git(worktree, "add", "-f", "--", ...ignored.map((p) => `:(literal)${p}`));
      if (!forced.ok) return forced;
      opts.warn?.(`committed files .gitignore matches because the phase named them in its changes: ${ignored.join(", ")}`);
    }
    // --no-verify: a failing hook of the user's must not lose the agent's work; review judges it instead.
    const committed = await this.git(worktree, "commit", "--no-verify", "-q", "-m", message);
    if (!committed.ok) {
      // status can list what `add` then stages as no change at all (e.g. a mode change git ignores).
      return /nothing (added )?to commit|no changes added to commit/.test((committed.problems[0] as Problem).message) ? ok(null) : committed;
    }
    return this.git(worktree, "rev-parse", "HEAD");
  }

  /**
   * Files (worktree-relative) holding a secret the redactor knows that their committed version did not
   * already hold (a fixture with a key-shaped string the repository always had is not the agent's leak).
   */
  private async filesWithSecrets(worktree: string, files: { path: string; tracked: boolean }[]): Promise<string[]> {
    if (!this.secrets) return [];
    const find = this.secrets;
    const leaked: string[] = [];
    for (const file of files) {
      const found = secretsInFile(join(worktree, file.path), find);
      if (found.size === 0) continue;
      if (file.tracked) {
        // Exit 128: not in HEAD (new in the index); then nothing was there before.
        const before = await this.guard.run(worktree, ["cat-file", "blob", `HEAD:${file.path}`], { okExitCodes: [128] });
        const old = before.ok ? find(before.value) : new Set<string>();
        if ([...found].every((s) => old.has(s))) continue;
      }
      leaked.push(file.path);
    }
    return leaked;
  }

  /** Every ref and the main worktree's HEAD, to see what a phase moved (src/git/refs.ts). */
  refs(): Promise<Result<RefSnapshot>> {
    return readRefs(this.guard, this.repoRoot);
  }

  async remove(worktree: string): Promise<Result<void>> {
    const removed = await this.git(this.repoRoot, "worktree", "remove", worktree);
    return removed.ok ? ok(undefined) : removed;
  }

  /**
   * Pushes the issue branch to origin, never forced. With a token (GITHUB_TOKEN) and an http(s) origin, the
   * push authenticates with it through this one call's environment (src/github/repository.ts): no config
   * file, and so no agent, ever holds it.
   */
  async push(worktree: string, branch: string): Promise<Result<void>> {
    let pushConfig: [string, string][] = [];
    if (this.pushToken) {
      const url = await this.originUrl();
      if (!url.ok) return url;
      pushConfig = (url.value ? pushAuthConfig(url.value, this.pushToken) : null) ?? [];
    }
    const pushed = await this.guard.run(worktree, ["push", "origin", `${branch}:${branch}`], { pushConfig });
    return pushed.ok ? ok(undefined) : pushed;
  }

  /** origin's URL, or null when there is no origin. */
  async originUrl(): Promise<Result<string | null>> {
    // Exit 1: the key is not set.
    const url = await this.guard.run(this.repoRoot, ["config", "--get", "remote.origin.url"], { okExitCodes: [1] });
    return url.ok ? ok(url.value === "" ? null : url.value) : url;
  }

  /** The full ref `rev` names (`refs/heads/main`), `HEAD` for a detached HEAD, or "" for a commit. */
  async symbolicName(rev: string): Promise<Result<string>> {
    return this.guard.run(this.repoRoot, ["rev-parse", "--symbolic-full-name", rev]);
  }

  /**
   * Saves those of `branches` that exist as one git bundle (`git fetch <file>` restores them), so the work
   * outlives a machine that is thrown away (a CI runner). Returns the branches bundled; none → no file.
   */
  async bundleBranches(file: string, branches: string[]): Promise<Result<string[]>> {
    const wanted = new Set(branches);
    const listed = await this.git(this.repoRoot, "for-each-ref", "--format=%(refname:short)", "refs/heads/");
    if (!listed.ok) return listed;
    const present = listed.value.split("\n").filter((b) => wanted.has(b));
    if (present.length === 0) return ok([]);
    const made = await this.git(this.repoRoot, "bundle", "create", file, ...present.map((b) => `refs/heads/${b}`));
    return made.ok ? ok(present) : made;
  }

  /**
   * `orchestrator clean`: removes the orchestrator-owned worktrees (under worktrees.root, on a prefixed
   * branch). A worktree with uncommitted changes is kept and reported, never forced; branches stay. Only
   * those worktrees are touched: no repository-wide `git worktree prune`, which would also drop the record
   * of a user's own worktree on a disk that is not mounted right now.
   */
  async clean(): Promise<Result<{ removed: string[]; kept: { path: string; reason: string }[] }>> {
    const listed = await this.list();
    if (!listed.ok) return listed;
    const removed: string[] = [];
    const kept: { path: string; reason: string }[] = [];
    const { worktreesRoot, branchPrefix } = this.guard.scope;
    for (const w of listed.value) {
      const rel = relative(worktreesRoot, w.path);
      if (rel === "" || rel.startsWith("..") || !w.branch?.startsWith(branchPrefix)) continue;
      const shown = relative(this.repoRoot, w.path);
      // Its directory is gone: `worktree remove` drops just this one stale record.
      const status = existsSync(w.path) ? await this.git(w.path, "status", "--porcelain") : ok("");
      if (!status.ok || status.value !== "") {
        kept.push({ path: shown, reason: status.ok ? "uncommitted changes" : (status.problems[0] as Problem).message });
        continue;
      }
      const done = await this.remove(w.path);
      if (done.ok) removed.push(shown);
      else kept.push({ path: shown, reason: (done.problems[0] as Problem).message });
    }
    return ok({ removed, kept });
  }
}
