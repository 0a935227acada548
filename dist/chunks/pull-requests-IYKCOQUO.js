#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  neutralise
} from "./chunk-4FFY6RUW.js";
import {
  apiBaseUrl,
  parseRemoteUrl,
  parseRepositorySlug
} from "./chunk-X6LRK55K.js";
import {
  errorMessage,
  fail,
  ok
} from "./chunk-FL7PZ6ZF.js";
import "./chunk-HKHRZ4CP.js";

// src/github/body.ts
var MAX_BODY = 6e4;
var MAX_SPAN = 300;
var MAX_TITLE = 256;
var longestRun = (text) => Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
function codeSpan(text) {
  let line = neutralise(text).replace(/\s+/g, " ").trim();
  if (line.length > MAX_SPAN) line = `${line.slice(0, MAX_SPAN - 1)}\u2026`;
  if (line === "") return "";
  const fence = "`".repeat(longestRun(line) + 1);
  const pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
  return `${fence}${pad}${line}${pad}${fence}`;
}
function codeBlock(text) {
  const body = neutralise(text).trimEnd();
  const fence = "`".repeat(Math.max(3, longestRun(body) + 1));
  return `${fence}text
${body}
${fence}`;
}
function pullRequestTitle(issue) {
  const title = neutralise(`${issue.id}: ${issue.title}`).replace(/\s+/g, " ").trim();
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}\u2026` : title;
}
var outputOf = (r) => r.output ?? null;
var plural = (n, word, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
function pullRequestBody(input) {
  const { issue, summary, phases, run } = input;
  const lines = [`Issue ${codeSpan(issue.path)} (${codeSpan(issue.id)}), implemented and reviewed by orchestrator.`, ""];
  const reviews = phases.filter((p) => p.phase === "review");
  const last = reviews.at(-1);
  const lastReview = last ? outputOf(last) : null;
  if (lastReview) lines.push("## Review", "", `Final review (${codeSpan(`review #${last?.attempt}`)}): ${last?.status}`, "", codeBlock(lastReview.summary), "");
  const fixes = phases.filter((p) => p.phase === "fix");
  if (fixes.length > 0) {
    lines.push("## Fixes", "");
    for (const fix of fixes) {
      const answer = outputOf(fix);
      const before = [...phases.slice(0, phases.indexOf(fix))].reverse().find((p) => p.phase === "review");
      const listed = before ? [...outputOf(before)?.findings ?? [], ...before.verdict?.added ?? []] : [];
      const findings = new Map(listed.map((f) => [f.id, f]));
      lines.push(`- fix #${fix.attempt} (${fix.status}): ${answer ? codeSpan(answer.summary) : "no answer"}`);
      for (const id of answer?.addressed ?? []) {
        const f = findings.get(id);
        const where = f?.path ? ` ${codeSpan(`${f.path}${f.line ? `:${f.line}` : ""}`)}` : "";
        lines.push(`  - ${codeSpan(id)}${f ? ` ${codeSpan(f.severity)}${where}: ${codeSpan(f.message)}` : ""}`);
      }
    }
    lines.push("");
  }
  const tests = phases.flatMap((p) => p.phase === "review" ? [] : (outputOf(p)?.tests ?? []).map((t) => ({ ...t, phase: `${p.phase} #${p.attempt}` })));
  if (tests.length > 0) {
    lines.push("## Tests the agent reported", "");
    for (const t of tests) lines.push(`- ${codeSpan(t.command)}: ${codeSpan(t.outcome)} (${t.phase})`);
    lines.push("");
  }
  const checked = [...phases].reverse().find((p) => p.checks && p.checks.length > 0);
  if (checked?.checks) {
    lines.push(`## Checks (after ${checked.phase} #${checked.attempt})`, "");
    for (const c of checked.checks) lines.push(`- ${codeSpan(c.name)} ${codeSpan(c.run)}: ${c.status} (${(c.durationMs / 1e3).toFixed(1)} s)`);
    lines.push("");
  }
  lines.push(
    "## Run",
    "",
    `- cycles: ${plural(summary.reviews, "review")}, ${plural(summary.fixes, "fix", "fixes")}`,
    `- tokens: ${summary.usage.inputTokens} in, ${summary.usage.outputTokens} out`,
    `- run: ${codeSpan(run.runId)}${run.actionsRunUrl ? ` \u2014 [Actions run](${run.actionsRunUrl})` : ""}${run.artifact ? `, logs in the artifact ${codeSpan(run.artifact)}` : ""}`
  );
  const body = lines.join("\n");
  return body.length > MAX_BODY ? `${body.slice(0, MAX_BODY)}

\u2026 (cut: the full answers are in the run's logs)` : body;
}

