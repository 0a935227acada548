import { describe, expect, it } from "vitest";
import type { IssueSummary, PhaseResult } from "../../src/core/events";
import { codeSpan } from "../../src/github/body";
import { GitHubPullRequests, type OpenOptions } from "../../src/github/pull-requests";
import { parseRemoteUrl, pushAuthConfig } from "../../src/github/repository";
import { startGitHubServer, type FakeGitHub } from "../support/github-server";
import { useCleanups } from "../support/run-setup";

const cleanup = useCleanups();
const TOKEN = "ghs_fakeInstallationToken0123456789abcd";

async function server(opts: { prefix?: string } = {}): Promise<FakeGitHub> {
  const gh = await startGitHubServer({ token: TOKEN, owner: "acme", repo: "widgets", defaultBranch: "trunk", ...opts });
  cleanup(() => gh.close());
  return gh;
}

function options(gh: FakeGitHub, over: Partial<OpenOptions> = {}): OpenOptions {
  return {
    mode: "draft",
    labels: ["orchestrator"],
    env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: gh.apiUrl },
    originUrl: "git@github.com:acme/widgets.git",
    baseRef: "refs/heads/main",
    runLink: (runId) => ({ runId, actionsRunUrl: "https://github.com/acme/widgets/actions/runs/42", artifact: "orchestrator-logs-x" }),
    redact: (text) => text.replaceAll(TOKEN, "[REDACTED]"),
    ...over,
  };
}

const result = (phase: PhaseResult["phase"], attempt: number, status: PhaseResult["status"], output: PhaseResult["output"]): PhaseResult => ({
  phase,
  attempt,
  status,
  runner: "codex-sdk",
  threadId: null,
  startedAt: "",
  endedAt: "",
  durationMs: 1,
  usage: null,
  costUsd: null,
  output,
  error: null,
  commit: null,
  checks: phase === "review" ? null : [{ name: "unit", run: "npm test", status: "passed", exitCode: 0, signal: null, durationMs: 1500, tail: "" }],
});

const PHASES: PhaseResult[] = [
  result("dev", 1, "done", { phase: "dev", status: "done", summary: "did it", changes: [], tests: [{ command: "npm test", outcome: "pass" }], notes: [] }),
  result("review", 1, "fail", { phase: "review", status: "fail", summary: "one problem", findings: [{ id: "F1", severity: "major", path: "src/a.ts", line: 3, message: "off by one, fixes #1 @octocat", suggestion: null }] }),
  result("fix", 1, "done", { phase: "fix", status: "done", summary: "fixed F1", addressed: ["F1"], changes: [], tests: [{ command: "npm run lint", outcome: "not_run" }] }),
  result("review", 2, "pass", { phase: "review", status: "pass", summary: "Looks right now.\nCloses #7", findings: [] }),
];

function issue(id: string): { summary: IssueSummary; issue: { id: string; title: string; path: string } } {
  const summary: IssueSummary = {
    id,
    title: `Title of ${id}`,
    path: `docs/issues/${id}.md`,
    status: "passed",
    reason: null,
    hint: null,
    resumed: null,
    branch: `orchestrator/${id}`,
    reviews: 2,
    fixes: 1,
    worktree: null,
    usage: { inputTokens: 1200, cachedInputTokens: 0, outputTokens: 340, reasoningTokens: 0 },
    costUsd: null,
    durationMs: 0,
    phases: [],
    graphite: null,
    pullRequest: null,
  };
  return { summary, issue: { id, title: summary.title, path: summary.path } };
}

const publish = (prs: GitHubPullRequests, id: string, stackedOn: string | null) => prs.publish({ runId: "20261202T000000Z-M1", phases: PHASES, stackedOn, ...issue(id) });

async function open(gh: FakeGitHub, over: Partial<OpenOptions> = {}): Promise<GitHubPullRequests> {
  const opened = await GitHubPullRequests.open(options(gh, over));
  if (!opened.ok) throw new Error(opened.problems.map((p) => p.message).join("; "));
  return opened.value;
}

