import { MIN_SECRET_LENGTH, SECRET_NAME } from "../report/redact";
import { isTable } from "./table";

/**
 * Names codex keeps out of the agent's shell (codex `shell_environment_policy.exclude` patterns: globs,
 * case-insensitive). Broader than SECRET_NAME on purpose: a variable a command misses costs less than a key.
 */
export const SHELL_SECRET_PATTERNS = ["*KEY*", "*TOKEN*", "*SECRET*", "*PASSWORD*", "*PASSWD*", "*CREDENTIAL*"];

/**
 * `shell_environment_policy` for codex: what the user configured, with codex's own default excludes
 * switched back on, the secret-name patterns and every `runner.env` name excluded. The agent's commands
 * thus see no credential whatever the user's policy says about the rest (`inherit`, `set`, `include_only`).
 */
export function shellEnvironmentPolicy(userPolicy: unknown, runnerEnvNames: string[]): Record<string, unknown> {
  const policy = isTable(userPolicy) ? { ...userPolicy } : {};
  const exclude = Array.isArray(policy.exclude) ? policy.exclude.filter((p): p is string => typeof p === "string") : [];
  const set = isTable(policy.set) ? Object.fromEntries(Object.entries(policy.set).filter(([name]) => !SECRET_NAME.test(name) && !runnerEnvNames.includes(name))) : undefined;
  return {
    ...policy,
    ...(set ? { set } : {}),
    ignore_default_excludes: false,
    exclude: [...new Set([...exclude, ...SHELL_SECRET_PATTERNS, ...runnerEnvNames])],
  };
}

/**
 * codex's own environment: the engine's, without any secret-named variable and without any variable
 * holding a `runner.env` secret; plus the `runner.env` entries that are not secrets (values shorter than
 * MIN_SECRET_LENGTH). The agent may read codex's environment (`/proc/<pid>/environ`), so a secret kept out
 * of it cannot leak that way: the model key reaches only the key proxy (src/runner/proxy.ts). `keep` names
 * variables codex itself must read (a provider that cannot go through the proxy; a warning says so).
 */
export function codexEnvironment(engineEnv: Record<string, string | undefined>, runnerEnv: Record<string, string>, keep: Set<string> = new Set()): Record<string, string> {
  const secrets = new Set(Object.values(runnerEnv).filter((v) => v.length >= MIN_SECRET_LENGTH));
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(engineEnv)) {
    if (value !== undefined && !SECRET_NAME.test(name) && !secrets.has(value)) out[name] = value;
  }
  for (const [name, value] of Object.entries(runnerEnv)) {
    if (value.length < MIN_SECRET_LENGTH && !SECRET_NAME.test(name)) out[name] = value;
    else delete out[name];
  }
  for (const name of keep) {
    const value = runnerEnv[name] ?? engineEnv[name];
    if (value !== undefined) out[name] = value;
  }
  return out;
}