// src/github/pull-requests.ts
var MAX_RETARGET_HOPS = 20;
function describeApiError(err) {
  const e = err;
  if (typeof e?.status !== "number") return errorMessage(err);
  const path = e.request?.url ? new URL(e.request.url).pathname : "";
  const data = e.response?.data;
  const details = (data?.errors ?? []).map((x) => typeof x === "string" ? x : x.message ?? JSON.stringify(x)).filter((x) => x !== "");
  const said = data?.message ?? e.message ?? "";
  return `${e.request?.method ?? ""} ${path} answered ${e.status}${said ? `: ${said}` : ""}${details.length > 0 ? ` (${details.join("; ")})` : ""}`.trim();
}
function repositoryFor(env, originUrl) {
  if (env.GITHUB_REPOSITORY) return parseRepositorySlug(env.GITHUB_REPOSITORY);
  return originUrl ? parseRemoteUrl(originUrl) : null;
}
function branchOf(ref) {
  if (!ref) return null;
  const m = /^refs\/(?:heads|remotes\/origin)\/(.+)$/.exec(ref);
  return m && m[1] !== "HEAD" ? m[1] : null;
}
var GitHubPullRequests = class _GitHubPullRequests {
  constructor(client, repository, baseBranch, opts) {
    this.client = client;
    this.repository = repository;
    this.baseBranch = baseBranch;
    this.opts = opts;
  }
  client;
  repository;
  baseBranch;
  opts;
  static async open(opts) {
    const problems = [];
    const token = opts.env.GITHUB_TOKEN?.trim();
    if (!token) {
      problems.push({ code: "GITHUB", key: "github.pullRequests", message: "pull requests are on but GITHUB_TOKEN is not set", hint: 'Export a token that may write pull requests and contents as GITHUB_TOKEN (the Action passes its github-token input), or set github.pullRequests to "off".' });
    }
    const repository = repositoryFor(opts.env, opts.originUrl);
    if (!repository) {
      const from = opts.env.GITHUB_REPOSITORY ? `GITHUB_REPOSITORY (${JSON.stringify(opts.env.GITHUB_REPOSITORY)})` : opts.originUrl ? `the origin URL ${JSON.stringify(opts.originUrl)}` : "GITHUB_REPOSITORY or a remote named origin";
      problems.push({ code: "GITHUB", key: "github.pullRequests", message: `pull requests are on but no GitHub repository could be read from ${from}`, hint: "Add the GitHub repository as the remote origin (https or ssh URL), or set GITHUB_REPOSITORY=owner/name." });
    }
    if (!token || !repository) return fail(problems);
    const { createClient } = await import("./client-COV7JCR5.js");
    const client = createClient({ token, baseUrl: apiBaseUrl(opts.env), onWait: opts.onWait, signal: opts.signal });
    let defaultBranch;
    try {
      const { data } = await client.rest.repos.get({ owner: repository.owner, repo: repository.repo });
      defaultBranch = data.default_branch;
    } catch (err) {
      return fail({
        code: "GITHUB",
        key: "github.pullRequests",
        message: `cannot reach ${repository.owner}/${repository.repo} on ${apiBaseUrl(opts.env)}: ${opts.redact(describeApiError(err))}`,
        hint: "Check GITHUB_TOKEN (it needs pull-requests: write and contents: write) and GITHUB_API_URL for GitHub Enterprise Server."
      });
    }
    return ok(new _GitHubPullRequests(client, repository, branchOf(opts.baseRef) ?? defaultBranch, opts));
  }
  get where() {
    return { owner: this.repository.owner, repo: this.repository.repo };
  }
  async pullsFor(branch, state) {
    const { data } = await this.client.rest.pulls.list({ ...this.where, head: `${this.repository.owner}:${branch}`, state, per_page: 100 });
    return data;
  }
  /**
   * The base of a pull request for a branch stacked on `stackedOn`: that branch while its own pull request is
   * open (or it has none); once that one merged, the branch it merged into, followed up the stack.
   */
  async baseFor(stackedOn) {
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
  async retarget(req) {
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
  async publish(req) {
    try {
      const base = await this.baseFor(req.stackedOn);
      const title = this.opts.redact(pullRequestTitle(req.issue));
      const body = this.opts.redact(pullRequestBody({ issue: req.issue, summary: req.summary, phases: req.phases, run: this.opts.runLink(req.runId) }));
      const [existing] = await this.pullsFor(req.summary.branch, "open");
      let record;
      if (existing) {
        const { data } = await this.client.rest.pulls.update({ ...this.where, pull_number: existing.number, title, body, ...existing.base.ref === base ? {} : { base } });
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
};
export {
  GitHubPullRequests,
  describeApiError,
  repositoryFor
};
//# sourceMappingURL=pull-requests-IYKCOQUO.js.map