describe("pull requests against a GitHub API checked with its OpenAPI description", () => {
  it("opens draft pull requests for a stacked chain, each on the branch it is stacked on, labelled, with a body from the run", async () => {
    const gh = await server();
    const prs = await open(gh);
    expect(prs.baseBranch).toBe("main");
    const a1 = await publish(prs, "A-1", null);
    const a2 = await publish(prs, "A-2", "orchestrator/A-1");
    const a3 = await publish(prs, "A-3", "orchestrator/A-2");
    expect([a1, a2, a3].map((p) => p.record)).toEqual([1, 2, 3].map((n) => ({ number: n, url: `${gh.apiUrl}/acme/widgets/pull/${n}`, action: "opened" })));
    expect(gh.pulls.map((p) => `${p.head} -> ${p.base} draft=${p.draft} ${p.labels.join(",")}`)).toEqual([
      "orchestrator/A-1 -> main draft=true orchestrator",
      "orchestrator/A-2 -> orchestrator/A-1 draft=true orchestrator",
      "orchestrator/A-3 -> orchestrator/A-2 draft=true orchestrator",
    ]);
    const pull = gh.pulls[0];
    expect(pull?.title).toBe("A-1: Title of A-1");
    const body = pull?.body ?? "";
    expect(body).toContain("`docs/issues/A-1.md`");
    expect(body).toContain("```text\nLooks right now.\nCloses #7\n```");
    expect(body).toContain("- fix #1 (done): `fixed F1`");
    expect(body).toContain("  - `F1` `major` `src/a.ts:3`: `off by one, fixes #1 @octocat`");
    expect(body).toContain("- `npm test`: `pass` (dev #1)");
    expect(body).toContain("- `npm run lint`: `not_run` (fix #1)");
    expect(body).toContain("## Checks (after fix #1)\n\n- `unit` `npm test`: passed (1.5 s)");
    expect(body).toContain("- cycles: 2 reviews, 1 fix");
    expect(body).toContain("- tokens: 1200 in, 340 out");
    expect(body).toContain("[Actions run](https://github.com/acme/widgets/actions/runs/42), logs in the artifact `orchestrator-logs-x`");
    // Agent text never leaves a code span or block, where GitHub links, mentions and closes nothing.
    const outsideCode = body.replace(/```text\n[\s\S]*?\n```/g, "").replace(/`[^`\n]+`/g, "");
    expect(outsideCode).not.toMatch(/@octocat|fixes #1|Closes #7/);
    expect(gh.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
    expect(gh.violations).toEqual([]);
  }, 60_000);

  it("a rerun updates the open pull request instead of opening a second; after a dependency's merge the dependent is retargeted", async () => {
    const gh = await server();
    const prs = await open(gh, { mode: "ready", labels: [] });
    await publish(prs, "A-1", null);
    await publish(prs, "A-2", "orchestrator/A-1");
    const again = await publish(prs, "A-1", null);
    expect(again.record).toEqual({ number: 1, url: `${gh.apiUrl}/acme/widgets/pull/1`, action: "updated" });
    expect(gh.pulls).toHaveLength(2);
    expect(gh.pulls.every((p) => !p.draft)).toBe(true);

    gh.merge(1);
    const retargeted = await publish(prs, "A-2", "orchestrator/A-1");
    expect(retargeted.record).toMatchObject({ number: 2, action: "updated" });
    expect(gh.pulls[1]?.base).toBe("main");
    expect(gh.requests.filter((r) => r.method === "PATCH").at(-1)?.body).toMatchObject({ base: "main" });
    // A dependency that passed on another machine is stacked on as origin's ref: on GitHub, its branch.
    await prs.publish({ runId: "r", phases: PHASES, stackedOn: "refs/remotes/origin/orchestrator/A-2", ...issue("A-3") });
    expect(gh.pulls[2]?.base).toBe("orchestrator/A-2");
    // An issue that passed in an earlier run is only moved onto its new base, its body left as it was.
    gh.merge(2);
    expect(await prs.retarget({ branch: "orchestrator/A-3", stackedOn: "orchestrator/A-2" })).toEqual({ number: 3, url: `${gh.apiUrl}/acme/widgets/pull/3`, action: "updated" });
    expect(gh.pulls[2]?.base).toBe("main");
    expect(gh.requests.at(-1)?.body).toEqual({ base: "main" });
    expect(await prs.retarget({ branch: "orchestrator/A-3", stackedOn: "orchestrator/A-2" })).toBeNull();
    expect(await prs.retarget({ branch: "orchestrator/none", stackedOn: null })).toBeNull();
    // Nothing merged, closed or relabelled by the engine; no label call without labels.
    expect(gh.requests.some((r) => r.path.endsWith("/labels"))).toBe(false);
    expect(gh.violations).toEqual([]);
  }, 60_000);

  it("a 403 or 422 is the issue's warning, not a thrown error", async () => {
    const gh = await server();
    const prs = await open(gh);
    gh.fault({ method: "POST", path: /\/pulls$/, status: 403, body: { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest" } });
    const forbidden = await publish(prs, "A-1", null);
    expect(forbidden.record).toEqual({ error: "POST /repos/acme/widgets/pulls answered 403: Resource not accessible by integration" });
    gh.fault({ method: "POST", path: /\/pulls$/, status: 422, body: { message: "Validation Failed", documentation_url: "https://docs.github.com/rest", errors: [{ resource: "PullRequest", code: "custom", message: "Draft pull requests are not supported in this repository." }] } });
    const invalid = await publish(prs, "A-1", null);
    expect(invalid.record).toEqual({ error: "POST /repos/acme/widgets/pulls answered 422: Validation Failed (Draft pull requests are not supported in this repository.)" });
    expect(gh.pulls).toEqual([]);
    expect(gh.violations).toEqual([]);
  }, 60_000);

  it("rate limits are waited out and retried: 403 with x-ratelimit-remaining 0, and 429 with retry-after", async () => {
    const gh = await server();
    const waits: string[] = [];
    const prs = await open(gh, { labels: [], onWait: (m) => waits.push(m) });
    const reset = String(Math.ceil(Date.now() / 1000));
    gh.fault({ method: "GET", path: /\/pulls$/, status: 403, headers: { "x-ratelimit-remaining": "0", "x-ratelimit-limit": "5000", "x-ratelimit-reset": reset }, body: { message: "API rate limit exceeded for installation.", documentation_url: "https://docs.github.com/rest" } });
    gh.fault({ method: "POST", path: /\/pulls$/, status: 429, headers: { "retry-after": "1" }, body: { message: "Too many requests", documentation_url: "https://docs.github.com/rest" } });
    const started = Date.now();
    const done = await publish(prs, "A-1", null);
    expect(done.record).toMatchObject({ number: 1, action: "opened" });
    const calls = gh.requests.map((r) => `${r.method} ${r.path}`);
    expect(calls.filter((c) => c === "GET /repos/acme/widgets/pulls")).toHaveLength(2);
    expect(calls.filter((c) => c === "POST /repos/acme/widgets/pulls")).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    // The primary limit's wait is announced (a 429 is plugin-retry's plain retry).
    expect(waits).toEqual([expect.stringMatching(/^GitHub rate limit on GET \/repos\/\{owner\}\/\{repo\}\/pulls: retrying in \d+ s$/)]);
    expect(gh.violations).toEqual([]);
  }, 60_000);

  it("GitHub Enterprise Server: every call goes to GITHUB_API_URL's /api/v3; a commit as base means the default branch", async () => {
    const gh = await server({ prefix: "/api/v3" });
    const prs = await open(gh, { baseRef: "", originUrl: "https://ghe.example.com/acme/widgets.git" });
    expect(prs.baseBranch).toBe("trunk");
    await publish(prs, "A-1", null);
    expect(gh.pulls[0]?.base).toBe("trunk");
    expect(gh.requests.length).toBeGreaterThan(0);
    expect(gh.requests.every((r) => r.path.startsWith("/api/v3/repos/acme/widgets"))).toBe(true);
    expect(gh.violations).toEqual([]);
  }, 60_000);

  it("preflight: no token, no repository, or a token GitHub refuses → GITHUB problems, before anything is created", async () => {
    const gh = await server();
    const none = await GitHubPullRequests.open(options(gh, { env: { GITHUB_API_URL: gh.apiUrl }, originUrl: "/srv/git/plain.git" }));
    expect(none.ok ? [] : none.problems.map((p) => `${p.code} ${p.message}`)).toEqual([
      "GITHUB pull requests are on but GITHUB_TOKEN is not set",
      'GITHUB pull requests are on but no GitHub repository could be read from the origin URL "/srv/git/plain.git"',
    ]);
    const refused = await GitHubPullRequests.open(options(gh, { env: { GITHUB_TOKEN: "ghs_wrongwrongwrongwrongwrong0123", GITHUB_API_URL: gh.apiUrl } }));
    expect(refused.ok ? "" : refused.problems[0]?.message).toMatch(/^cannot reach acme\/widgets on http:\/\/127\.0\.0\.1:\d+: GET \/repos\/acme\/widgets answered 401: Bad credentials$/);
    expect(gh.pulls).toEqual([]);
  }, 60_000);

  it("the request check is live: a request GitHub would refuse is a violation", async () => {
    const gh = await server();
    const response = await fetch(`${gh.apiUrl}/repos/acme/widgets/pulls?state=merged`, { headers: { authorization: `token ${TOKEN}` } });
    expect(response.status).toBe(422);
    await fetch(`${gh.apiUrl}/repos/acme/widgets/pulls`, { method: "POST", headers: { authorization: `token ${TOKEN}` }, body: JSON.stringify({ head: "x", base: "main", draft: "yes" }) });
    expect(gh.violations, gh.violations.join("\n")).toHaveLength(2);
    expect(gh.violations[0]).toContain("query parameter state=\"merged\"");
    expect(gh.violations[1]).toContain("request body: /draft must be boolean");
  }, 60_000);
});

describe("repository and push header", () => {
  it.each([
    ["https://github.com/acme/widgets.git", "acme/widgets"],
    ["https://x-access-token:abc@github.com/acme/widgets", "acme/widgets"],
    ["git@github.com:acme/widgets.git", "acme/widgets"],
    ["ssh://git@github.example.com:2222/acme/widgets.git", "acme/widgets"],
    ["https://ghe.example.com/scm/acme/widgets.git/", "acme/widgets"],
    ["/srv/git/widgets.git", null],
    ["https://github.com/widgets", null],
  ])("%s → %s", (url, expected) => {
    const parsed = parseRemoteUrl(url);
    expect(parsed ? `${parsed.owner}/${parsed.repo}` : null).toBe(expected);
  });

  it("the push header is scoped to origin's scheme and host and carries the token only in base64", () => {
    expect(pushAuthConfig("https://github.com/acme/widgets.git", "tok")).toEqual([
      ["http.https://github.com/.extraheader", ""],
      ["http.https://github.com/.extraheader", `AUTHORIZATION: basic ${Buffer.from("x-access-token:tok").toString("base64")}`],
    ]);
    expect(pushAuthConfig("git@github.com:acme/widgets.git", "tok")).toBeNull();
  });

  it("code spans outlast any backticks inside", () => {
    expect(codeSpan("a ``b`` c")).toBe("```a ``b`` c```");
    expect(codeSpan("`x`")).toBe("`` `x` ``");
  });
});
