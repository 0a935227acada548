import { spawn } from "node:child_process";
import { accessSync, constants, existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { connect } from "node:net";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { OrchestratorConfig } from "../config/types";
import { errorMessage, type Problem } from "../errors";
import { expandEnv } from "../runner/env";

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
const isTable = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The codex binary `@openai/codex` ships for this platform (what the SDK runs when no codexPath is set). */
function bundledCodex(): string | null {
  const triples: Record<string, [string, string]> = {
    "linux-x64": ["x86_64-unknown-linux-musl", "@openai/codex-linux-x64"],
    "linux-arm64": ["aarch64-unknown-linux-musl", "@openai/codex-linux-arm64"],
    "darwin-x64": ["x86_64-apple-darwin", "@openai/codex-darwin-x64"],
    "darwin-arm64": ["aarch64-apple-darwin", "@openai/codex-darwin-arm64"],
  };
  const target = triples[`${process.platform}-${process.arch}`];
  if (!target) return null;
  try {
    const fromCodex = createRequire(createRequire(import.meta.url).resolve("@openai/codex/package.json"));
    const root = join(dirname(fromCodex.resolve(`${target[1]}/package.json`)), "vendor", target[0]);
    return [join(root, "bin", "codex"), join(root, "codex", "codex")].find((p) => existsSync(p)) ?? null;
  } catch {
    return null;
  }
}

/** The executable a runner kind starts (`codex-cli`: codexPath or `codex` on PATH; the SDK: codexPath or the package's). */
function executableFor(kind: RunnerConfig["default"], cfg: RunnerConfig): string | null {
  if (cfg.codexPath) return cfg.codexPath;
  return kind === "codex-cli" ? "codex" : bundledCodex();
}

function codexVersion(executable: string, env: NodeJS.ProcessEnv): Promise<string | null> {
  return new Promise((done) => {
    // No stdin: `--version` must not wait for a prompt.
    const child = spawn(executable, ["--version"], { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const collect = (chunk: Buffer) => (output = `${output}${chunk.toString("utf8")}`.slice(-2000));
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    const timer = setTimeout(() => child.kill("SIGKILL"), VERSION_TIMEOUT_MS);
    let failure: string | null = null;
    child.on("error", (err) => (failure = (err as NodeJS.ErrnoException).code === "ENOENT" ? "not found" : errorMessage(err)));
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (failure !== null) return done(failure);
      if (code === 0) return done(null);
      done(output.trim() || (signal ? `killed by ${signal} (no answer within ${VERSION_TIMEOUT_MS / 1000} s)` : `exit code ${code}`));
    });
  });
}

async function checkCodex(cfg: RunnerConfig, env: NodeJS.ProcessEnv): Promise<Problem | null> {
  const kinds = [cfg.default, ...(cfg.fallback && cfg.fallback !== cfg.default ? [cfg.fallback] : [])];
  const failures: string[] = [];
  for (const kind of kinds) {
    const executable = executableFor(kind, cfg);
    if (executable === null) {
      failures.push(`${kind}: the @openai/codex package and its binary for ${process.platform}-${process.arch} are not installed`);
      continue;
    }
    const why = await codexVersion(executable, env);
    if (why === null) return null;
    failures.push(`${kind}: \`${executable} --version\` failed: ${why}`);
  }
  return problem(
    `codex does not start (${failures.join("; ")})`,
    cfg.codexPath ? "Point runner.codexPath at a working codex executable, or remove it to use the bundled one." : "Install @openai/codex with its optional dependencies, or set runner.codexPath.",
    "runner.codexPath",
  );
}

interface Provider {
  id: string;
  /** Env var holding the key (`env_key`), null for none; undefined when the provider is not known here. */
  envKey: string | null | undefined;
  baseUrl: string | null;
}

/** The provider codex will use, as far as `runner.config` says (providers from a user's config.toml are not read). */
export function providerOf(cfg: RunnerConfig, env: NodeJS.ProcessEnv): Provider {
  const config = cfg.config;
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
  /** false when no phase will run (every issue passed earlier): codex, key and endpoint are not needed. */
  runner: boolean;
}

/** Every preflight problem at once; empty when the run may start. Base and Graphite are checked by their openers. */
export async function preflight(opts: PreflightOptions): Promise<Problem[]> {
  const { config } = opts;
  const problems: Problem[] = [];
  const writable = checkWritable(opts.repoRoot, config.worktrees.root);
  if (writable) problems.push(writable);
  const expanded = expandEnv(config.runner.env, opts.env);
  if (!expanded.ok) problems.push(...expanded.problems);
  if (!opts.runner) return problems;
  const env = { ...opts.env, ...(expanded.ok ? expanded.value : {}) };
  const provider = providerOf(config.runner, env);
  const credential = checkCredential(provider, env);
  const [codex, endpoint] = await Promise.all([
    checkCodex(config.runner, env),
    // Only with a credential: a run without one never reaches the endpoint anyway.
    credential ? Promise.resolve(null) : checkEndpoint(provider),
  ]);
  return [...problems, ...[codex, credential, endpoint].filter((p): p is Problem => p !== null)];
}
