import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The loader as shipped: bundled by esbuild the way scripts/build.mjs bundles dist/ (ESM, code splitting,
 * chunks/), run by plain Node in a repository that does not install the package. Vitest resolves and
 * transforms imports itself, so only a real Node process shows how `import()` and jiti behave in dist/.
 */
const SRC = fileURLToPath(new URL("../../src", import.meta.url));
let scratch: string;

async function bundle(outdir: string, cliEntry: string): Promise<void> {
  await esbuild.build({
    entryPoints: { cli: cliEntry, index: join(SRC, "index.ts") },
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    chunkNames: "chunks/[name]-[hash]",
    banner: { js: 'import { createRequire as __cr } from "node:module";\nconst require = __cr(import.meta.url);' },
    logLevel: "silent",
  });
}

beforeAll(async () => {
  scratch = realpathSync(mkdtempSync(join(tmpdir(), "orchestrator-bundle-")));
  // Layout A: the config module inside dist/cli.js. Layout B: in a lazily imported chunk, dist/chunks/*.js.
  await bundle(join(scratch, "dist-a"), join(SRC, "config/index.ts"));
  const lazyEntry = join(scratch, "lazy-cli.ts");
  writeFileSync(lazyEntry, `export const loadConfig = async (o: { cwd: string; configPath?: string }) => (await import(${JSON.stringify(join(SRC, "config/index.ts"))})).loadConfig(o);\n`);
  await bundle(join(scratch, "dist-b"), lazyEntry);
}, 60_000);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function repo(name: string, files: Record<string, string>): string {
  const root = join(scratch, name);
  mkdirSync(join(root, ".git"), { recursive: true });
  // A .git directory counts only with a HEAD, as for git (src/config/discover.ts).
  writeFileSync(join(root, ".git/HEAD"), "ref: refs/heads/main\n");
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  return root;
}

function loadIn(dist: string, cwd: string, configPath?: string): unknown {
  const script = `
    const { loadConfig } = await import(${JSON.stringify(join(scratch, dist, "cli.js"))});
    const result = await loadConfig({ cwd: process.cwd(), configPath: process.argv[1] || undefined });
    process.stdout.write(JSON.stringify(result));`;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script, configPath ?? ""], { cwd, encoding: "utf8" });
  return JSON.parse(out) as unknown;
}

describe("the bundled loader under plain Node", () => {
  it("puts the config code where each layout says", () => {
    expect(readdirSync(join(scratch, "dist-b/chunks")).some((f) => f.startsWith("config-"))).toBe(true);
  });

  for (const dist of ["dist-a", "dist-b"]) {
    describe(dist, () => {
      it("loads an .mjs config importing defineConfig from the package the repository does not install", () => {
        const root = repo(`${dist}-mjs`, {
          "orchestrator.config.mjs": 'import { defineConfig } from "@orchestrator/engine";\nexport default defineConfig({ review: { maxCycles: 3 } });\n',
        });
        expect(loadIn(dist, root)).toMatchObject({ ok: true, value: { config: { review: { maxCycles: 3 } }, repoRoot: root } });
      });

      it("loads a .ts config with types and defineConfig", () => {
        const root = repo(`${dist}-ts`, {
          "orchestrator.config.ts": 'import { defineConfig, type UserConfig } from "@orchestrator/engine";\nconst w: UserConfig["worktrees"] = { base: "main" };\nexport default defineConfig({ worktrees: w });\n',
        });
        expect(loadIn(dist, root)).toMatchObject({ ok: true, value: { config: { worktrees: { base: "main" } } } });
      });
    });
  }

  it("loads a plain .mjs and a CommonJS .js config natively", () => {
    const mjs = repo("plain-mjs", { "orchestrator.config.mjs": "export default { logs: { root: 'out' } };\n" });
    expect(loadIn("dist-a", mjs)).toMatchObject({ ok: true, value: { config: { logs: { root: "out" } } } });
    const cjs = repo("plain-cjs", { "orchestrator.config.js": "module.exports = { logs: { root: 'cjs' } };\n" });
    expect(loadIn("dist-a", cjs)).toMatchObject({ ok: true, value: { config: { logs: { root: "cjs" } } } });
  });

  it("reports a syntax error in an .mjs config with its line", () => {
    const root = repo("syntax", { "orchestrator.config.mjs": "export default {\n  review: { maxCycles: 1 },\n  logs: ,\n};\n" });
    const result = loadIn("dist-a", root) as { ok: boolean; problems: { code: string; file: string; line?: number; message: string }[] };
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ code: "CONFIG_LOAD", file: "orchestrator.config.mjs", line: 3 });
    expect(result.problems[0]?.message).toBe("syntax error at line 3, column 9: Unexpected token");
  });

  it("does not hide a missing package other than the engine", () => {
    const root = repo("missing-dep", { "orchestrator.config.mjs": 'import x from "some-package-that-is-not-there";\nexport default x;\n' });
    const result = loadIn("dist-a", root) as { ok: boolean; problems: { code: string; message: string }[] };
    expect(result.problems[0]?.code).toBe("CONFIG_LOAD");
    expect(result.problems[0]?.message).toContain("some-package-that-is-not-there");
  });
});
