import type { PullRequestMode } from "../config/types";
import type { PublishRequest, PullRequests, PullRequestRecord } from "../core/types";
import { errorMessage, fail, ok, type Problem, type Result } from "../errors";
import { pullRequestBody, pullRequestTitle, type RunLink } from "./body";
import type { GitHubClient } from "./client";
import { apiBaseUrl, parseRemoteUrl, parseRepositorySlug, type RepositoryRef } from "./repository";

/** How many merged dependency pull requests are followed to find a dependent's base. */
const MAX_RETARGET_HOPS = 20;

interface PullSummary {
  number: number;
  html_url: string;
  merged_at: string | null;
  state: string;
  base: { ref: string };
}

/** A failed API call in words: method, path, status and GitHub's own message (its `errors` included). */
export function describeApiError(err: unknown): string {
  const e = err as { status?: number; message?: string; request?: { method?: string; url?: string }; response?: { data?: { message?: string; errors?: unknown[] } } };
  if (typeof e?.status !== "number") return errorMessage(err);
  const path = e.request?.url ? new URL(e.request.url).pathname : "";
  const data = e.response?.data;
  const details = (data?.errors ?? []).map((x) => (typeof x === "string" ? x : ((x as { message?: string }).message ?? JSON.stringify(x)))).filter((x) => x !== "");
  const said = data?.message ?? e.message ?? "";
  return `${e.request?.method ?? ""} ${path} answered ${e.status}${said ? `: ${said}` : ""}${details.length > 0 ? ` (${details.join("; ")})` : ""}`.trim();
}

export interface OpenOptions {
  mode: Exclude<PullRequestMode, "off">;
  labels: string[];
  env: Record<string, string | undefined>;
  /** `git config --get remote.origin.url` (null when there is no origin). */
  originUrl: string | null;
  /**
   * `worktrees.base` as git names it: `refs/heads/<b>` or `refs/remotes/origin/<b>` give the base branch; a
   * commit (or a detached HEAD) means the repository's default branch.
   */
  baseRef: string | null;
  runLink: (runId: string) => RunLink;
  redact: (text: string) => string;
  onWait?: (message: string) => void;
  /** The run's interrupt: no more waiting or calling once it fires. */
  signal?: AbortSignal;
}

/** The repository from `GITHUB_REPOSITORY` (Actions), else from the origin URL. */
export function repositoryFor(env: Record<string, string | undefined>, originUrl: string | null): RepositoryRef | null {
  if (env.GITHUB_REPOSITORY) return parseRepositorySlug(env.GITHUB_REPOSITORY);
  return originUrl ? parseRemoteUrl(originUrl) : null;
}

function branchOf(ref: string | null): string | null {
  if (!ref) return null;
  const m = /^refs\/(?:heads|remotes\/origin)\/(.+)$/.exec(ref);
  return m && m[1] !== "HEAD" ? (m[1] as string) : null;
}

/**
 * Pull requests on GitHub for passed issue branches (SPEC §1 `github.pullRequests`, §8): opened or updated
 * after the push, never merged, closed or force-pushed. `open` is the preflight: token, repository and API
 * checked before anything runs.
 */
export class GitHubPullRequests implements PullRequests {
  private constructor(
    private readonly client: GitHubClient,
    readonly repository: RepositoryRef,
    /** Where an issue with no stacked dependency is based. */
    readonly baseBranch: string,
    private readonly opts: OpenOptions,
  ) {}

