import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { PROJECT_ROOT } from "./fixture-repo";

/** `npm pack` of this repository into `dest`; the tarball's path. */
export function packPackage(dest: string): string {
  execFileSync("npm", ["pack", "--silent", "--pack-destination", dest], { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"] });
  const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { version: string };
  return join(dest, `orchestrator-engine-${version}.tgz`);
}

/**
 * The production dependencies exactly as this repository's lock pins them, as the lock of a project named
 * `name`. npm 11 resolves a new dependency's dependencies through full registry documents, which npm ci never
 * caches; a lock pinning them lets `npm install <tarball>` take every tarball from the cache with --offline.
 */
export function productionLock(name: string): string {
  const lock = JSON.parse(readFileSync(join(PROJECT_ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, { dev?: boolean }> };
  const packages = Object.fromEntries(Object.entries(lock.packages).filter(([path, entry]) => path !== "" && !entry.dev));
  return JSON.stringify({ name, lockfileVersion: 3, requires: true, packages: { "": { name }, ...packages } }, null, 2);
}

/** A minimal environment for npm and node children: offline from npm's cache, nothing reaching a registry. */
export function offlineNpmEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: `${dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin`,
    LANG: "C.UTF-8",
    NO_COLOR: "1",
    npm_config_cache: process.env.npm_config_cache ?? join(homedir(), ".npm"),
    npm_config_offline: "true",
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
    ...extra,
  };
}

/** A fresh project in `dir` (package.json + the production lock) with the packed `tarball` installed. */
export function installPacked(dir: string, tarball: string, env: Record<string, string>): void {
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: "packed-install", private: true }, null, 2)}\n`);
  writeFileSync(join(dir, "package-lock.json"), productionLock("packed-install"));
  execFileSync("npm", ["install", "--save-dev", "--ignore-scripts", tarball], { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] });
}
