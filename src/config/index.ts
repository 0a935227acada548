import { isAbsolute, relative } from "node:path";
import { fail, ok, type Problem, type Result } from "../errors";
import { findConfig } from "./discover";
import { loadConfigFile } from "./load";
import type { LoadedConfig } from "./types";
import { validateConfig } from "./validate";

export { CONFIG_FILE_NAMES, findConfig, findGitRoot } from "./discover";
export { loadConfigFile } from "./load";
export { DEFAULT_CONFIG, validateConfig } from "./validate";

/** How problems name the config: repo-relative, or absolute when it lives outside the repository. */
function shownPath(file: string, repoRoot: string): string {
  const rel = relative(repoRoot, file);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? file : rel;
}

/** `runner.env["A B"]` → `runner.env`; undefined for a top-level key. */
function parentKey(key: string): string | undefined {
  return /^(.*?)(?:\.[^.[\]]+|\[(?:\d+|"(?:[^"\\]|\\.)*")\])$/.exec(key)?.[1];
}

/** Points each problem at the line of its key, or of the nearest enclosing key the file spells out. */
function withLines(problems: Problem[], lines: ReadonlyMap<string, number> | undefined): Problem[] {
  if (!lines) return problems;
  return problems.map((p) => {
    for (let key = p.key; key; key = parentKey(key)) {
      const line = lines.get(key);
      if (line !== undefined) return { ...p, line };
    }
    return p;
  });
}

/** SPEC §1: find, load and validate the config as a whole before anything else happens. */
export async function loadConfig(opts: { cwd: string; configPath?: string }): Promise<Result<LoadedConfig>> {
  const found = await findConfig(opts.cwd, opts.configPath);
  if (!found.ok) return found;
  const { file, repoRoot } = found.value;
  const shown = shownPath(file, repoRoot);
  const source = await loadConfigFile(file, shown);
  if (!source.ok) return source;
  const config = validateConfig(source.value.raw, shown, repoRoot);
  if (!config.ok) return fail(withLines(config.problems, source.value.lines));
  return ok({ config: config.value, file, repoRoot });
}
