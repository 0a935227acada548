import { accessSync, constants, existsSync, statSync } from "node:fs";
import { connect } from "node:net";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { OrchestratorConfig } from "../config/types";
import { errorMessage, type Problem } from "../errors";
import { pricingFor } from "../report/usage";
import { nest } from "../runner/access";
import { homeModelProvider } from "../runner/codex-home";
import { probeCodexVersion, type CodexBinary, type CodexSource } from "../runner/codex-binary";
import { expandEnv } from "../runner/env";
import { codexEnvironment } from "../runner/shell-env";
import { isTable } from "../runner/table";

/**
 * SPEC §3 "Preflight": what would make every issue of a run fail in the same way is checked once, before
 * any branch, worktree or run directory exists, and reported as exit 2 with the fix. Without it a missing
 * key leaves codex "Reconnecting…" until the phase timeout and a wrong codexPath one empty branch per issue.
 */

type RunnerConfig = OrchestratorConfig["runner"];

const VERSION_TIMEOUT_MS = 10_000;
const CONNECT_TIMEOUT_MS = 5_000;
const OPENAI_BASE_URL = "https://api.openai.com/v1";

const problem = (message: string, hint: string, key?: string): Problem => ({ code: "PREFLIGHT", message, hint, ...(key ? { key } : {}) });

/** What the run says about its codex (the `codex` event): path, where it came from, version. */
export interface CodexLine {
  path: string | null;
  source: CodexSource | null;
  version: string | null;
  message: string;
}

const SOURCES: Record<CodexSource, string> = {
  config: "runner.codexPath",
  package: "the @openai/codex package beside the engine",
  node_modules: "node_modules/.bin",
  PATH: "PATH",
};

/**
 * The codex a run uses (`locateCodex`), probed with its one `codex --version`: the line every run announces,
 * and, when a phase will run, the preflight problem if there is none or it does not start.
 */
export async function checkCodex(opts: { codex: CodexBinary | null; search: string; cfg: RunnerConfig; env: NodeJS.ProcessEnv; needed: boolean }): Promise<{ line: CodexLine; problem: Problem | null }> {
  const { codex, cfg } = opts;
  if (codex === null) {
    const message = `no codex found (looked at ${opts.search})`;
    return {
      line: { path: null, source: null, version: null, message: opts.needed ? message : `${message}; none is needed: no phase runs` },
      // The key proxy and the runner are both codex: nothing can run without one.
      problem: opts.needed ? { code: "RUNNER_START", message, hint: "Install it with `npm install --save-dev @openai/codex`, or set runner.codexPath." } : null,
    };
  }
  const probe = await probeCodexVersion(codex.path, opts.env, VERSION_TIMEOUT_MS);
  const from = SOURCES[codex.source];
  if (probe.ok) return { line: { ...codex, version: probe.version, message: `codex ${codex.path} (${probe.version}, from ${from})` }, problem: null };
  const why = /\bENOENT\b/.test(probe.error) ? "not found" : probe.error;
  return {
    line: { ...codex, version: null, message: `codex ${codex.path} (from ${from}) did not answer --version: ${probe.error}` },
    problem: opts.needed
      ? problem(
          `codex does not start (${cfg.default}: \`${codex.path} --version\` failed: ${why})`,
          cfg.codexPath ? "Point runner.codexPath at a working codex executable, or remove it to use the bundled one." : "Install @openai/codex with its optional dependencies, or set runner.codexPath.",
          "runner.codexPath",
        )
      : null,
  };
}

interface Provider {
  id: string;
  /** Env var holding the key (`env_key`), null for none; undefined when the provider is not known here. */
  envKey: string | null | undefined;
  baseUrl: string | null;
  /** The provider is chosen in CODEX_HOME's config.toml (this file): codex applies it, the engine leaves it alone. */
  home?: string;
}

/**
 * The provider codex will use, decided as the key routing decides it (src/runner/access.ts): runner.config
 * (nested keys spelled either way), else a provider chosen in CODEX_HOME's config.toml, else OpenAI's.
 */
export function providerOf(cfg: RunnerConfig, env: NodeJS.ProcessEnv): Provider {
  const config = nest(cfg.config);
  if (typeof config.model_provider !== "string") {
    const home = homeModelProvider(env);
    if (home !== null && home.name !== "openai") return { id: home.name, envKey: undefined, baseUrl: null, home: home.file };
  }
  const id = typeof config.model_provider === "string" ? config.model_provider : "openai";
  const defined = isTable(config.model_providers) ? config.model_providers[id] : undefined;
  if (isTable(defined)) {
    return {
      id,
      envKey: typeof defined.env_key === "string" && defined.env_key !== "" ? defined.env_key : null,
      baseUrl: typeof defined.base_url === "string" ? defined.base_url : null,
    };
  }
  if (id === "openai") {
    const base = typeof config.openai_base_url === "string" ? config.openai_base_url : env.OPENAI_BASE_URL || OPENAI_BASE_URL;
    return { id, envKey: undefined, baseUrl: base };
  }
  return { id, envKey: undefined, baseUrl: null };
}

/** The model endpoint codex talks to (for messages), or null when runner.config does not say. */
export function modelEndpoint(cfg: RunnerConfig, env: NodeJS.ProcessEnv): string | null {
  return providerOf(cfg, env).baseUrl;
}

