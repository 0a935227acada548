import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectOutput } from "../support/child-output";
import { makeCodexHome, OFFLINE_KEY } from "../../src/scripted-model/codex-env";
import { git, issueDoc, makeRepo, PROJECT_ROOT, runCli } from "../support/fixture-repo";
import { addFilePatch, answers, scenarioScript, startModelServer } from "../../src/scripted-model/server";
import { offlineNpmEnv, productionLock } from "../support/packed";
import { latestRunDir, readJson, useCleanups } from "../support/run-setup";

/**
 * The README's examples are what this file runs: it reads README.md, takes the shell blocks of "Install and
 * use" and the provider examples, and runs them as written. Nothing reaches beyond 127.0.0.1.
 */
const cleanup = useCleanups();
const README = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");

/** The text of the `## ` section whose heading starts with `title`, up to the next `## `. */
function section(title: string): string {
  const start = README.indexOf(`\n## ${title}`);
  expect(start, `README section "${title}"`).toBeGreaterThan(-1);
  const end = README.indexOf("\n## ", start + 1);
  return README.slice(start, end === -1 ? undefined : end);
}

function blocks(text: string, lang: string): string[] {
  return [...text.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1] as string);
}

/** codex's global settings for offline runs: no background network calls (CODEX-OFFLINE.md). */
const QUIET_CODEX = `web_search = "disabled"

[features]
plugins = false
shell_snapshot = false

[analytics]
enabled = false

[otel]
metrics_exporter = "none"
`;

/** A user's `~/.codex/config.toml` pinning a model codex knows, with the quiet settings above. */
const USER_CODEX_CONFIG = `model = "gpt-5.5"
${QUIET_CODEX}`;

const greeting = addFilePatch("GREETING.md", ["Hello from the README test"]);

