import type { OrchestratorConfig } from "../config/types";
import type { PullRequests } from "../core/types";
import { fail, ok, type Result } from "../errors";
import type { Worktrees } from "../git";

/** The Actions run a pull request links to: only from the runner's own variables, each checked for shape. */
export function actionsRunUrl(env: Record<string, string | undefined>): string | null {
  const { GITHUB_ACTIONS, GITHUB_SERVER_URL, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
  const server = GITHUB_SERVER_URL?.replace(/\/+$/, "");
  if (GITHUB_ACTIONS !== "true" || !server || !repo || !id) return null;
  if (!/^https?:\/\/[^\s/]+$/.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repo) || !/^\d+$/.test(id)) return null;
  return `${server}/${repo}/actions/runs/${id}`;
}

/**
 * SPEC §3 preflight for github.pullRequests (`run` and `validate`): a remote named origin, a token, a
 * repository and the API answering, checked before anything is created (exit 2 otherwise). Octokit is
 * loaded only here, only when pull requests are on; null when they are off.
 */
export async function openPullRequests(opts: {
  config: OrchestratorConfig;
  env: Record<string, string | undefined>;
  git: Worktrees;
  redact: (text: string) => string;
  onWait?: (message: string) => void;
  signal?: AbortSignal;
  artifactName?: (runId: string) => string | null;
}): Promise<Result<PullRequests | null>> {
  const { config, git } = opts;
  const mode = config.github.pullRequests;
  if (mode === "off") return ok(null);
  const origin = await git.originUrl();
  if (!origin.ok) return origin;
  if (origin.value === null) {
    return fail({ code: "GITHUB", key: "github.pullRequests", message: "pull requests are on but the repository has no remote named origin to push the issue branches to", hint: "Add it: git remote add origin <your GitHub repository's URL>." });
  }
  const baseRef = await git.symbolicName(config.worktrees.base);
  const { GitHubPullRequests } = await import("./pull-requests");
  const url = actionsRunUrl(opts.env);
  return GitHubPullRequests.open({
    mode,
    labels: config.github.labels,
    env: opts.env,
    originUrl: origin.value,
    baseRef: baseRef.ok ? baseRef.value : null,
    runLink: (runId) => ({ runId, actionsRunUrl: url, artifact: opts.artifactName?.(runId) ?? null }),
    redact: opts.redact,
    onWait: opts.onWait,
    signal: opts.signal,
  });
}