function checkCredential(p: Provider, env: NodeJS.ProcessEnv): Problem | null {
  const set = (name: string) => (env[name] ?? "") !== "";
  // Codex reads that provider's settings and key itself (the run warns that its key cannot use the proxy).
  if (p.home !== undefined) return null;
  if (p.envKey) {
    return set(p.envKey)
      ? null
      : problem(`the model provider "${p.id}" reads its key from ${p.envKey}, which is not set`, `Export ${p.envKey}, or give it in runner.env (e.g. "${p.envKey}": "\${MY_KEY}").`, `runner.config.model_providers.${p.id}.env_key`);
  }
  if (p.id !== "openai") return null;
  const codexHome = env.CODEX_HOME || join(env.HOME || homedir(), ".codex");
  if (set("OPENAI_API_KEY") || set("CODEX_API_KEY") || existsSync(join(codexHome, "auth.json"))) return null;
  return problem(
    `no OpenAI credential: OPENAI_API_KEY and CODEX_API_KEY are not set and there is no codex login in ${codexHome}`,
    "Export OPENAI_API_KEY (or CODEX_API_KEY), or run `codex login` once.",
  );
}

function tcpReachable(host: string, port: number): Promise<string | null> {
  return new Promise((done) => {
    const socket = connect({ host, port });
    const finish = (why: string | null) => {
      socket.destroy();
      done(why);
    };
    socket.setTimeout(CONNECT_TIMEOUT_MS, () => finish(`no answer within ${CONNECT_TIMEOUT_MS / 1000} s`));
    socket.once("connect", () => finish(null));
    socket.once("error", (err) => finish(errorMessage(err)));
  });
}

async function checkEndpoint(p: Provider): Promise<Problem | null> {
  if (p.baseUrl === null) return null;
  let url: URL;
  try {
    url = new URL(p.baseUrl);
  } catch {
    return problem(`the model provider "${p.id}" has base_url ${JSON.stringify(p.baseUrl)}, which is not a URL`, "Give base_url as http(s)://host[:port]/path.", `runner.config.model_providers.${p.id}.base_url`);
  }
  const port = url.port ? Number(url.port) : url.protocol === "http:" ? 80 : 443;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const why = await tcpReachable(host, port);
  return why === null ? null : problem(`the model endpoint ${url.origin} does not accept a connection (${why})`, "Check the network (or proxy) and the provider's base_url; the run would only wait and fail.");
}

function checkWritable(repoRoot: string, dir: string): Problem | null {
  // The nearest part that exists decides: nothing is created here.
  let existing = resolve(repoRoot, dir);
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  try {
    if (!statSync(existing).isDirectory()) throw new Error(`${existing} is not a directory`);
    accessSync(existing, constants.W_OK | constants.X_OK);
    return null;
  } catch (err) {
    return problem(`worktrees.root ${dir} cannot be created or written: ${errorMessage(err)}`, "Point worktrees.root at a writable directory inside the repository.", "worktrees.root");
  }
}

export interface PreflightOptions {
  repoRoot: string;
  config: OrchestratorConfig;
  /** The engine's environment (the runner's base). */
  env: NodeJS.ProcessEnv;
  /** The codex the run would use (`locateCodex`), and where the search looked (for "no codex found"). */
  codex: CodexBinary | null;
  codexSearch: string;
  /** false when no phase will run (every issue passed earlier): codex, key and endpoint are not needed. */
  runner: boolean;
}

/**
 * Every preflight problem at once (empty when the run may start), and the codex line the run announces:
 * `codex --version` runs once for both. Base and Graphite are checked by their openers.
 */
/** A cost cap that cannot be computed would never stop anything: it needs a price for the model. */
function checkCostCap(config: OrchestratorConfig): Problem | null {
  if (config.budget.maxCostUsdPerRun === undefined || pricingFor(config.runner.model, config.runner.pricing) !== null) return null;
  const model = config.runner.model === undefined ? "codex's default model" : `model ${JSON.stringify(config.runner.model)}`;
  return problem(
    `budget.maxCostUsdPerRun: no price is known for ${model}`,
    "Set runner.pricing ({ inputPerMTok, cachedInputPerMTok, outputPerMTok } in USD) or a runner.model the built-in price table knows.",
    "budget.maxCostUsdPerRun",
  );
}

export async function preflight(opts: PreflightOptions): Promise<{ problems: Problem[]; codex: CodexLine }> {
  const { config } = opts;
  const problems: Problem[] = [];
  const writable = checkWritable(opts.repoRoot, config.worktrees.root);
  if (writable) problems.push(writable);
  const costCap = checkCostCap(config);
  if (costCap) problems.push(costCap);
  const expanded = expandEnv(config.runner.env, opts.env);
  if (!expanded.ok) problems.push(...expanded.problems);
  const runnerEnv = expanded.ok ? expanded.value : {};
  // Probed in the environment codex runs in: no secret.
  const codexCheck = checkCodex({ codex: opts.codex, search: opts.codexSearch, cfg: config.runner, env: codexEnvironment(opts.env, runnerEnv), needed: opts.runner });
  if (!opts.runner) return { problems, codex: (await codexCheck).line };
  const env = { ...opts.env, ...runnerEnv };
  const provider = providerOf(config.runner, env);
  const credential = checkCredential(provider, env);
  const [codex, endpoint] = await Promise.all([
    codexCheck,
    // Only with a credential: a run without one never reaches the endpoint anyway.
    credential ? Promise.resolve(null) : checkEndpoint(provider),
  ]);
  // No codex first: nothing else matters until there is one.
  return { problems: [...[codex.problem].filter((p): p is Problem => p !== null), ...problems, ...[credential, endpoint].filter((p): p is Problem => p !== null)], codex: codex.line };
}
