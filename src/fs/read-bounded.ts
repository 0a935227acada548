import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, type Stats } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

/**
 * Reads a file the repository supplies (issue doc, prompt override) as data: only a regular file inside the
 * repository, through a symlink only when the link stays inside it, and never more than `maxBytes`, counted
 * while reading (a size from stat proves nothing: `/dev/zero` and /proc files say 0). Synchronous because
 * thousands of small issue docs load faster that way (bench/plan.bench.ts).
 */

export type ReadRefusal =
  | { kind: "missing" }
  | { kind: "outside"; target: string; viaLink: boolean }
  | { kind: "not-regular"; what: string }
  | { kind: "too-large"; maxBytes: number }
  | { kind: "not-utf8" }
  | { kind: "error"; message: string };

export type BoundedRead = { ok: true; text: string } | { ok: false; refusal: ReadRefusal };

const utf8 = new TextDecoder("utf-8", { fatal: true });
// O_NONBLOCK: should a FIFO take the place of the checked file between lstat and open, open returns at once.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSocket()) return "a socket";
  if (stats.isSymbolicLink()) return "a symbolic link";
  return "not a regular file";
}

function insideDir(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/**
 * Reads files of one repository. The real path of each directory is resolved once and remembered: a glob
 * hands over thousands of docs from a few folders, and resolving every path in full (one lstat per
 * component) made `plan` on 10k docs a fifth slower.
 */
export class RepoFiles {
  /** Real path of the repository root: resolved paths are compared against it. */
  readonly root: string;
  private readonly realDirs = new Map<string, string>();

  constructor(repoRoot: string) {
    this.root = realpathSafe(repoRoot) ?? repoRoot;
  }

  /** `path` (relative to the repository root) as text, or why it was not read. */
  read(path: string, maxBytes: number): BoundedRead {
    const refuse = (refusal: ReadRefusal): BoundedRead => ({ ok: false, refusal });
    const given = resolve(this.root, path);
    if (!insideDir(this.root, given)) return refuse({ kind: "outside", target: given, viaLink: false });
    let real: string;
    let before: Stats;
    try {
      const dir = this.realDir(dirname(given));
      before = lstatSync(join(dir, basename(given)));
      real = join(dir, basename(given));
      if (before.isSymbolicLink()) {
        real = realpathSync.native(given);
        before = lstatSync(real);
      }
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") return refuse({ kind: "missing" });
      return refuse({ kind: "error", message: (err as Error).message });
    }
    if (!insideDir(this.root, real)) return refuse({ kind: "outside", target: real, viaLink: true });
    // Type checked before opening: opening a device or FIFO can itself have effects or block.
    if (!before.isFile()) return refuse({ kind: "not-regular", what: kindOf(before) });
    return readRegular(real, maxBytes);
  }

  private realDir(dir: string): string {
    let real = this.realDirs.get(dir);
    if (real === undefined) {
      real = realpathSync.native(dir);
      this.realDirs.set(dir, real);
    }
    return real;
  }
}

function realpathSafe(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

function readRegular(real: string, maxBytes: number): BoundedRead {
  const refuse = (refusal: ReadRefusal): BoundedRead => ({ ok: false, refusal });
  let fd: number | undefined;
  try {
    fd = openSync(real, OPEN_FLAGS);
    const stats = fstatSync(fd);
    if (!stats.isFile()) return refuse({ kind: "not-regular", what: kindOf(stats) });
    if (stats.size > maxBytes) return refuse({ kind: "too-large", maxBytes });
    // Read until EOF, never past one byte over the limit, whatever stat said: the size can change under us.
    const chunks: Buffer[] = [];
    let total = 0;
    let want = Math.min(maxBytes, stats.size) + 1;
    for (;;) {
      const chunk = Buffer.allocUnsafe(want);
      const n = readSync(fd, chunk, 0, want, null);
      if (n > 0) chunks.push(n === want ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) return refuse({ kind: "too-large", maxBytes });
      // A regular file's short read is its end: no extra read per doc to see 0 bytes.
      if (n < want) break;
      want = Math.min(64 * 1024, maxBytes + 1 - total);
    }
    return decode(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total));
  } catch (err) {
    return refuse({ kind: "error", message: (err as Error).message });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function decode(bytes: Buffer): BoundedRead {
  try {
    return { ok: true, text: utf8.decode(bytes).replace(/^\uFEFF/, "") };
  } catch {
    return { ok: false, refusal: { kind: "not-utf8" } };
  }
}

function size(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  return bytes % 1024 === 0 ? `${bytes / 1024} KiB` : `${bytes} bytes`;
}

/** What a refusal means for the user, in words that fit after "<file>: ". */
export function describeRefusal(refusal: ReadRefusal, what: string): { message: string; hint?: string } {
  switch (refusal.kind) {
    case "missing":
      return { message: `${what} does not exist` };
    case "outside":
      if (!refusal.viaLink) return { message: `${what} is outside the repository (${refusal.target}); only files inside the repository are read` };
      return {
        message: `${what} leads through a symbolic link to ${refusal.target}, outside the repository; only files inside the repository are read`,
        hint: "Copy the file into the repository instead of linking to it.",
      };
    case "not-regular":
      return { message: `${what} is ${refusal.what}; only regular files are read`, hint: "Replace it with a regular file, or exclude it from the config's paths." };
    case "too-large":
      return { message: `${what} is larger than the limit of ${size(refusal.maxBytes)}`, hint: "Make it smaller." };
    case "not-utf8":
      return { message: `${what} is not valid UTF-8`, hint: "Re-save the file as UTF-8." };
    case "error":
      return { message: `cannot read ${what}: ${refusal.message}` };
  }
}
