import { existsSync } from "node:fs";
import { mkdir, realpath, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative } from "node:path";

const GITIGNORE = "# written by orchestrator: keeps its state out of git status\n*\n";

async function assertInside(dir: string, root: string): Promise<void> {
  // The nearest part of the path that exists decides where the rest would be created.
  let existing = dir;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  const real = join(await realpath(existing), relative(existing, dir));
  const rel = relative(root, real);
  // Its own `.gitignore` of `*` would hide the whole repository.
  if (rel === "") throw new Error(`${dir} is the repository itself; the engine needs a directory of its own inside it`);
  if (rel.startsWith("..") || isAbsolute(rel)) {
    throw new Error(`${dir} resolves to ${real}, outside the repository ${root} (through a symlink); the engine only writes inside the repository`);
  }
}

/**
 * Creates one of the engine's own directories (worktrees root, log root) and keeps it out of the user's
 * `git status` without touching their .gitignore: a `.gitignore` of `*` inside ignores the directory itself.
 *
 * The directory must really be inside `confinedTo` (the repository): a symlink committed as `.orchestrator`
 * or planted under it must not make the engine write elsewhere, so the resolved path is checked before
 * anything is created.
 */
export async function ensureOwnDirectory(dir: string, confinedTo: string): Promise<void> {
  const root = await realpath(confinedTo);
  await assertInside(dir, root);
  await mkdir(dir, { recursive: true });
  await assertInside(dir, root);
  try {
    // wx: never follow a planted symlink named .gitignore, never overwrite an existing file.
    await writeFile(join(dir, ".gitignore"), GITIGNORE, { flag: "wx" });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
}