  static async open(opts: OpenOptions): Promise<Result<GitHubPullRequests>> {
    const problems: Problem[] = [];
    const token = opts.env.GITHUB_TOKEN?.trim();
    if (!token) {
      problems.push({ code: "GITHUB", key: "github.pullRequests", message: "pull requests are on but GITHUB_TOKEN is not set", hint: "Export a token that may write pull requests and contents as GITHUB_TOKEN (the Action passes its github-token input), or set github.pullRequests to \"off\"." });
    }
    const repository = repositoryFor(opts.env, opts.originUrl);
    if (!repository) {
      const from = opts.env.GITHUB_REPOSITORY ? `GITHUB_REPOSITORY (${JSON.stringify(opts.env.GITHUB_REPOSITORY)})` : opts.originUrl ? `the origin URL ${JSON.stringify(opts.originUrl)}` : "GITHUB_REPOSITORY or a remote named origin";
      problems.push({ code: "GITHUB", key: "github.pullRequests", message: `pull requests are on but no GitHub repository could be read from ${from}`, hint: "Add the GitHub repository as the remote origin (https or ssh URL), or set GITHUB_REPOSITORY=owner/name." });
    }
    if (!token || !repository) return fail(problems);
    const { createClient } = await import("./client");
    const client = createClient({ token, baseUrl: apiBaseUrl(opts.env), onWait: opts.onWait, signal: opts.signal });
    let defaultBranch: string;
    try {
      const { data } = await client.rest.repos.get({ owner: repository.owner, repo: repository.repo });
      defaultBranch = data.default_branch;
    } catch (err) {
      return fail({
        code: "GITHUB",
        key: "github.pullRequests",
        message: `cannot reach ${repository.owner}/${repository.repo} on ${apiBaseUrl(opts.env)}: ${opts.redact(describeApiError(err))}`,
        hint: "Check GITHUB_TOKEN (it needs pull-requests: write and contents: write) and GITHUB_API_URL for GitHub Enterprise Server.",
      });
    }
    return ok(new GitHubPullRequests(client, repository, branchOf(opts.baseRef) ?? defaultBranch, opts));
  }

  private get where() {
    return { owner: this.repository.owner, repo: this.repository.repo };
  }

  private async pullsFor(branch: string, state: "open" | "all"): Promise<PullSummary[]> {
    const { data } = await this.client.rest.pulls.list({ ...this.where, head: `${this.repository.owner}:${branch}`, state, per_page: 100 });
    return data as PullSummary[];
  }

  /**
   * The base of a pull request for a branch stacked on `stackedOn`: that branch while its own pull request is
   * open (or it has none); once that one merged, the branch it merged into, followed up the stack.
   */
  private async baseFor(stackedOn: string | null): Promise<string> {
    // A dependency that passed on another machine is stacked on as origin's ref: on GitHub it is the branch.
    let base = stackedOn?.replace(/^refs\/(?:remotes\/origin|heads)\//, "") ?? this.baseBranch;
    for (let hop = 0; hop < MAX_RETARGET_HOPS && base !== this.baseBranch; hop++) {
      const pulls = await this.pullsFor(base, "all");
      if (pulls.some((p) => p.state === "open")) return base;
      const merged = pulls.find((p) => p.merged_at !== null);
      if (!merged) return base;
      base = merged.base.ref;
    }
    return base;
  }

  async retarget(req: { branch: string; stackedOn: string | null }): Promise<PullRequestRecord | null> {
    try {
      const [existing] = await this.pullsFor(req.branch, "open");
      if (!existing) return null;
      const base = await this.baseFor(req.stackedOn);
      if (existing.base.ref === base) return null;
      const { data } = await this.client.rest.pulls.update({ ...this.where, pull_number: existing.number, base });
      return { number: data.number, url: data.html_url, action: "updated" };
    } catch (err) {
      return { error: this.opts.redact(describeApiError(err)) };
    }
  }

  async publish(req: PublishRequest): Promise<{ record: PullRequestRecord; warnings: string[] }> {
    try {
      const base = await this.baseFor(req.stackedOn);
      const title = this.opts.redact(pullRequestTitle(req.issue));
      const body = this.opts.redact(pullRequestBody({ issue: req.issue, summary: req.summary, phases: req.phases, run: this.opts.runLink(req.runId) }));
      const [existing] = await this.pullsFor(req.summary.branch, "open");
      let record: PullRequestRecord & { number: number };
      if (existing) {
        // Title, body and base follow the latest run; draft or ready is the reviewer's call once it exists.
        const { data } = await this.client.rest.pulls.update({ ...this.where, pull_number: existing.number, title, body, ...(existing.base.ref === base ? {} : { base }) });
        record = { number: data.number, url: data.html_url, action: "updated" };
      } else {
        const { data } = await this.client.rest.pulls.create({ ...this.where, head: req.summary.branch, base, title, body, draft: this.opts.mode === "draft" });
        record = { number: data.number, url: data.html_url, action: "opened" };
      }
      if (this.opts.labels.length > 0) {
        try {
          await this.client.rest.issues.addLabels({ ...this.where, issue_number: record.number, labels: this.opts.labels });
        } catch (err) {
          return { record, warnings: [`labels not added to #${record.number}: ${this.opts.redact(describeApiError(err))}`] };
        }
      }
      return { record, warnings: [] };
    } catch (err) {
      return { record: { error: this.opts.redact(describeApiError(err)) }, warnings: [] };
    }
  }
}
