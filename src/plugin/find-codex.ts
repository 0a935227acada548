import { accessSync, constants } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, join } from "node:path";

export type CodexLocation = { kind: "package" } | { kind: "path"; path: string } | { kind: "missing" };

/**
 * Where a bundle that ships without the `@openai/codex` package (the plugin) gets codex from: the package
 * when it resolves from `from` (the SDK then finds its own binary), else the first `codex` on PATH.
 */
export function locateCodex(env: NodeJS.ProcessEnv, from: string): CodexLocation {
  try {
    createRequire(from).resolve("@openai/codex/package.json");
    return { kind: "package" };
  } catch {
    // Not installed beside the bundle: look on PATH.
  }
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    const candidate = join(dir, "codex");
    try {
      accessSync(candidate, constants.X_OK);
      return { kind: "path", path: candidate };
    } catch {
      // Not here.
    }
  }
  return { kind: "missing" };
}
