import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, dirname, isAbsolute, join, relative } from "node:path";

/**
 * Where the codex that runs came from: `runner.codexPath`; the `@openai/codex` package resolved from the
 * engine's own bundle (the CLI and the Action ship it); `node_modules/.bin/codex` in the current directory
 * or one above it up to the repository root (a repository that installed the package as a dev dependency,
 * a package of a monorepo); the first `codex` on PATH.
 */
export type CodexSource = "config" | "package" | "node_modules" | "PATH";

export interface CodexBinary {
  path: string;
  source: CodexSource;
}

/** `@openai/codex` ships its native binary in a per-platform package; the same layout the SDK resolves. */
const PLATFORM_PACKAGES: Record<string, { pkg: string; triple: string }> = {
  "linux-x64": { pkg: "@openai/codex-linux-x64", triple: "x86_64-unknown-linux-musl" },
  "linux-arm64": { pkg: "@openai/codex-linux-arm64", triple: "aarch64-unknown-linux-musl" },
  "darwin-x64": { pkg: "@openai/codex-darwin-x64", triple: "x86_64-apple-darwin" },
  "darwin-arm64": { pkg: "@openai/codex-darwin-arm64", triple: "aarch64-apple-darwin" },
  "win32-x64": { pkg: "@openai/codex-win32-x64", triple: "x86_64-pc-windows-msvc" },
  "win32-arm64": { pkg: "@openai/codex-win32-arm64", triple: "aarch64-pc-windows-msvc" },
};

const executable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The native binary of the `@openai/codex` package that resolves from `from` (a file URL or path), or null. */
function packagedBinary(from: string): string | null {
  const platform = PLATFORM_PACKAGES[`${process.platform}-${process.arch}`];
  if (!platform) return null;
  try {
    const codexPackage = createRequire(from).resolve("@openai/codex/package.json");
    const platformPackage = createRequire(codexPackage).resolve(`${platform.pkg}/package.json`);
    const binary = join(dirname(platformPackage), "vendor", platform.triple, "bin", process.platform === "win32" ? "codex.exe" : "codex");
    return executable(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** `cwd` and its parents up to `root`; only `cwd` when it is not inside `root`. */
function upTo(cwd: string, root: string): string[] {
  const dirs = [cwd];
  if (!isInside(cwd, root)) return dirs;
  for (let dir = cwd; dir !== root && dirname(dir) !== dir; ) {
    dir = dirname(dir);
    dirs.push(dir);
  }
  return dirs;
}

const isInside = (path: string, root: string) => {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
};

/**
 * The first candidate that exists, in the order of CodexSource; null when there is none. The walk up stops
 * at the repository root: a `node_modules` above it (say in a shared /tmp) is nobody's choice.
 */
export function locateCodex(opts: { configured?: string; from: string; cwd: string; repoRoot: string; env: NodeJS.ProcessEnv }): CodexBinary | null {
  if (opts.configured !== undefined) return { path: opts.configured, source: "config" };
  const packaged = packagedBinary(opts.from);
  if (packaged) return { path: packaged, source: "package" };
  for (const dir of upTo(opts.cwd, opts.repoRoot)) {
    const candidate = join(dir, "node_modules", ".bin", "codex");
    if (executable(candidate)) return { path: candidate, source: "node_modules" };
  }
  for (const dir of (opts.env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    const candidate = join(dir, "codex");
    if (executable(candidate)) return { path: candidate, source: "PATH" };
  }
  return null;
}

/** Where the search looked, for the message when nothing was found. */
export function codexSearchDescription(cwd: string, repoRoot: string): string {
  const walk = cwd === repoRoot ? `in ${cwd}` : `from ${cwd} up to ${repoRoot}`;
  return `the @openai/codex package beside the engine, node_modules/.bin/codex ${walk}, and PATH`;
}

/**
 * `codex --version` (`codex-cli 0.163.0`): one short process, so every door can say which codex a run uses.
 * Resolves with the version text or with why codex could not answer; never rejects.
 */
export function probeCodexVersion(path: string, env: NodeJS.ProcessEnv, timeoutMs = 15_000): Promise<{ ok: true; version: string } | { ok: false; error: string }> {
  return new Promise((resolve) => {
    execFile(path, ["--version"], { env, timeout: timeoutMs, encoding: "utf8" }, (err, stdout, stderr) => {
      if (err) {
        const detail = (stderr || "").trim().split("\n")[0] || err.message;
        resolve({ ok: false, error: detail });
        return;
      }
      resolve({ ok: true, version: stdout.trim().split("\n")[0] ?? "" });
    });
  });
}
