import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { issueDoc, makeRepo, runCli, type FixtureRepo } from "../support/fixture-repo";

/** What a new user trips on (issue 20), through the built CLI. */
const repos: FixtureRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

function repoWith(files: Record<string, string>, config: unknown = {}): FixtureRepo {
  const repo = makeRepo({ "orchestrator.config.json": JSON.stringify(config), ...files });
  repos.push(repo);
  return repo;
}

const MILESTONES = {
  "docs/issues/A-1.md": issueDoc({ milestone: "M1" }, "# A one"),
  "docs/issues/A-2.md": issueDoc({ milestone: "M1", depends_on: "A-1" }, "# A two"),
  "docs/issues/B-1.md": issueDoc({ milestone: "M2" }, "# B one"),
  "docs/issues/OLD-1.md": issueDoc({ milestone: "M0", status: "done" }, "# Old one"),
  "docs/issues/OLD-2.md": issueDoc({ milestone: "M0", status: "closed" }, "# Old two"),
};

const lines = (text: string) => text.split("\n").filter((l) => l.trim() !== "");

describe("a milestone no issue doc has is a usage error", () => {
  it.each([["plan"], ["run"]])("%s -m M9: exit 2 listing the milestones that exist", async (command) => {
    const repo = repoWith(MILESTONES);
    const r = await runCli([command, "-m", "M9"], { cwd: repo.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no issue doc has milestone "M9"; milestones: M0, M1, M2');
    expect(r.stdout).not.toContain("nothing to do");
  });

  it("suggests the near match: a wrong case or a slip of one character", async () => {
    const repo = repoWith(MILESTONES);
    const lower = await runCli(["plan", "-m", "m1"], { cwd: repo.dir });
    expect(lower.code).toBe(2);
    expect(lower.stderr).toContain("Did you mean --milestone M1?");
    const slip = await runCli(["plan", "--milestone", "M3"], { cwd: repo.dir });
    expect(slip.stderr).toMatch(/Did you mean --milestone M\d\?/);
    const far = await runCli(["plan", "--milestone", "release-2027"], { cwd: repo.dir });
    expect(far.code).toBe(2);
    expect(far.stderr).not.toContain("Did you mean");
  });

  it("a milestone whose issues are all done: exit 0, saying so, for plan and run", async () => {
    const repo = repoWith(MILESTONES);
    const plan = await runCli(["plan", "-m", "M0"], { cwd: repo.dir });
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain("every issue of M0 is done (2 issues: OLD-1, OLD-2)");
    const run = await runCli(["run", "-m", "M0"], { cwd: repo.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("every issue of M0 is done");
  });
});

describe("Clipanion manners", () => {
  it("run without --milestone names the option with the usage line, exit 2", async () => {
    const repo = repoWith(MILESTONES);
    for (const command of ["run", "plan"]) {
      const r = await runCli([command, "--json"], { cwd: repo.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("--milestone is required");
      expect(r.stderr).toContain(`$ orchestrator ${command} [--config,-c PATH] <--milestone,-m ID> [--issue,-i ID] [--json]`);
      expect(r.stderr).not.toContain("Command not found");
    }
  });

  it("help shows named placeholders, never #0, and `help [command]` works", async () => {
    const repo = repoWith({});
    const general = await runCli(["help"], { cwd: repo.dir });
    expect(general.code).toBe(0);
    for (const command of ["run", "plan", "validate", "clean", "init", "plugin sync", "help"]) expect(general.stdout).toContain(`orchestrator ${command}`);
    const run = await runCli(["help", "run"], { cwd: repo.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/--milestone,-m ID {2,}Milestone id to run/);
    expect(run.stdout).toMatch(/--config,-c PATH {2,}Path of the config file/);
    expect(run.stdout).toContain("--issue,-i ID");
    // Same text as `run --help`.
    expect((await runCli(["run", "--help"], { cwd: repo.dir })).stdout).toBe(run.stdout);
    const sync = await runCli(["help", "plugin", "sync"], { cwd: repo.dir });
    expect(sync.stdout).toContain("--target claude|codex");
    const init = await runCli(["help", "init"], { cwd: repo.dir });
    expect(init.stdout).toContain("--provider openai|azure|custom");
    for (const text of [general.stdout, run.stdout, sync.stdout, init.stdout]) expect(text).not.toContain("#0");
    const bogus = await runCli(["help", "bogus"], { cwd: repo.dir });
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain('no command "bogus"');
  });

  it("a typo'd flag lists every command once, -h/-v included", async () => {
    const repo = repoWith({});
    const r = await runCli(["--versoin"], { cwd: repo.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unsupported option name ("--versoin")');
    const usages = lines(r.stderr).filter((l) => l.startsWith("$ "));
    expect(usages).toContain("$ orchestrator --version");
    expect(usages).toContain("$ orchestrator --help");
    expect(new Set(usages).size).toBe(usages.length);
    expect(r.stderr).not.toContain("#0");
  });
});

describe("--json: every outcome is JSON on stdout", () => {
  const badConfig = { runner: { sandbox: "nope" }, bogus: 1 };

  it("run --json with a bad config: one error record", async () => {
    const repo = repoWith(MILESTONES, badConfig);
    const r = await runCli(["run", "-m", "M1", "--json"], { cwd: repo.dir });
    expect(r.code).toBe(2);
    const records = lines(r.stdout).map((l) => JSON.parse(l));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ type: "error", ts: expect.any(String), problems: expect.arrayContaining([expect.objectContaining({ code: "CONFIG_INVALID", key: "runner.sandbox" })]) });
    expect(records[0].problems.map((p: { key?: string }) => p.key)).toContain("bogus");
  });

  it("run --json with bad usage and an unknown milestone: error records too", async () => {
    const repo = repoWith(MILESTONES);
    const usage = await runCli(["run", "--json", "--bogus"], { cwd: repo.dir });
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.stdout)).toMatchObject({ type: "error", problems: [{ code: "USAGE" }] });
    const missing = await runCli(["run", "--json"], { cwd: repo.dir });
    expect(JSON.parse(missing.stdout)).toMatchObject({ type: "error", problems: [{ code: "USAGE", message: "--milestone is required", hint: expect.stringContaining("<--milestone,-m ID>") }] });
    const unknown = await runCli(["run", "-m", "M9", "--json"], { cwd: repo.dir });
    expect(JSON.parse(unknown.stdout)).toMatchObject({ type: "error", problems: [{ code: "USAGE", message: expect.stringContaining("milestones: M0, M1, M2") }] });
  });

  it("plan --json and validate --json with a bad config: their documents with problems", async () => {
    const repo = repoWith(MILESTONES, badConfig);
    const plan = await runCli(["plan", "-m", "M1", "--json"], { cwd: repo.dir });
    expect(plan.code).toBe(2);
    expect(JSON.parse(plan.stdout)).toMatchObject({ version: 1, milestone: "M1", issues: [], problems: expect.arrayContaining([expect.objectContaining({ key: "runner.sandbox" })]) });
    const validate = await runCli(["validate", "--json"], { cwd: repo.dir });
    expect(validate.code).toBe(2);
    expect(JSON.parse(validate.stdout)).toMatchObject({ ok: false, problems: expect.arrayContaining([expect.objectContaining({ key: "bogus" })]) });
    const planUsage = await runCli(["plan", "--json"], { cwd: repo.dir });
    expect(JSON.parse(planUsage.stdout)).toMatchObject({ version: 1, milestone: null, problems: [{ code: "USAGE", message: "--milestone is required" }] });
  });

  it("a good plan --json carries an empty problems list", async () => {
    const repo = repoWith(MILESTONES);
    const plan = await runCli(["plan", "-m", "M1", "--json"], { cwd: repo.dir });
    expect(plan.code).toBe(0);
    expect(JSON.parse(plan.stdout)).toMatchObject({ issues: [{ id: "A-1" }, { id: "A-2" }], problems: [] });
  });
});

describe("init --provider", () => {
  /** The credential the preflight asks for with each provider's block (it would otherwise reach the endpoint). */
  const needs: Record<string, string> = {
    azure: 'the model provider "azure" reads its key from AZURE_OPENAI_API_KEY, which is not set',
    custom: 'the model provider "company" reads its key from COMPANY_LLM_API_KEY, which is not set',
    openai: "no OpenAI credential",
  };
  /**
   * `validate` is the config check plus the run's preflight: with no key anywhere (and no codex login), a
   * config that is valid has exactly one problem left, the credential its provider block names.
   */
  const validateWithoutKeys = async (dir: string) => {
    const env = { OPENAI_API_KEY: "", CODEX_API_KEY: "", AZURE_OPENAI_API_KEY: "", COMPANY_LLM_API_KEY: "", CODEX_HOME: join(dir, ".no-codex-home") };
    const r = await runCli(["validate", "--json"], { cwd: dir, env });
    return { code: r.code, document: JSON.parse(r.stdout) as { ok: boolean; problems: { code: string; message: string }[] } };
  };

  it.each([
    ["mjs", "azure", 'model_provider: "azure"'],
    ["mjs", "custom", 'model_provider: "company"'],
    ["ts", "azure", 'base_url: "https://YOUR-RESOURCE.openai.azure.com/openai"'],
    ["mjs", "openai", '// model: "gpt-5.5"'],
  ])("--format %s --provider %s writes the provider block; the config is valid and the preflight asks for that provider's key", async (format, provider, expected) => {
    const repo = makeRepo();
    repos.push(repo);
    const init = await runCli(["init", "--format", format, "--provider", provider], { cwd: repo.dir });
    expect(init.code).toBe(0);
    expect(readFileSync(join(repo.dir, `orchestrator.config.${format}`), "utf8")).toContain(expected);
    const validated = await validateWithoutKeys(repo.dir);
    expect(validated.code).toBe(2);
    expect(validated.document.problems).toEqual([{ code: "PREFLIGHT", message: expect.stringContaining(needs[provider] as string), hint: expect.any(String), ...(provider === "openai" ? {} : { key: expect.any(String) }) }]);
  });

  it("--format json --provider azure: the same provider in JSON", async () => {
    const repo = makeRepo();
    repos.push(repo);
    expect((await runCli(["init", "--format", "json", "--provider", "azure"], { cwd: repo.dir })).code).toBe(0);
    const config = JSON.parse(readFileSync(join(repo.dir, "orchestrator.config.json"), "utf8"));
    expect(config.runner).toMatchObject({ model: "gpt-5.5", config: { model_provider: "azure", model_providers: { azure: { wire_api: "responses", env_key: "AZURE_OPENAI_API_KEY", query_params: { "api-version": expect.any(String) } } } } });
    expect((await validateWithoutKeys(repo.dir)).document.problems.map((p) => p.message)).toEqual([needs.azure]);
  });

  it("an unknown provider is a usage error", async () => {
    const repo = makeRepo();
    repos.push(repo);
    const r = await runCli(["init", "--provider", "bedrock"], { cwd: repo.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--provider");
  });
});

describe("which codex a run uses", () => {
  it("run --json says it first: path and version, as an event and on the human stream", async () => {
    const repo = repoWith(MILESTONES);
    const r = await runCli(["run", "-m", "M0", "--json"], { cwd: repo.dir });
    expect(r.code).toBe(0);
    const events = lines(r.stdout).map((l) => JSON.parse(l));
    const codex = events.find((e) => e.type === "codex");
    expect(codex).toMatchObject({ source: "package", path: expect.stringMatching(/\/bin\/codex$/), version: expect.stringMatching(/^codex-cli \d+\.\d+\.\d+/) });
    expect(events.findIndex((e) => e.type === "codex")).toBeLessThan(events.findIndex((e) => e.type === "run.started"));
    expect(r.stderr).toContain(`codex ${codex.path} (${codex.version}, from the @openai/codex package beside the engine)`);
    expect(events.at(-1)).toMatchObject({ type: "run.completed" });
  });

  it("runner.codexPath wins and a codex that does not answer is said so up front", async () => {
    const repo = repoWith(MILESTONES, { runner: { codexPath: "/nonexistent/bin/codex" } });
    const r = await runCli(["run", "-m", "M0"], { cwd: repo.dir });
    expect(r.stdout).toContain("warning: codex /nonexistent/bin/codex (from runner.codexPath) did not answer --version");
  });
});

describe("the Docker door: no arguments, the step's INPUT_* read as the Action reads them", () => {
  const noToken = { GITHUB_TOKEN: "", GH_TOKEN: "", GITHUB_REPOSITORY: "" };

  it("runs in working-directory under GITHUB_WORKSPACE", async () => {
    const repo = repoWith(MILESTONES);
    const r = await runCli([], { cwd: tmpdir(), env: { ...noToken, GITHUB_WORKSPACE: dirname(repo.dir), INPUT_MILESTONE: "M0", INPUT_WORKING_DIRECTORY: basename(repo.dir) } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("every issue of M0 is done");
  });

  it("passes pull-requests on to the engine (once parsed and dropped): its preflight refuses a missing token, exit 2", async () => {
    const repo = repoWith(MILESTONES);
    const r = await runCli([], { cwd: repo.dir, env: { ...noToken, GITHUB_WORKSPACE: repo.dir, INPUT_MILESTONE: "M1", INPUT_PULL_REQUESTS: "draft" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/github\.pullRequests: pull requests are on but/);
  });

  it("names a bad input, through the CLI's problem printer, exit 2", async () => {
    const repo = repoWith(MILESTONES);
    const r = await runCli([], { cwd: repo.dir, env: { GITHUB_WORKSPACE: repo.dir, INPUT_MILESTONE: "M1", INPUT_MAX_COST_USD: "lots" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("error: 1 problem\n  max-cost-usd: input max-cost-usd must be an amount of USD");
    expect(r.stdout).toBe("");
  });
});
