import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";

/**
 * The REST client, loaded only when pull requests are on (this module pulls in Octokit): retries of
 * transient failures (5xx, 429) from plugin-retry, waits on rate limits (403 with `x-ratelimit-remaining: 0`,
 * secondary limits with `retry-after`) from plugin-throttling, writes spaced as GitHub asks.
 */
const Client = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof Client>;

/** A rate limit that resets later than this is not waited for: the call fails and the issue gets a warning. */
const MAX_WAIT_SECONDS = 15 * 60;
const MAX_RATE_RETRIES = 2;

export function createClient(opts: { token: string; baseUrl: string; onWait?: (message: string) => void; signal?: AbortSignal }): GitHubClient {
  const waitOrGiveUp = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    if (opts.signal?.aborted || retryCount >= MAX_RATE_RETRIES || retryAfter > MAX_WAIT_SECONDS) return false;
    opts.onWait?.(`GitHub ${kind} on ${options.method ?? ""} ${options.url ?? ""}: retrying in ${retryAfter} s`);
    return true;
  };
  return new Client({
    auth: opts.token,
    baseUrl: opts.baseUrl,
    userAgent: "orchestrator",
    // Octokit's own console output would mix into the run's stream (and NDJSON); the engine reports instead.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    throttle: { onRateLimit: waitOrGiveUp("rate limit"), onSecondaryRateLimit: waitOrGiveUp("secondary rate limit") },
    retry: { retries: 3 },
    // An interrupt ends the call in flight; a rate-limit wait already begun ends at its next request.
    request: opts.signal ? { signal: opts.signal } : {},
  });
}
