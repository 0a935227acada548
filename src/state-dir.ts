import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * Creates one of the engine's own directories (worktrees root, log root) and keeps it out of the user's
 * `git status` without touching their .gitignore: a `.gitignore` of `*` inside ignores the directory itself.
 */
export async function ensureOwnDirectory(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, ".gitignore");
  if (!existsSync(file)) await writeFile(file, "# written by orchestrator: keeps its state out of git status\n*\n");
}
