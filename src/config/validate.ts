import { fail, ok, type Result } from "../errors";
import { CONFIG_DEFINITION } from "./definition";
import { defaultsOf, resolveConfig, shapeOf } from "./derive";
import { splitTypanionError } from "./key-path";
import { isPlainObject, printable } from "./leaves";
import { crossKeyProblems, rawAt } from "./rules";
import { confinedPathProblems, confinePaths, repoSafetyProblems } from "./safe-paths";
import type { OrchestratorConfig } from "./types";

export { DEFAULT_CHECK_TIMEOUT_MINUTES, SEVERITIES } from "./definition";
export { branchPrefixProblem, type ShapeInfo } from "./leaves";

/**
 * Validation in three concerns: the shape of every key (derived from CONFIG_DEFINITION), the cross-key
 * rules (rules.ts), and what would endanger the repository (safe-paths.ts).
 */

/** SPEC §1 defaults. Optional keys without a default (model, fallback, prompts, …) stay absent. */
export const DEFAULT_CONFIG: Readonly<OrchestratorConfig> = defaultsOf(CONFIG_DEFINITION);

/** The whole user-facing shape (SPEC §1). */
export const configShape = shapeOf(CONFIG_DEFINITION);

function toProblem(error: string, file: string) {
  const { key, message } = splitTypanionError(error);
  // Typanion's only own message we can meet: `__proto__` / `constructor` keys, which are never config keys.
  const text = message === "Unsafe property name" ? "unknown key (reserved name)" : message;
  return key ? { code: "CONFIG_INVALID" as const, file, key, message: text } : { code: "CONFIG_INVALID" as const, file, message: text };
}

/**
 * Validates a loaded config as a whole (SPEC §1): every problem comes back, each with its key path; unknown
 * keys are errors. With `repoRoot`, path keys must stay inside the repository and come back repo-relative.
 */
export function validateConfig(raw: unknown, file: string, repoRoot?: string): Result<OrchestratorConfig> {
  if (!isPlainObject(raw)) {
    return fail({
      code: "CONFIG_INVALID",
      file,
      message: `the config must be an object of settings, got ${printable(raw)}`,
      hint: "Write a JSON object, or `export default { … }` in a .ts/.mjs/.js config.",
    });
  }
  const errors: string[] = [];
  const valid = configShape(raw, { errors });
  const problems = [
    ...errors.map((e) => toProblem(e, file)),
    ...crossKeyProblems(raw, file),
    ...(repoRoot === undefined ? [] : confinedPathProblems(raw, file, repoRoot)),
    // Defaults too: a committed `.orchestrator -> .git` link would put the default roots in the git dir.
    ...(repoRoot === undefined
      ? []
      : repoSafetyProblems(
          {
            "logs.root": rawAt(raw, ["logs", "root"]) ?? DEFAULT_CONFIG.logs.root,
            "worktrees.root": rawAt(raw, ["worktrees", "root"]) ?? DEFAULT_CONFIG.worktrees.root,
            "issues.paths": rawAt(raw, ["issues", "paths"]),
          },
          file,
          repoRoot,
        )),
  ];
  if (!valid || problems.length > 0) return fail(problems);
  const config: OrchestratorConfig = resolveConfig(CONFIG_DEFINITION, raw);
  return ok(repoRoot === undefined ? config : confinePaths(config, repoRoot));
}