describe("README", () => {
  it("'Install and use' runs as written against the packed package, offline, in a fresh repository", async () => {
    const [install, ...others] = blocks(section("Install and use"), "sh");
    expect(others).toEqual([]);
    const installLine = "npm install --save-dev @orchestrator/engine";
    expect(install).toContain(installLine);

    const work = realpathSync(mkdtempSync(join("/var/tmp", "orchestrator-readme-")));
    cleanup(() => rmSync(work, { recursive: true, force: true }));
    const started = Date.now();
    execFileSync("npm", ["pack", "--silent", "--pack-destination", work], { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"] });
    const tarball = join(work, "orchestrator-engine-0.1.0.tgz");
    const packed = Date.now();

    // A user's repository: a package.json, one commit, no git identity anywhere when the blocks run.
    const repo = join(work, "repo");
    execFileSync("git", ["init", "-q", "-b", "main", repo]);
    writeFileSync(join(repo, "package.json"), `${JSON.stringify({ name: "readme-repo", private: true }, null, 2)}\n`);
    writeFileSync(join(repo, ".gitignore"), "node_modules/\n");
    // npm 11 resolves a new dependency's dependencies through full registry documents, which npm ci never
    // caches; a lock pinning them (the versions this repository's own lock has) lets `npm install` take
    // every tarball from the cache with --offline. This is the only thing prepared beyond a plain repository.
    writeFileSync(join(repo, "package-lock.json"), productionLock("readme-repo"));
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "initial");

    const server = await startModelServer(
      scenarioScript({ "EXAMPLE-1": { dev: { actions: [greeting], answer: answers.dev("added GREETING.md") }, review: [{ answer: answers.pass("the greeting is there") }] } }),
    );
    cleanup(() => server.close());
    const home = makeCodexHome();
    cleanup(() => home.cleanup());
    writeFileSync(join(home.env.CODEX_HOME as string, "config.toml"), USER_CODEX_CONFIG);

    const env = offlineNpmEnv({
      ...home.env,
      // The block says the key comes from the environment, as a user's shell profile would set it; the
      // scripted server stands in for OpenAI's API through the standard OPENAI_BASE_URL.
      OPENAI_API_KEY: OFFLINE_KEY,
      OPENAI_BASE_URL: server.url,
      GIT_CONFIG_NOSYSTEM: "1",
    });
    const script = (install as string).replace(installLine, `npm install --save-dev ${tarball}`);
    const child = spawn("bash", ["-e", "-o", "pipefail", "-c", script], { cwd: repo, env, stdio: ["ignore", "pipe", "pipe"] });
    const r = await collectOutput(child);
    const ran = Date.now();
    console.log(`README test: npm pack ${packed - started} ms, the Install-and-use block ${ran - packed} ms`);

    expect(r.stderr + r.stdout).not.toMatch(/npm error/);
    expect(r.code, r.stderr + r.stdout).toBe(0);
    expect(r.stdout).toContain("wrote orchestrator.config.mjs");
    expect(r.stdout).toMatch(/^ok: orchestrator\.config\.mjs; 1 issue doc in 1 milestone$/m);
    expect(r.stdout).toMatch(/1\s+EXAMPLE-1\s+-\s+Add a greeting to the README/);
    expect(r.stdout).toMatch(new RegExp(`^codex ${repo}/node_modules/\\S+/bin/codex \\(codex-cli \\d+\\.\\d+\\.\\d+, from the @openai/codex package beside the engine\\)$`, "m"));
    expect(r.stdout).toMatch(/EXAMPLE-1\s+passed/);
    // The engine committed without any identity configured: its own.
    expect(git(repo, "log", "-2", "--format=%an <%ae> %s", "orchestrator/EXAMPLE-1").split("\n")).toEqual([
      "orchestrator <orchestrator@localhost> orchestrator(EXAMPLE-1): passed",
      "orchestrator <orchestrator@localhost> orchestrator(EXAMPLE-1): dev #1",
    ]);
    expect(git(repo, "show", "orchestrator/EXAMPLE-1:GREETING.md")).toBe("Hello from the README test");
    expect(readJson(join(latestRunDir(join(repo, ".orchestrator/logs")), "run.json"))).toMatchObject({ status: "passed" });
    // The engine's own .gitignore files (the README names them) keep its state out of git status.
    expect(readFileSync(join(repo, ".orchestrator/logs/.gitignore"), "utf8")).toContain("*");
    expect(readFileSync(join(repo, ".orchestrator/worktrees/.gitignore"), "utf8")).toContain("*");
    expect(git(repo, "status", "--porcelain").split("\n").map((l) => l.trim()).sort()).toEqual(["?? docs/", "?? orchestrator.config.mjs", "M package-lock.json", "M package.json"].sort());
  }, 120_000);

  it("'Set-up' runs as written in a fresh clone of this repository, offline (npm test aside: it is this suite)", async () => {
    const [setup, ...others] = blocks(section("Set-up"), "sh");
    expect(others).toEqual([]);
    const lines = (setup ?? "").split("\n").filter((l) => l.trim() !== "");
    // `npm test` is the suite this test is part of: running it here would run this test again, forever.
    const suite = lines.filter((l) => /^npm test\b/.test(l));
    expect(suite).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")).scripts.test).toBe("node scripts/test.mjs");
    const script = lines.filter((l) => !suite.includes(l)).join("\n");
    expect(script).toContain("npm run demo");

    const work = realpathSync(mkdtempSync(join("/var/tmp", "orchestrator-setup-")));
    cleanup(() => rmSync(work, { recursive: true, force: true }));
    const clone = join(work, "clone");
    execFileSync("git", ["clone", "-q", "--no-hardlinks", PROJECT_ROOT, clone]);
    const tmp = join(work, "tmp");
    execFileSync("mkdir", ["-p", tmp]);
    const env = offlineNpmEnv({
      HOME: work,
      // The demo's scratch repository and codex home land here and go with the test's directory.
      TMPDIR: tmp,
      ORCHESTRATOR_TEST_HOME_ROOT: tmp,
    });
    const started = Date.now();
    const r = await collectOutput(spawn("bash", ["-e", "-o", "pipefail", "-c", script], { cwd: clone, env, stdio: ["ignore", "pipe", "pipe"] }));
    console.log(`README test: the Set-up block (npm ci + npm run demo) ${Date.now() - started} ms`);
    expect(r.code, r.stderr + r.stdout).toBe(0);
    expect(r.stdout).toMatch(/Run \S+-M1: passed — 2\/2 issues passed/);
    expect(r.stdout).toContain("main worktree status (untouched): clean");
  }, 180_000);

  it("the custom provider example runs as written against a Responses API server (base_url pointed at it)", async () => {
    const examples = blocks(section("Model providers"), "json").map((b) => JSON.parse(b) as { runner: { model: string; config: { model_provider: string; model_providers: Record<string, Record<string, unknown>> } } });
    expect(examples.map((e) => e.runner.config.model_provider)).toEqual(["azure", "company"]);
    const company = examples[1] as (typeof examples)[number];
    const provider = company.runner.config.model_providers.company as Record<string, unknown>;

    const server = await startModelServer(
      scenarioScript({ "P-1": { dev: { actions: [greeting], answer: answers.dev() }, review: [{ answer: answers.pass() }] } }),
    );
    cleanup(() => server.close());
    const home = makeCodexHome();
    cleanup(() => home.cleanup());
    // Nothing about providers or models here: the README's example alone says where the model is.
    writeFileSync(join(home.env.CODEX_HOME as string, "config.toml"), QUIET_CODEX);
    provider.base_url = server.url;
    const repo = makeRepo({ "docs/issues/P-1.md": issueDoc({ milestone: "M1" }, "# Greet"), "orchestrator.config.json": JSON.stringify(company) });
    cleanup(() => repo.cleanup());

    const r = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env: { ...home.env, [provider.env_key as string]: "sk-company-0123456789abcdef" } });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/P-1\s+passed/);
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
    expect(server.requests[0]?.body.model).toBe(company.runner.model);
    expect(git(repo.dir, "show", "orchestrator/P-1:GREETING.md")).toBe("Hello from the README test");
  }, 120_000);
});
