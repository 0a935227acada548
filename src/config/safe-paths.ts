import { lstatSync, readFileSync, realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { Problem, Result } from "../errors";
import { CONFIG_DEFINITION } from "./definition";
import { keysOf } from "./derive";
import { formatKey } from "./key-path";
import { printable } from "./leaves";
import { rawAt } from "./rules";
import type { OrchestratorConfig } from "./types";

/**
 * Config values that would damage the repository they name (issue 14): engine output written into the git
 * directory, globs that read outside the repository, a worktrees root over the user's tracked files.
 * Pure checks read the file system only; the tracked-files check needs git and runs where git is open.
 */

function within(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** `path` with every symlink in its existing part resolved, so a link into `.git` is seen for what it is. */
function realish(path: string): string {
  const missing: string[] = [];
  for (let at = path; ; at = dirname(at)) {
    try {
      return join(realpathSync.native(at), ...missing.reverse());
    } catch {
      if (dirname(at) === at) return path;
      missing.push(basename(at));
    }
  }
}

function readGitPointer(file: string): string | undefined {
  try {
    const text = readFileSync(file, "utf8");
    return /^gitdir:\s*(.+?)\s*$/m.exec(text)?.[1];
  } catch {
    return undefined;
  }
}

/**
 * The repository's git directories, found without git: `.git` (or where a `.git` file points, as in a
 * linked worktree or a separate git dir) and the common dir it shares refs and objects with.
 */
export function gitDirectories(repoRoot: string): string[] {
  const dotGit = join(repoRoot, ".git");
  let gitDir = dotGit;
  try {
    if (lstatSync(dotGit).isFile()) {
      const pointer = readGitPointer(dotGit);
      if (pointer !== undefined) gitDir = resolve(repoRoot, pointer);
    }
  } catch {
    return [realish(dotGit)];
  }
  const dirs = new Set([realish(dotGit), realish(gitDir)]);
  try {
    const common = readFileSync(join(gitDir, "commondir"), "utf8").trim();
    if (common !== "") dirs.add(realish(resolve(gitDir, common)));
  } catch {
    // No commondir file: gitDir is the common dir.
  }
  return [...dirs];
}

const OUTPUT_KEYS = ["logs.root", "worktrees.root"] as const;

/** The values these checks look at, as the config file spells them (unset keys have safe defaults). */
export interface PathValues {
  "logs.root"?: unknown;
  "worktrees.root"?: unknown;
  "issues.paths"?: unknown;
}

/** A glob pattern's directory part before its first glob character. */
function staticPart(pattern: string): { base: string; dynamic: string } {
  const parts = pattern.split("/");
  const first = parts.findIndex((p) => /[*?[\]{}()!+@]/.test(p));
  const cut = first < 0 ? parts.length - 1 : first;
  return { base: parts.slice(0, cut).join("/"), dynamic: parts.slice(cut).join("/") };
}

/** Why the glob could match files outside the repository, or undefined when it cannot. */
export function globEscape(repoRoot: string, pattern: string): string | undefined {
  // A negated pattern only removes matches; it reads nothing.
  if (pattern.startsWith("!")) return undefined;
  const { base, dynamic } = staticPart(pattern);
  if (!within(repoRoot, resolve(repoRoot, base || "."))) return `its fixed part ${JSON.stringify(base || "/")} is outside the repository`;
  if (/(?:^|[/{,(|])\.\.(?:$|[/},)|])/.test(dynamic)) return 'a ".." after a wildcard could leave the repository';
  return undefined;
}

/**
 * `logs.root` and `worktrees.root` must not be in the git directory (writing there corrupts refs and
 * objects); issue globs must not reach outside the repository. Values of the wrong type are the shape
 * validator's to report, and paths outside the repository the confinement check's.
 */
export function repoSafetyProblems(values: PathValues, file: string, repoRoot: string): Problem[] {
  const problems: Problem[] = [];
  const gitDirs = gitDirectories(repoRoot);
  for (const key of OUTPUT_KEYS) {
    const value = values[key];
    if (typeof value !== "string" || value === "") continue;
    const absolute = resolve(repoRoot, value);
    if (!within(repoRoot, absolute)) continue;
    const real = realish(absolute);
    const hit = gitDirs.find((dir) => within(dir, real));
    const named = relative(repoRoot, absolute).split(sep).some((part) => part.toLowerCase() === ".git");
    if (hit === undefined && !named) continue;
    problems.push({
      code: "CONFIG_INVALID",
      file,
      key,
      message: `${JSON.stringify(value)}${real !== absolute ? ` (through a symbolic link: ${real})` : ""} is inside the repository's git directory${hit ? ` (${hit})` : ""}; the engine would write its files among git's refs and objects`,
      hint: key === "logs.root" ? 'Use a folder outside .git, e.g. ".orchestrator/logs".' : 'Use a folder outside .git, e.g. ".orchestrator/worktrees".',
    });
  }
  const paths = values["issues.paths"];
  if (Array.isArray(paths)) {
    paths.forEach((pattern: unknown, index) => {
      if (typeof pattern !== "string") return;
      const why = globEscape(repoRoot, pattern);
      if (why === undefined) return;
      problems.push({
        code: "CONFIG_INVALID",
        file,
        key: `issues.paths[${index}]`,
        message: `${JSON.stringify(pattern)} reaches outside the repository: ${why}`,
        hint: 'Write issue globs relative to the repository root, e.g. "docs/issues/**/*.md".',
      });
    });
  }
  return problems;
}

type GitRun = { run(cwd: string, args: string[]): Promise<Result<string>> };

/**
 * `worktrees.root` must not hold tracked files: the engine writes a `.gitignore` of `*` there, which would
 * hide the user's new files in that folder from git. Read-only `ls-files` through the guard.
 */
export async function trackedWorktreesRootProblem(git: GitRun, repoRoot: string, root: string, file: string): Promise<Problem | null> {
  const listed = await git.run(repoRoot, ["ls-files", "-z", "--", `:(literal)${root}`]);
  if (!listed.ok) return listed.problems[0] ?? null;
  const tracked = listed.value.split("\0").filter((f) => f !== "");
  if (tracked.length === 0) return null;
  const shown = tracked.slice(0, 3).join(", ");
  return {
    code: "CONFIG_INVALID",
    file,
    key: "worktrees.root",
    message: `${JSON.stringify(root)} holds ${tracked.length} tracked file${tracked.length === 1 ? "" : "s"} (${shown}${tracked.length > 3 ? ", …" : ""}); the engine's .gitignore there would hide new files from git`,
    hint: 'Point worktrees.root at a folder of its own, e.g. ".orchestrator/worktrees".',
  };
}

/** Keys naming paths the engine reads or writes (`confined` in the definition); they must stay inside the repository. */
const CONFINED_PATH_KEYS = keysOf(CONFIG_DEFINITION)
  .filter(({ key }) => key.confined)
  // Reported as they always were: the roots the engine writes (they have defaults), then the paths it reads.
  .sort((a, b) => Number(b.key.default !== undefined) - Number(a.key.default !== undefined))
  .map(({ path }) => path);

/** Repo-relative form of `path`, or undefined when it resolves to the repo root itself or outside it. */
function insideRepo(repoRoot: string, path: string): string | undefined {
  const rel = relative(repoRoot, resolve(repoRoot, path));
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel;
}

export function confinedPathProblems(raw: unknown, file: string, repoRoot: string): Problem[] {
  const problems: Problem[] = [];
  for (const path of CONFINED_PATH_KEYS) {
    const value = rawAt(raw, path);
    if (typeof value !== "string" || value === "" || insideRepo(repoRoot, value) !== undefined) continue;
    problems.push({
      code: "CONFIG_INVALID",
      file,
      key: formatKey(path),
      message: `${printable(value)} resolves to ${resolve(repoRoot, value)}, which is not inside the repository ${repoRoot}`,
      hint: "Use a path relative to the repository root that stays inside it, e.g. .orchestrator/logs.",
    });
  }
  return problems;
}

/** The config with its confined paths written repo-relative. */
export function confinePaths(config: OrchestratorConfig, repoRoot: string): OrchestratorConfig {
  const copy = structuredClone(config) as unknown as Record<string, Record<string, unknown>>;
  for (const [section, name] of CONFINED_PATH_KEYS) {
    const holder = name === undefined ? undefined : copy[section as string];
    const path = holder?.[name as string];
    if (holder && typeof path === "string") holder[name as string] = insideRepo(repoRoot, path) ?? path;
  }
  return copy as unknown as OrchestratorConfig;
}
