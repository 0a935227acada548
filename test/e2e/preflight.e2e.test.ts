import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { git, issueDoc, runCli } from "../support/fixture-repo";
import { answers } from "../../src/scripted-model/server";
import { setupRun, useCleanups } from "../support/run-setup";

const cleanup = useCleanups();
const doc = (id: string) => issueDoc({ id, milestone: "M1" }, `# Issue ${id}`);

/** A 127.0.0.1 port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

// The config as JSON: any shape may be written into it.
type Config = { runner: { codexPath?: string; env: Record<string, string>; config: Record<string, any> }; worktrees?: Record<string, string> }; // eslint-disable-line @typescript-eslint/no-explicit-any
type Edit = (config: Config, closedPort: number) => void;

async function brokenRepo(edit: Edit, port: number) {
  const setup = await setupRun(cleanup, { "docs/issues/P-1.md": doc("P-1"), "docs/issues/P-2.md": doc("P-2") }, { "P-1": { dev: { answer: answers.dev() } }, "P-2": { dev: { answer: answers.dev() } } });
  const file = join(setup.repo.dir, "orchestrator.config.json");
  const config = JSON.parse(readFileSync(file, "utf8"));
  edit(config, port);
  writeFileSync(file, JSON.stringify(config, null, 2));
  setup.repo.commitAll("break the setup");
  return setup;
}

describe("preflight: nothing is created when a run could not work (dist/cli.js)", () => {
  const cases: [string, Edit, RegExp][] = [
    ["codex that does not start", (c) => (c.runner.codexPath = "/nonexistent/bin/codex"), /codex does not start \(codex-sdk: `\/nonexistent\/bin\/codex --version` failed: not found\)[\s\S]*runner\.codexPath/],
    [
      "a provider key that is not set",
      (c) => (c.runner.config.model_providers.scripted.env_key = "PREFLIGHT_MISSING_KEY"),
      /the model provider "scripted" reads its key from PREFLIGHT_MISSING_KEY, which is not set\n\s+Export PREFLIGHT_MISSING_KEY/,
    ],
    [
      "no OpenAI credential at all (built-in provider; never contacted)",
      (c) => {
        delete c.runner.config.model_provider;
        delete c.runner.config.model_providers;
      },
      /no OpenAI credential: OPENAI_API_KEY and CODEX_API_KEY are not set and there is no codex login in \S+\.codex\n\s+Export OPENAI_API_KEY \(or CODEX_API_KEY\), or run `codex login` once\./,
    ],
    ["a ${VAR} in runner.env that is not set", (c) => (c.runner.env.EXTRA = "${PREFLIGHT_UNSET_VAR}"), /runner\.env\.EXTRA: references \$\{PREFLIGHT_UNSET_VAR\}, which is not set/],
    ["an endpoint that refuses connections", (c, port) => (c.runner.config.model_providers.scripted.base_url = `http://127.0.0.1:${port}/v1`), /the model endpoint http:\/\/127\.0\.0\.1:\d+ does not accept a connection \(connect ECONNREFUSED/],
    ["a worktrees root that cannot be written", (c) => (c.worktrees = { root: "README.md/worktrees" }), /worktrees\.root: worktrees\.root README\.md\/worktrees cannot be created or written: .*README\.md is not a directory/],
    ["a base that does not resolve", (c) => (c.worktrees = { base: "no-such-ref" }), /worktrees\.base: "no-such-ref" does not name a commit/],
  ];

  it.each(cases)("%s → exit 2 naming the check and the fix; no branch, worktree or run directory; validate says the same", async (_name, edit, expected) => {
    const { repo, env, server } = await brokenRepo(edit, await closedPort());
    const result = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(expected);
    expect(git(repo.dir, "for-each-ref", "refs/heads/orchestrator/")).toBe("");
    expect(existsSync(join(repo.dir, ".orchestrator/logs"))).toBe(false);
    const worktrees = join(repo.dir, ".orchestrator/worktrees");
    expect(existsSync(worktrees) ? readdirSync(worktrees) : []).toEqual([]);
    expect(existsSync(join(repo.dir, ".git/orchestrator.lock"))).toBe(false);
    expect(server.requests).toHaveLength(0);

    const validate = await runCli(["validate"], { cwd: repo.dir, env });
    expect(validate.code).toBe(2);
    expect(validate.stderr).toMatch(expected);
  }, 60_000);

  it("validate passes a setup that can run, and a codex login in CODEX_HOME counts as the OpenAI credential", async () => {
    const { repo, env } = await setupRun(cleanup, { "docs/issues/P-1.md": doc("P-1") }, {});
    const ok = await runCli(["validate"], { cwd: repo.dir, env });
    expect(ok.stderr).toBe("");
    expect(ok.code).toBe(0);

    // Built-in provider, endpoint moved to a loopback listener through OPENAI_BASE_URL, key only as a login.
    const listener = createServer((socket) => socket.destroy());
    await new Promise<void>((r) => listener.listen(0, "127.0.0.1", r));
    cleanup(() => new Promise<void>((r) => listener.close(() => r())));
    const file = join(repo.dir, "orchestrator.config.json");
    const config = JSON.parse(readFileSync(file, "utf8"));
    delete config.runner.config.model_provider;
    delete config.runner.config.model_providers;
    writeFileSync(file, JSON.stringify(config));
    const home = mkdtempSync(join(env.HOME as string, "login-"));
    cleanup(() => rmSync(home, { recursive: true, force: true }));
    const baseUrl = `http://127.0.0.1:${(listener.address() as { port: number }).port}/v1`;
    const without = await runCli(["validate"], { cwd: repo.dir, env: { ...env, CODEX_HOME: home, OPENAI_BASE_URL: baseUrl } });
    expect(without.code).toBe(2);
    writeFileSync(join(home, "auth.json"), "{}");
    const withLogin = await runCli(["validate"], { cwd: repo.dir, env: { ...env, CODEX_HOME: home, OPENAI_BASE_URL: baseUrl } });
    expect(withLogin.stderr).toBe("");
    expect(withLogin.code).toBe(0);
  }, 60_000);
});
