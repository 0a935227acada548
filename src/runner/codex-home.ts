import { readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/** The user's codex config is theirs, but a config.toml beyond this is not one worth reading. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export interface HomeProvider {
  /** `model_provider` at the top level of config.toml. */
  name: string;
  /** `env_key` of `[model_providers.<name>]`, when the file sets one. */
  envKey: string | null;
  file: string;
}

const quoted = (raw: string) => raw.trim().replace(/^(["'])(.*)\1\s*(#.*)?$/, "$2").replace(/\s+#.*$/, "");

/**
 * The model provider a user chose in `$CODEX_HOME/config.toml` (default `~/.codex`), which codex applies
 * when runner.config names none. Only the two keys the engine needs are read, line by line: a provider
 * chosen there must not be silently replaced by the built-in OpenAI one.
 */
export function homeModelProvider(env: Record<string, string | undefined>): HomeProvider | null {
  const home = env.CODEX_HOME || join(env.HOME || homedir(), ".codex");
  const file = join(home, "config.toml");
  let text: string;
  try {
    if (!statSync(file).isFile() || statSync(file).size > MAX_CONFIG_BYTES) return null;
    text = readFileSync(file, "utf8");
  } catch {
    return null;
  }
  let table = "";
  let name: string | null = null;
  const envKeys = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const header = /^\s*\[\s*([^\]]+?)\s*\]\s*(#.*)?$/.exec(line);
    if (header) {
      table = (header[1] as string).replace(/["']/g, "");
      continue;
    }
    const pair = /^\s*([A-Za-z0-9_.-]+)\s*=\s*(.+)$/.exec(line);
    if (!pair) continue;
    const [, key, value] = pair as unknown as [string, string, string];
    if (table === "" && key === "model_provider") name = quoted(value);
    const provider = /^model_providers\.(.+)$/.exec(table)?.[1];
    if (provider && key === "env_key") envKeys.set(provider, quoted(value));
  }
  return name === null || name === "" ? null : { name, envKey: envKeys.get(name) ?? null, file };
}
