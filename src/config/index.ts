import { relative } from "node:path";
import type { Result } from "../errors";
import { findConfig } from "./discover";
import { loadConfigFile } from "./load";
import type { LoadedConfig } from "./types";
import { validateConfig } from "./validate";

export { DEFAULT_CONFIG, validateConfig } from "./validate";
export { findConfig, findGitRoot } from "./discover";

/** SPEC §1: find, load and validate the config as a whole before anything else happens. */
export async function loadConfig(opts: { cwd: string; configPath?: string }): Promise<Result<LoadedConfig>> {
  const found = await findConfig(opts.cwd, opts.configPath);
  if (!found.ok) return found;
  const { file, repoRoot } = found.value;
  const raw = await loadConfigFile(file);
  if (!raw.ok) return raw;
  const shown = relative(opts.cwd, file) || file;
  const config = validateConfig(raw.value, shown.startsWith("..") ? file : shown, repoRoot);
  if (!config.ok) return config;
  return { ok: true, value: { config: config.value, file, repoRoot } };
}
