import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runAction } from "../support/action-run";
import { git, issueDoc, runCli } from "../support/fixture-repo";
import { startGitHubServer } from "../support/github-server";
import { addFilePatch, answers } from "../../src/scripted-model/server";
import { readJson, setupRun, useCleanups } from "../support/run-setup";

const cleanup = useCleanups();
/** Not shaped like a GitHub token on purpose: only its being GITHUB_TOKEN makes it a secret. */
const TOKEN = "e2e-token-value-9f8e7d6c5b4a3210";
const doc = (id: string, deps: string[] = []) => issueDoc({ id, milestone: "M1", depends_on: deps }, `# Issue ${id}`);

/** Every file under `dir`, read as text (logs, run.json, prompts). */
function allText(dir: string): string {
  let text = "";
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    text += statSync(path).isDirectory() ? allText(path) : readFileSync(path, "utf8");
  }
  return text;
}

/** What the agent can see of the repository's config and of its own environment. */
const DUMP = 'echo "== git config -l"; git config -l; echo "== env"; env; echo "== common config"; cat "$(git rev-parse --git-common-dir)/config"';

describe("pull requests through the Action (dist/action.js, real codex, scripted model, local GitHub API)", () => {
  it("pushes to origin, opens stacked draft PRs with a body from the run, reports a refused PR as a warning with the branch kept, and the agent never sees the token", async () => {
    const { repo, env, server } = await setupRun(
      cleanup,
      { "docs/issues/P-1.md": doc("P-1"), "docs/issues/P-2.md": doc("P-2", ["P-1"]), "docs/issues/P-3.md": doc("P-3") },
      {
        "P-1": { dev: { actions: [{ kind: "command", cmd: DUMP }, addFilePatch("p1.txt", ["one"])], answer: answers.dev() }, review: [{ answer: answers.pass("P-1 is right") }] },
        "P-2": {
          dev: { actions: [addFilePatch("p2.txt", ["two"])], answer: answers.dev() },
          review: [{ answer: answers.fail("p2 misses a newline") }, { actions: [{ kind: "command", cmd: DUMP }], answer: answers.pass() }],
          fix: [{ actions: [addFilePatch("p2b.txt", ["fixed"])], answer: answers.fix(["F1"], "added the newline") }],
        },
        "P-3": { dev: { actions: [addFilePatch("p3.txt", ["three"])], answer: answers.dev() }, review: [{ answer: answers.pass() }] },
      },
      { github: { pullRequests: "off", labels: ["orchestrator"] }, runner: { reasoningEffort: "high" } },
    );
    const origin = realpathSync(mkdtempSync(join(tmpdir(), "origin-")));
    cleanup(() => rmSync(origin, { recursive: true, force: true }));
    git(origin, "init", "-q", "--bare");
    git(repo.dir, "remote", "add", "origin", origin);
    const gh = await startGitHubServer({ token: TOKEN, owner: "acme", repo: "widgets" });
    cleanup(() => gh.close());
    gh.fault({ method: "POST", path: /\/pulls$/, status: 403, body: { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest" }, body_matches: (b) => (b as { head?: string }).head === "orchestrator/P-3" });

    const run = await runAction(cleanup, repo.dir, { milestone: "M1", "pull-requests": "draft", "github-token": TOKEN, "reasoning-effort": "low" }, {
      ...env,
      GITHUB_REPOSITORY: "acme/widgets",
      GITHUB_API_URL: gh.apiUrl,
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_RUN_ID: "4242",
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(gh.violations).toEqual([]);
    // The reasoning-effort input beat the config's runner.reasoningEffort.
    expect(server.requests.map((r) => (r.body.reasoning as { effort?: string } | undefined)?.effort)).toEqual(server.requests.map(() => "low"));

    // pull-requests on implies the push: every passed branch is on origin, P-3's too (its PR was refused).
    expect(git(origin, "for-each-ref", "--format=%(refname:short)").split("\n")).toEqual(["orchestrator/P-1", "orchestrator/P-2", "orchestrator/P-3"]);
    expect(gh.pulls.map((p) => `${p.head} -> ${p.base} draft=${p.draft} [${p.labels.join(",")}]`)).toEqual([
      "orchestrator/P-1 -> main draft=true [orchestrator]",
      "orchestrator/P-2 -> orchestrator/P-1 draft=true [orchestrator]",
    ]);
    const artifact = run.outputs["artifact-name"] as string;
    const [p1, p2] = gh.pulls;
    expect(p1?.title).toBe("P-1: Issue P-1");
    expect(p1?.body).toContain("```text\nP-1 is right\n```");
    expect(p1?.body).toContain(`[Actions run](https://github.com/acme/widgets/actions/runs/4242), logs in the artifact \`${artifact}\``);
    expect(p2?.body).toContain("- fix #1 (done): `added the newline`");
    expect(p2?.body).toContain("  - `F1` `major` `src/index.js:1`: `p2 misses a newline`");
    expect(p2?.body).toContain("- `node --test`: `pass` (dev #1)");
    expect(p2?.body).toContain("- cycles: 2 reviews, 1 fix");

    // The refusal is a warning annotation and a record, everywhere a person or a script looks.
    expect(run.stdout).toMatch(/::warning title=orchestrator%3A P-3::pull request for orchestrator\/P-3 failed: POST \/repos\/acme\/widgets\/pulls answered 403: Resource not accessible by integration/);
    const summary = JSON.parse(run.outputs.summary as string) as { issues: { id: string; pullRequest: unknown }[] };
    const url = (n: number) => `${gh.apiUrl}/acme/widgets/pull/${n}`;
    expect(summary.issues.map((i) => [i.id, i.pullRequest])).toEqual([
      ["P-1", { number: 1, url: url(1), action: "opened" }],
      ["P-2", { number: 2, url: url(2), action: "opened" }],
      ["P-3", { error: "POST /repos/acme/widgets/pulls answered 403: Resource not accessible by integration" }],
    ]);
    const runJson = readJson(join(run.outputs["run-dir"] as string, "run.json")) as { issues: { pullRequest: unknown }[] };
    expect(runJson.issues.map((i) => i.pullRequest)).toEqual(summary.issues.map((i) => i.pullRequest));
    expect(run.summary).toContain(`<a href="${url(1)}">&#35;1 opened</a>`);
    expect(run.summary).toContain("warning: POST /repos/acme/widgets/pulls answered 403");
    expect(run.stdout).toMatch(/P-1 +passed +1 review, 0 fixes +orchestrator\/P-1 +#1 opened http/);

    // The API got the token; the agent's view of the repository config and its environment did not.
    expect(gh.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
    const dumps = server.requests.flatMap((r) => r.toolOutputs).filter((o) => o.includes("== git config -l"));
    expect(dumps.length).toBeGreaterThanOrEqual(2);
    for (const dump of dumps) {
      expect(dump).toContain("remote.origin.url=");
      expect(dump).toContain("PATH=");
      expect(dump).toContain("[remote \"origin\"]");
      expect(dump).not.toContain(TOKEN);
      expect(dump).not.toContain(Buffer.from(`x-access-token:${TOKEN}`).toString("base64"));
      expect(dump).not.toMatch(/extraheader|GITHUB_TOKEN|INPUT_GITHUB_TOKEN/i);
    }
    expect(readFileSync(join(repo.dir, ".git/config"), "utf8")).not.toMatch(/extraheader|e2e-token/);
    for (const text of [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs), allText(run.outputs["run-dir"] as string)]) expect(text).not.toContain(TOKEN);

    // A person merges P-1's pull request; the next run finds every issue passed, opens nothing new, and
    // moves P-2's pull request onto the branch P-1 merged into.
    gh.merge(1);
    const modelCalls = server.requests.length;
    const again = await runAction(cleanup, repo.dir, { milestone: "M1", "pull-requests": "draft", "github-token": TOKEN }, { ...env, GITHUB_REPOSITORY: "acme/widgets", GITHUB_API_URL: gh.apiUrl });
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(server.requests).toHaveLength(modelCalls);
    expect(gh.pulls.map((p) => `${p.number} ${p.head} -> ${p.base} ${p.state}`)).toEqual(["1 orchestrator/P-1 -> main closed", "2 orchestrator/P-2 -> main open"]);
    const rerun = JSON.parse(again.outputs.summary as string) as { issues: { id: string; pullRequest: unknown }[] };
    expect(rerun.issues.map((i) => [i.id, i.pullRequest])).toEqual([
      ["P-1", null],
      ["P-2", { number: 2, url: url(2), action: "updated" }],
      ["P-3", null],
    ]);
    expect(gh.violations).toEqual([]);
  }, 300_000);

  it("pull requests on without a token or a GitHub repository, or a bad input: exit 2 before anything is created", async () => {
    const { repo, env, server } = await setupRun(cleanup, { "docs/issues/Q-1.md": doc("Q-1") }, { "Q-1": { dev: { answer: answers.dev() } } }, { github: { pullRequests: "ready" } });
    git(repo.dir, "remote", "add", "origin", "/srv/git/plain.git");
    const noToken = { ...env, GITHUB_TOKEN: "", GITHUB_REPOSITORY: "" };
    const result = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env: noToken });
    expect(result.code).toBe(2);
    expect(result.stderr + result.stdout).toContain("pull requests are on but GITHUB_TOKEN is not set");
    expect(result.stderr + result.stdout).toContain('no GitHub repository could be read from the origin URL "/srv/git/plain.git"');
    expect(existsSync(join(repo.dir, ".orchestrator"))).toBe(false);
    expect(git(repo.dir, "branch", "--list", "orchestrator/*")).toBe("");
    expect(server.requests).toHaveLength(0);

    const bad = await runAction(cleanup, repo.dir, { milestone: "M1", "pull-requests": "yes", "reasoning-effort": "max" }, env);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain('::error title=orchestrator%3A bad input::pull-requests: input pull-requests must be one of off, draft, ready, got "yes"');
    expect(bad.stdout).toContain('::error title=orchestrator%3A bad input::reasoning-effort: input reasoning-effort must be one of minimal, low, medium, high, xhigh, got "max"');
  }, 60_000);
});
