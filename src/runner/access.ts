import type { OrchestratorConfig } from "../config/types";
import { ok, type Result } from "../errors";
import { homeModelProvider } from "./codex-home";
import { codexExecutable, startKeyProxy, type KeyProxy } from "./proxy";
import { codexEnvironment, shellEnvironmentPolicy } from "./shell-env";
import { isTable } from "./table";

type RunnerConfig = OrchestratorConfig["runner"];

/** The provider codex uses for OpenAI's own API when the engine routes it through the key proxy. */
export const PROXIED_OPENAI = "orchestrator-openai";

/** `{"a.b": 1}` → `{a: {b: 1}}`: runner.config may spell a nested key either way. */
export function nest(table: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(table)) {
    const path = key.split(".");
    let at = out;
    for (const part of path.slice(0, -1)) at = isTable(at[part]) ? (at[part] as Record<string, unknown>) : (at[part] = {});
    const last = path.at(-1) as string;
    at[last] = isTable(value) ? nest({ ...(isTable(at[last]) ? (at[last] as Record<string, unknown>) : {}), ...value }) : value;
  }
  return out;
}

/** What the active provider needs: a proxy (upstream + key), or nothing, or codex reading a key itself. */
export type KeyRoute =
  | { kind: "proxy"; provider: string; upstream: string; key: string; builtin: boolean }
  | { kind: "none" }
  | { kind: "direct"; keyVar: string | null; warning: string };

/** Decides how the active model provider's credential travels (SPEC §3: only the proxy holds it). */
export function routeFor(config: Record<string, unknown>, env: Record<string, string | undefined>): KeyRoute {
  const home = typeof config.model_provider === "string" ? null : homeModelProvider(env);
  if (home !== null && home.name !== "openai") {
    return {
      kind: "direct",
      keyVar: home.envKey,
      warning: `model provider ${home.name} comes from ${home.file}, which the engine does not rewrite: it cannot go through the key proxy${home.envKey ? `, so codex reads ${home.envKey} from its own environment, which the agent can read too` : ""}; define the provider in runner.config to keep its key behind the proxy`,
    };
  }
  const active = typeof config.model_provider === "string" ? config.model_provider : "openai";
  const providers = isTable(config.model_providers) ? config.model_providers : {};
  const custom = providers[active];
  if (isTable(custom)) {
    const envKey = typeof custom.env_key === "string" ? custom.env_key : null;
    if (envKey === null) return { kind: "none" };
    const wire = custom.wire_api ?? "responses";
    if (wire !== "responses" || typeof custom.base_url !== "string") {
      return {
        kind: "direct",
        keyVar: envKey,
        warning: `model provider ${active} (wire_api ${String(wire)}) cannot go through the key proxy: codex reads ${envKey} from its own environment, which the agent can read too`,
      };
    }
    const key = env[envKey];
    // Missing: codex names the variable itself when it starts; nothing to protect.
    if (key === undefined || key === "") return { kind: "none" };
    return { kind: "proxy", provider: active, upstream: `${custom.base_url.replace(/\/+$/, "")}/responses`, key, builtin: false };
  }
  if (active !== "openai") return { kind: "none" };
  const key = env.CODEX_API_KEY || env.OPENAI_API_KEY;
  if (!key) {
    return {
      kind: "direct",
      keyVar: null,
      warning: "no OPENAI_API_KEY or CODEX_API_KEY: codex uses its own login (auth.json under CODEX_HOME), which cannot go through the key proxy and which the agent can read",
    };
  }
  const base = (typeof config.openai_base_url === "string" ? config.openai_base_url : env.OPENAI_BASE_URL) || "https://api.openai.com/v1";
  return { kind: "proxy", provider: active, upstream: `${base.replace(/\/+$/, "")}/responses`, key, builtin: true };
}

/** runner.config with the active provider pointed at the proxy and no `env_key` left for codex to read. */
function proxiedConfig(config: Record<string, unknown>, route: Extract<KeyRoute, { kind: "proxy" }>, baseUrl: string): Record<string, unknown> {
  const providers = isTable(config.model_providers) ? { ...config.model_providers } : {};
  const name = route.builtin ? PROXIED_OPENAI : route.provider;
  const original: Record<string, unknown> = route.builtin ? { name: "OpenAI (through the orchestrator key proxy)", wire_api: "responses" } : { ...(providers[name] as Record<string, unknown>) };
  delete original.env_key;
  // The proxy answers POST /v1/responses only; a WebSocket attempt would just cost retries.
  providers[name] = { ...original, base_url: baseUrl, supports_websockets: false };
  return { ...config, model_provider: name, model_providers: providers };
}

export interface ModelAccess {
  /** runner config for codex: providers through the proxy, the shell environment policy set. */
  runner: RunnerConfig;
  /** codex's environment: no secret, no model key. */
  env: Record<string, string>;
  /** Things the user should know (a provider that cannot use the proxy). */
  warnings: string[];
  /** Stops the proxy; safe to call more than once. */
  close(): Promise<void>;
}

/**
 * Sets up how codex reaches the model without the key entering the agent's process tree: the key proxy
 * for the active provider, codex's environment without secrets, and a shell environment policy that keeps
 * every secret-named and `runner.env` variable out of the agent's commands.
 */
export async function openModelAccess(cfg: RunnerConfig, engineEnv: NodeJS.ProcessEnv, runnerEnv: Record<string, string>): Promise<Result<ModelAccess>> {
  let config = nest(cfg.config);
  const route = routeFor(config, { ...engineEnv, ...runnerEnv });
  const keep = new Set<string>();
  const warnings: string[] = [];
  if (route.kind === "direct") {
    warnings.push(route.warning);
    if (route.keyVar) keep.add(route.keyVar);
  }
  const env = codexEnvironment(engineEnv, runnerEnv, keep);
  let proxy: KeyProxy | null = null;
  if (route.kind === "proxy") {
    const started = await startKeyProxy(codexExecutable(cfg.codexPath), route.upstream, route.key, env);
    if (!started.ok) return started;
    proxy = started.value;
    config = proxiedConfig(config, route, proxy.baseUrl);
  }
  config.shell_environment_policy = shellEnvironmentPolicy(config.shell_environment_policy, Object.keys(runnerEnv));
  let closed = false;
  return ok({
    runner: { ...cfg, config },
    env,
    warnings,
    async close() {
      if (closed) return;
      closed = true;
      await proxy?.stop();
    },
  });
}
