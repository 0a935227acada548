import { realpath, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fail, ok, type Problem, type Result } from "../errors";

/** Discovery order does not matter (two at one level is an error); this order is how they are listed. */
export const CONFIG_FILE_NAMES = [
  "orchestrator.config.json",
  "orchestrator.config.ts",
  "orchestrator.config.mjs",
  "orchestrator.config.js",
] as const;

export interface FoundConfig {
  /** Absolute path of the config file. */
  file: string;
  /** Absolute path of the git top level the config's relative paths are resolved against. */
  repoRoot: string;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * A `.git` that git itself would take: a file (`gitdir: …`, linked worktrees and submodules) or a directory
 * with a HEAD. An empty `.git` directory (codex's sandbox leaves them as mount points in its writable roots)
 * is not a repository, as git agrees.
 */
async function isGitMarker(path: string): Promise<boolean> {
  try {
    const st = await stat(path);
    return st.isFile() || (st.isDirectory() && (await isFile(join(path, "HEAD"))));
  } catch {
    return false;
  }
}

/** Real path of `dir`, so repoRoot matches what `git rev-parse --show-toplevel` prints for the same place. */
async function realDir(dir: string): Promise<string | null> {
  try {
    const real = await realpath(resolve(dir));
    return (await stat(real)).isDirectory() ? real : null;
  } catch {
    return null;
  }
}

/**
 * The git top level containing `startDir`: the nearest ancestor (or itself) holding a `.git` directory, or a
 * `.git` file as linked worktrees and submodules have. Found without spawning git to keep startup cheap.
 */
export async function findGitRoot(startDir: string): Promise<string | null> {
  const start = await realDir(startDir);
  if (!start) return null;
  for (let dir = start; ; dir = dirname(dir)) {
    if (await isGitMarker(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return null;
  }
}

function notInRepo(dir: string): Problem {
  return {
    code: "USAGE",
    message: `${dir} is not inside a git repository (no .git in it or any parent directory)`,
    hint: "Run orchestrator inside a git checkout (`git init` creates one), then `orchestrator init`.",
  };
}

async function explicitConfig(startDir: string, explicit: string): Promise<Result<FoundConfig>> {
  const requested = resolve(startDir, explicit);
  if (!(await isFile(requested))) {
    return fail({
      code: "CONFIG_NOT_FOUND",
      file: requested,
      message: `config file ${requested} does not exist or is not a file (from --config ${explicit})`,
      hint: "Check the path (relative to the current directory), or drop --config to discover the config.",
    });
  }
  const repoRoot = await findGitRoot(startDir);
  if (!repoRoot) return fail(notInRepo(resolve(startDir)));
  return ok({ file: await realpath(requested), repoRoot });
}

/**
 * SPEC §1: the config is `--config PATH` (relative to `startDir`), else the nearest
 * `orchestrator.config.{json,ts,mjs,js}` walking up from `startDir` to the git top level.
 */
export async function findConfig(startDir: string, explicit?: string): Promise<Result<FoundConfig>> {
  if (explicit !== undefined) return explicitConfig(startDir, explicit);
  const start = await realDir(startDir);
  if (!start) {
    return fail({ code: "USAGE", message: `directory ${resolve(startDir)} does not exist`, hint: "Run orchestrator from inside your repository." });
  }
  const repoRoot = await findGitRoot(start);
  if (!repoRoot) return fail(notInRepo(start));

  const searched: string[] = [];
  for (let dir = start; ; dir = dirname(dir)) {
    searched.push(dir);
    const present: string[] = [];
    for (const name of CONFIG_FILE_NAMES) {
      if (await isFile(join(dir, name))) present.push(join(dir, name));
    }
    if (present.length > 1) {
      return fail({
        code: "CONFIG_AMBIGUOUS",
        file: present[0],
        message: `${present.length} config files at the same level: ${present.join(", ")}`,
        hint: "Keep exactly one of them (or pick one with --config).",
      });
    }
    if (present[0]) return ok({ file: present[0], repoRoot });
    if (dir === repoRoot) break;
  }
  return fail({
    code: "CONFIG_NOT_FOUND",
    message: [
      `no orchestrator config found; looked for ${CONFIG_FILE_NAMES.join(", ")} in:`,
      ...searched.map((dir) => `  ${dir}`),
    ].join("\n"),
    hint: "Run `orchestrator init` to create one at the repository root, or pass --config PATH.",
  });
}
