import { createHash } from "node:crypto";
import { chmod, mkdir, readdir, readFile, rm, rmdir, stat } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { writeFileAtomic } from "../atomic-write";
import { errorMessage, fail, ok, type Problem, type Result } from "../errors";

export type SyncTarget = "claude" | "codex";
export type SyncScope = "user" | "project";

/** Where each tool looks for skills (the plugin's file-copy install goes there). */
export interface Destination {
  target: SyncTarget;
  scope: SyncScope;
  /** The tool's skills directory; one folder per skill below it. */
  dir: string;
}

export function destinationFor(target: SyncTarget, scope: SyncScope, where: { home: string; projectRoot: string | null; env: NodeJS.ProcessEnv }): Result<Destination> {
  if (scope === "project") {
    if (where.projectRoot === null) return fail({ code: "USAGE", message: "--scope project needs a git repository: none contains the current directory", hint: "Run it inside the repository, or use --scope user." });
    return ok({ target, scope, dir: join(where.projectRoot, target === "claude" ? ".claude" : ".agents", "skills") });
  }
  const claudeHome = where.env.CLAUDE_CONFIG_DIR || join(where.home, ".claude");
  return ok({ target, scope, dir: target === "claude" ? join(claudeHome, "skills") : join(where.home, ".agents", "skills") });
}

/** What sync did (or, with --check/--dry-run, would do) to one file, relative to the skills directory. */
export type FileAction =
  | "create"
  | "update"
  | "unchanged"
  /** Changed since sync installed it, or there before sync: kept unless --force. */
  | "conflict"
  | "overwrite"
  /** Installed earlier, no longer shipped. */
  | "prune"
  /** No longer shipped but changed since: kept unless --force. */
  | "keep-modified";

export interface FileChange {
  path: string;
  action: FileAction;
}

export interface SyncReport {
  destination: Destination;
  changes: FileChange[];
  /** Whether anything on disk was (or would be) written or removed, the manifest included. */
  wrote: boolean;
}

/** The record of what sync installed, kept beside the skills it installed. */
export const MANIFEST = ".orchestrator-plugin-sync.json";

interface Manifest {
  version: 1;
  /** Skills-directory-relative path → sha256 of the content sync wrote. */
  files: Record<string, string>;
}

interface ShippedFile {
  path: string;
  content: Buffer;
  hash: string;
  executable: boolean;
}

const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");
const toPosix = (path: string) => path.split(sep).join("/");

/** Every file under the plugin's skills directory, in a stable order. */
export async function shippedSkills(skillsDir: string): Promise<ShippedFile[]> {
  const entries = await readdir(skillsDir, { recursive: true, withFileTypes: true });
  const files = await Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => {
        const full = join(e.parentPath, e.name);
        const [content, info] = await Promise.all([readFile(full), stat(full)]);
        return { path: toPosix(relative(skillsDir, full)), content, hash: sha256(content), executable: (info.mode & 0o111) !== 0 };
      }),
  );
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** The manifest, and its text as on disk (null when there is none) to tell whether it needs writing. */
async function readManifest(dir: string): Promise<Result<{ manifest: Manifest; text: string | null }>> {
  const path = join(dir, MANIFEST);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return ok({ manifest: { version: 1, files: {} }, text: null });
  }
  try {
    const parsed = JSON.parse(text) as Partial<Manifest>;
    if (parsed.version !== 1 || typeof parsed.files !== "object" || parsed.files === null) throw new Error("not a version 1 manifest");
    return ok({ manifest: { version: 1, files: parsed.files }, text });
  } catch (err) {
    return fail({ code: "USAGE", file: path, message: `cannot read the sync record: ${errorMessage(err)}`, hint: "Delete it to start over; files sync finds already there are then treated as yours (use --force to replace them)." });
  }
}

async function hashOf(path: string): Promise<string | null> {
  try {
    return sha256(await readFile(path));
  } catch {
    return null;
  }
}

/** An interrupted sync never leaves half a file (`writeFileAtomic`); the shipped mode is kept. */
async function install(path: string, content: Buffer | string, executable: boolean): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  writeFileAtomic(path, content, executable ? 0o755 : 0o644);
}

/** Removes now-empty folders between `file` and `root`. */
async function removeEmptyParents(file: string, root: string): Promise<void> {
  for (let dir = dirname(file); dir !== root && dir.startsWith(root); dir = dirname(dir)) {
    try {
      await rmdir(dir);
    } catch {
      return;
    }
  }
}

/**
 * Brings one tool's skills directory in line with the shipped skills: new files created, files sync wrote
 * earlier and nobody changed since updated or pruned, anything else (a user's edit, a file sync did not
 * write) left alone unless `force`. The manifest records the hash of every file sync wrote, which is how a
 * user's edit is told from an old shipped version. `write: false` only plans (--check, --dry-run).
 */
export async function syncSkills(shipped: ShippedFile[], destination: Destination, opts: { force: boolean; write: boolean }): Promise<Result<SyncReport>> {
  const { dir } = destination;
  const read = await readManifest(dir);
  if (!read.ok) return read;
  const recorded = read.value.manifest.files;
  const next: Record<string, string> = {};
  const changes: FileChange[] = [];
  const shippedPaths = new Set(shipped.map((f) => f.path));

  try {
    for (const file of shipped) {
      const target = join(dir, file.path);
      const current = await hashOf(target);
      let action: FileAction;
      if (current === file.hash) action = "unchanged";
      else if (current === null) action = "create";
      else if (recorded[file.path] === current) action = "update";
      else action = opts.force ? "overwrite" : "conflict";
      changes.push({ path: file.path, action });
      if (action === "conflict") {
        // Still ours to track if it was before: a later sync keeps reporting the edit.
        if (recorded[file.path] !== undefined) next[file.path] = recorded[file.path] as string;
        continue;
      }
      next[file.path] = file.hash;
      if (opts.write && action !== "unchanged") await install(target, file.content, file.executable);
      else if (opts.write && file.executable && ((await stat(target)).mode & 0o111) === 0) await chmod(target, 0o755);
    }
    for (const [path, hash] of Object.entries(recorded).sort(([a], [b]) => a.localeCompare(b))) {
      if (shippedPaths.has(path)) continue;
      const target = join(dir, path);
      const current = await hashOf(target);
      if (current === null) continue;
      const action: FileAction = current === hash || opts.force ? "prune" : "keep-modified";
      changes.push({ path, action });
      if (action === "keep-modified") {
        next[path] = hash;
      } else if (opts.write) {
        await rm(target);
        await removeEmptyParents(target, dir);
      }
    }
    const manifestText = `${JSON.stringify({ version: 1, files: next } satisfies Manifest, null, 2)}\n`;
    const manifestChanged = read.value.text !== manifestText;
    if (opts.write && manifestChanged) await install(join(dir, MANIFEST), manifestText, false);
    const wrote = manifestChanged || changes.some((c) => !["unchanged", "conflict", "keep-modified"].includes(c.action));
    return ok({ destination, changes, wrote });
  } catch (err) {
    const problem: Problem = { code: "USAGE", file: dir, message: `cannot sync the skills: ${errorMessage(err)}`, hint: "Check that the directory is writable; nothing already installed was removed." };
    return fail(problem);
  }
}

/** True when the directory differs from what sync would leave there (--check). */
export const drifted = (report: SyncReport) => report.wrote || report.changes.some((c) => c.action === "conflict" || c.action === "keep-modified");
