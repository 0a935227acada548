import { chmodSync, renameSync, rmSync, writeFileSync } from "node:fs";

/**
 * Write to a temp file then rename: a crash or a full disk never leaves a half-written document behind.
 * `mode` is applied exactly (past the umask), for files that must stay executable.
 */
export function writeFileAtomic(path: string, data: string | Buffer, mode?: number): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    // A leftover or planted file (or symlink) of that name is replaced, never written through.
    rmSync(tmp, { force: true });
    writeFileSync(tmp, data, { flag: "wx", mode });
    if (mode !== undefined) chmodSync(tmp, mode);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
