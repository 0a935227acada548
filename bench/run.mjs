#!/usr/bin/env node
// `npm run bench [-- name...] [-- --quick]`: bundles each bench/*.bench.ts with esbuild (no separate
// compile step, nothing committed) and runs it as its own process so timings and peak RSS are clean.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith("--"));
const names = args.filter((a) => !a.startsWith("--"));
const benches = readdirSync(join(root, "bench"))
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => names.length === 0 || names.some((n) => f.includes(n)))
  .sort();

/**
 * Packages stay external (resolved from node_modules at run time), except jsonc-parser: src/ imports its ESM
 * build, whose extensionless relative imports only a bundler resolves (dist/ bundles it the same way).
 */
const externalPackages = {
  name: "external-packages",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith("jsonc-parser") ? undefined : { path: args.path, external: true }));
  },
};

// Inside the project so the bundles resolve dependencies from its node_modules.
mkdirSync(join(root, "node_modules/.cache"), { recursive: true });
const out = mkdtempSync(join(root, "node_modules/.cache/orchestrator-bench-"));
let failed = 0;
try {
  for (const file of benches) {
    const outfile = join(out, basename(file, ".ts") + ".mjs");
    await esbuild.build({
      entryPoints: [join(root, "bench", file)],
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      plugins: [externalPackages],
      loader: { ".md": "text" },
      logLevel: "error",
    });
    console.log(`\n## ${file}`);
    const result = spawnSync(process.execPath, [outfile, ...flags], { stdio: "inherit", cwd: root, env: { ...process.env, ORCHESTRATOR_ROOT: root } });
    if (result.status !== 0) failed += 1;
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
process.exit(failed > 0 ? 1 : 0);
