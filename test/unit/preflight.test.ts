import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config";
import type { OrchestratorConfig } from "../../src/config/types";
import { preflight, providerOf } from "../../src/engine/preflight";
import { routeFor } from "../../src/runner/access";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), "orchestrator-preflight-"));
  dirs.push(dir);
  return dir;
};
const withRunner = (config: Record<string, unknown>): OrchestratorConfig => ({ ...DEFAULT_CONFIG, runner: { ...DEFAULT_CONFIG.runner, config } });
/** The preflight with no codex found: only what it says about the credential is looked at here. */
const credentialProblems = async (config: OrchestratorConfig, env: NodeJS.ProcessEnv) =>
  (await preflight({ repoRoot: scratch(), config, env, codex: null, codexSearch: "nowhere", runner: true })).problems.filter((p) => !p.message.startsWith("no codex found"));

describe("the preflight's credential check follows the key routing (src/runner/access.ts)", () => {
  it("leaves a provider chosen in CODEX_HOME's config.toml to codex, as the routing does; without it OpenAI's key is required", async () => {
    const home = scratch();
    const env = { CODEX_HOME: home, HOME: home, PATH: process.env.PATH };
    expect((await credentialProblems(DEFAULT_CONFIG, env)).map((p) => p.message)).toEqual([expect.stringContaining("no OpenAI credential")]);
    writeFileSync(join(home, "config.toml"), 'model_provider = "corp"\n[model_providers.corp]\nenv_key = "CORP_KEY"\n');
    expect(routeFor({}, env)).toMatchObject({ kind: "direct", keyVar: "CORP_KEY" });
    expect(providerOf(DEFAULT_CONFIG.runner, env)).toMatchObject({ id: "corp", home: join(home, "config.toml") });
    expect(await credentialProblems(DEFAULT_CONFIG, env)).toEqual([]);
  });

  it("reads runner.config's dotted keys as the routing does: the proxied provider's env_key must be set", async () => {
    const config = withRunner({ model_provider: "p", "model_providers.p.env_key": "P_KEY", "model_providers.p.base_url": "http://127.0.0.1:9/v1" });
    expect(routeFor({ model_provider: "p", model_providers: { p: { env_key: "P_KEY", base_url: "http://127.0.0.1:9/v1" } } }, { P_KEY: "k" })).toMatchObject({ kind: "proxy", provider: "p" });
    expect(providerOf(config.runner, {})).toMatchObject({ id: "p", envKey: "P_KEY", baseUrl: "http://127.0.0.1:9/v1" });
    expect((await credentialProblems(config, {})).map((p) => p.message)).toEqual([expect.stringContaining("reads its key from P_KEY, which is not set")]);
  });

  it("no codex found is the first problem when a phase will run, and none when nothing runs", async () => {
    const env = { OPENAI_API_KEY: "sk-x", OPENAI_BASE_URL: "http://127.0.0.1:9/v1" };
    const needed = await preflight({ repoRoot: scratch(), config: DEFAULT_CONFIG, env, codex: null, codexSearch: "PATH", runner: true });
    expect(needed.problems[0]).toMatchObject({ message: "no codex found (looked at PATH)" });
    const idle = await preflight({ repoRoot: scratch(), config: DEFAULT_CONFIG, env, codex: null, codexSearch: "PATH", runner: false });
    expect(idle.problems).toEqual([]);
    expect(idle.codex).toMatchObject({ path: null, version: null, message: expect.stringContaining("none is needed") });
  });
});
