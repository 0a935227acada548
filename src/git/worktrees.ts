import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { OrchestratorConfig } from "../config/types";
import type { IssueWorktrees, RefSnapshot } from "../core/types";
import { errorMessage, fail, ok, type Problem, type Result } from "../errors";
import { ensureOwnDirectory } from "../state-dir";
import { engineCommitMessage } from "./trailers";
import { namedPath, nestedRepositories, parseStatusZ, secretsInFile } from "./commit-checks";
import { pushAuthConfig } from "../github/repository";
import { GitGuard, type GuardOptions } from "./guard";
import { readRefs } from "./refs";
import { branchFor, isIssueBranch, worktreeFor } from "./naming";

export interface CreateOptions {
  /** The issue: its branch and worktree are named from it (src/git/naming.ts). */
  id: string;
  /** Where a new branch starts (ignored when the branch exists). */
  base: string;
  /** Branches to merge in, unless the issue branch already contains them. */
  mergeBranches: string[];
  /** The branch exists already: locally, or only as `origin/<branch>`. */
  existing?: "local" | "origin";
}

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
    readonly repoRoot: string,
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

  /**
   * The issue's worktree, ready for its first phase (SPEC §3): a worktree left by a stopped run is reused
   * with its uncommitted work committed first (`recovered`); an existing branch is checked out (tracked from
   * `origin/<branch>` when only that exists); otherwise a new branch starts at `base`. Then each of
   * `mergeBranches` the branch does not already contain is merged in. Nothing is deleted or reset.
   */
  async create(opts: CreateOptions): Promise<Result<{ baseSha: string; recovered: string | null }>> {
    const branch = branchFor(this.guard.scope.branchPrefix, opts.id);
    const path = worktreeFor(this.guard.scope.worktreesRoot, opts.id);
    const shown = relative(this.repoRoot, path);
    const start = opts.base === this.base?.rev ? ok(this.base.sha) : await this.resolveCommit(opts.base);
    if (!start.ok) return start;
    if (start.value === null) return fail({ code: "GIT", message: `cannot resolve ${opts.base} to a commit` });

    let recovered: string | null = null;
    if (existsSync(path)) {
      const reused = await this.reuse(path, branch, opts.id);
      if (!reused.ok) return reused;
      recovered = reused.value;
    } else {
      try {
        await ensureOwnDirectory(this.guard.scope.worktreesRoot, this.repoRoot);
      } catch (err) {
        return fail({ code: "WORKTREE", message: `cannot create the worktrees root: ${errorMessage(err)}`, hint: "Point worktrees.root at a real directory inside the repository." });
      }
      const args =
        opts.existing === "local"
          ? ["worktree", "add", path, branch]
          : opts.existing === "origin"
            ? // A new local branch at origin's commit: nothing is force-updated. No upstream is configured: a
              // single-branch CI checkout has no fetch refspec covering it, and a push names its branch itself.
              ["worktree", "add", "--no-track", "-b", branch, path, `refs/remotes/origin/${branch}`]
            : ["worktree", "add", "-b", branch, path, start.value];
      let added = await this.git(this.repoRoot, ...args);
      if (!added.ok && /missing but .*registered worktree/.test((added.problems[0] as Problem).message)) {
        // The directory of an old worktree was deleted by hand: forget its registration and try again.
        await this.git(this.repoRoot, "worktree", "prune");
        added = await this.git(this.repoRoot, ...args);
      }
      if (!added.ok) {
        const why = (added.problems[0] as Problem).message;
        if (/already (checked out|used by worktree) at/.test(why)) {
          return fail({ code: "WORKTREE_EXISTS", message: `branch ${branch} is checked out in another worktree`, hint: `Remove that worktree (\`git worktree list\` shows it), then run again.` });
        }
        return added;
      }
    }

    for (const other of opts.mergeBranches) {
      // Already contained (the branch started there, or merged it in an earlier run): nothing to merge.
      if (await this.contains(path, other)) continue;
      const merged = await this.git(path, "merge", "--no-edit", other);
      if (!merged.ok) {
        await this.git(path, "merge", "--abort");
        await this.remove(path);
        const conflicts = (merged.problems[0] as Problem).message.match(/(?<=Merge conflict in ).+/g) ?? [];
        const from = opts.existing ? `resumed from its own branch` : `started from ${opts.base}`;
        return fail({
          code: "MERGE_CONFLICT",
          message: `merging ${other} into ${branch} (${from}) conflicts${conflicts.length > 0 ? ` in ${conflicts.join(", ")}` : ""}`,
          hint: `Merge ${other} into ${branch} by hand and commit the resolution (the branch stays), then run again.`,
        });
      }
    }
    return ok({ baseSha: start.value, recovered });
  }

  /** HEAD of `cwd` already contains `rev` (an error counts as "no": the merge then says what is wrong). */
  private async contains(cwd: string, rev: string): Promise<boolean> {
    return (await this.guard.run(cwd, ["merge-base", "--is-ancestor", rev, "HEAD"])).ok;
  }

  /**
   * A worktree a stopped run left behind: it must be a worktree of `branch` (anything else is not ours to
   * touch); an unfinished merge is given up, and uncommitted work becomes `orchestrator(<id>): recovered work`.
   */
  private async reuse(path: string, branch: string, id: string): Promise<Result<string | null>> {
    const shown = relative(this.repoRoot, path);
    const listed = await this.list();
    if (!listed.ok) return listed;
    const entry = listed.value.find((w) => resolve(w.path) === resolve(path));
    if (!entry || entry.branch !== branch) {
      return fail({
        code: "WORKTREE_EXISTS",
        message: `${shown} exists but is not a worktree of ${branch}`,
        hint: `Move ${shown} out of the way (it is not the engine's), then run again.`,
      });
    }
    // A merge the killed run left half-done would otherwise be committed as if it were the agent's work.
    const merging = await this.guard.run(path, ["rev-parse", "--verify", "--quiet", "MERGE_HEAD"], { okExitCodes: [1] });
    if (merging.ok && merging.value !== "") await this.git(path, "merge", "--abort");
    return this.commit(path, engineCommitMessage(`orchestrator(${id}): recovered work`, { issue: id, phase: "recovered" }));
  }

  /**
   * Commits everything the phase left in the worktree; null when nothing changed. Before anything is staged:
   * a repository the agent created inside the worktree fails (NESTED_REPO), and so does a file holding a
   * known secret (SECRET, naming the files) — nothing is committed then and the caller keeps the worktree.
   * With `allowEmpty` a verdict commit is made even when nothing changed (a review usually changes no file).
   * Paths in `named` (the phase's `changes`) that .gitignore matches are committed too, with `warn`.
   */
  async commit(worktree: string, message: string, opts: { named?: string[]; warn?: (message: string) => void; allowEmpty?: boolean } = {}): Promise<Result<string | null>> {
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
    if (entries.length === 0 && ignored.length === 0) {
      if (!opts.allowEmpty) return ok(null);
      const committed = await this.git(worktree, "commit", "--no-verify", "-q", "--allow-empty", "-m", message);
      return committed.ok ? this.git(worktree, "rev-parse", "HEAD") : committed;
    }
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
    const committed = await this.git(worktree, "commit", "--no-verify", "-q", ...(opts.allowEmpty ? ["--allow-empty"] : []), "-m", message);
    if (!committed.ok) {
      // status can list what `add` then stages as no change at all (e.g. a mode change git ignores).
      return /nothing (added )?to commit|no changes added to commit/.test((committed.problems[0] as Problem).message) ? ok(null) : committed;
    }
    return this.git(worktree, "rev-parse", "HEAD");
  }

  /**
   * Updates `origin/<prefix>*` from origin so a branch that exists only there (a CI checkout, another
   * machine) can be resumed. Never forced: a remote-tracking ref that would move backwards stays as it is.
   * Returns false when there is no origin.
   */
  async fetchIssueBranches(): Promise<Result<boolean>> {
    const url = await this.originUrl();
    if (!url.ok || url.value === null) return ok(false);
    const prefix = this.guard.scope.branchPrefix;
    const args = ["fetch", "--no-tags", "--quiet", "origin", `refs/heads/${prefix}*:refs/remotes/origin/${prefix}*`];
    const fetched = await this.guard.run(this.repoRoot, args, { remoteConfig: this.remoteAuth(url.value) });
    return fetched.ok ? ok(true) : fetched;
  }

  /**
   * With a token (GITHUB_TOKEN) and an http(s) origin, the git config that authenticates one call to origin
   * (src/github/repository.ts): handed to that call's environment only, so no file, and no agent, holds it.
   */
  private remoteAuth(originUrl: string | null): [string, string][] {
    return (this.pushToken && originUrl ? pushAuthConfig(originUrl, this.pushToken) : null) ?? [];
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

  /** Pushes the issue branch to origin, never forced; authenticated with the token as `remoteAuth` says. */
  async push(worktree: string, branch: string): Promise<Result<void>> {
    let remoteConfig: [string, string][] = [];
    if (this.pushToken) {
      const url = await this.originUrl();
      if (!url.ok) return url;
      remoteConfig = this.remoteAuth(url.value);
    }
    const pushed = await this.guard.run(worktree, ["push", "origin", `${branch}:${branch}`], { remoteConfig });
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
      if (rel === "" || rel.startsWith("..") || !isIssueBranch(branchPrefix, w.branch ?? undefined)) continue;
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
