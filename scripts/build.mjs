#!/usr/bin/env node
// Builds everything generated from src/: the esbuild bundles of dist/ (one file per entrypoint, shared lazy
// chunks), the public type declarations, the plugin's engine and prompts, and from the config definition
// schema/config.schema.json and the README's key table. `--check` builds in memory
// and fails when any of it differs on disk (stale dist/ or plugin/).
import { readFile, readdir, rm, mkdir, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import ts from "typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

// Everything the build owns: rewritten whole by `npm run build`, compared whole by `--check`.
const PLUGIN_ENGINE = "plugin/skills/dev-auto-orchestrate/scripts";
const PLUGIN_PROMPTS = "plugin/skills/autonomous-development/prompts";
export const generatedRoots = ["dist", PLUGIN_ENGINE, PLUGIN_PROMPTS];
const executables = new Set(["dist/cli.js", `${PLUGIN_ENGINE}/orchestrate.mjs`]);

export const entryPoints = {
  cli: "src/cli/bin.ts",
  // The GitHub Action door (action.yml runs it).
  action: "src/action/index.ts",
  index: "src/index.ts",
  // The offline demo (scripted model server + real codex); not part of the published API.
  demo: "demo/run.ts",
};

// CommonJS dependencies bundled into ESM still call require() for node builtins.
const banner = [
  "#!/usr/bin/env node",
  'import { createRequire as __orchestratorCreateRequire } from "node:module";',
  "const require = __orchestratorCreateRequire(import.meta.url);",
].join("\n");

/**
 * fdir (under tinyglobby) loads its own copy of picomatch from node_modules at start-up, through a runtime
 * require, for a `.glob()` API tinyglobby never calls (it brings its matchers). Without it every command
 * that reads issue docs parses six more files, and a bundle without node_modules behaves the same.
 */
const noFdirPicomatch = {
  name: "no-fdir-picomatch",
  setup(build) {
    build.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const optional = /try \{\s*__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);\s*\} catch \{\}/;
      if (!optional.test(source)) throw new Error(`${args.path}: fdir's optional picomatch load changed; update noFdirPicomatch`);
      return { contents: source.replace(optional, ""), loader: "js" };
    });
  },
};

const common = {
  absWorkingDir: root,
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // The codex binary is located by the SDK relative to the installed @openai/codex package.
  external: ["@openai/codex"],
  banner: { js: banner },
  loader: { ".md": "text" },
  plugins: [noFdirPicomatch],
  legalComments: "none",
  logLevel: "silent",
  write: false,
};

async function bundle() {
  const result = await esbuild.build({
    ...common,
    entryPoints,
    outdir: "dist",
    splitting: true,
    sourcemap: "linked",
    sourcesContent: false,
    chunkNames: "chunks/[name]-[hash]",
  });
  return result.outputFiles.map((f) => ({ path: relative(root, f.path), text: f.text }));
}

/**
 * The plugin door. Installing a plugin copies only its folder, and a file-copy install (`plugin sync`)
 * only its skills, so the skill carries one self-contained engine file; the phase prompts come from the
 * engine's own source so the plugin never ships different ones.
 */
async function pluginFiles() {
  const result = await esbuild.build({ ...common, entryPoints: ["src/plugin/shim.ts"], outfile: `${PLUGIN_ENGINE}/orchestrate.mjs`, minify: true });
  const prompts = await readdir(join(root, "src/prompts/defaults"));
  const copies = await Promise.all(
    prompts.map(async (name) => ({ path: `${PLUGIN_PROMPTS}/${name}`, text: await readFile(join(root, "src/prompts/defaults", name), "utf8") })),
  );
  return [...result.outputFiles.map((f) => ({ path: relative(root, f.path), text: f.text })), ...copies];
}

function declarations() {
  const options = {
    declaration: true,
    emitDeclarationOnly: true,
    strict: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: ["node"],
    rootDir: join(root, "src"),
    outDir: join(root, "dist/types"),
  };
  const program = ts.createProgram([join(root, entryPoints.index)], options);
  const files = [];
  const emit = program.emit(undefined, (fileName, text) => {
    files.push({ path: relative(root, fileName), text });
  });
  const diagnostics = ts.getPreEmitDiagnostics(program).concat(emit.diagnostics);
  if (diagnostics.length > 0) {
    const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => "\n" };
    throw new Error(ts.formatDiagnostics(diagnostics, host));
  }
  files.push({ path: "dist/index.d.ts", text: 'export * from "./types/index.js";\n' });
  return files;
}

/**
 * Files derived from the config definition (src/config/definition.ts): the JSON Schema and the README's key
 * table. The generator is TypeScript, so it is bundled in memory and imported from a data URL.
 */
async function configFiles() {
  const result = await esbuild.build({ ...common, entryPoints: ["src/config/generate.ts"], banner: {}, plugins: [], splitting: false, outfile: "generate.mjs" });
  const source = result.outputFiles[0].text;
  const generate = await import(`data:text/javascript;base64,${Buffer.from(source).toString("base64")}`);
  const readme = await readFile(join(root, generate.README_FILE), "utf8");
  return [
    { path: generate.SCHEMA_FILE, text: generate.schemaText() },
    { path: generate.README_FILE, text: generate.readmeWithKeyTable(readme) },
  ];
}

export async function buildFiles() {
  const files = [...(await bundle()), ...(await pluginFiles()), ...declarations(), ...(await configFiles())];
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

async function listTree(dir) {
  const out = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listTree(p)));
    else out.push(relative(root, p));
  }
  return out.sort();
}

const listGenerated = async () => (await Promise.all(generatedRoots.map((dir) => listTree(join(root, dir))))).flat();

/** Paths that differ between a fresh build and the generated files on disk (empty when in sync). */
export async function staleFiles() {
  const files = await buildFiles();
  const onDisk = new Set(await listGenerated());
  const stale = [];
  for (const f of files) {
    onDisk.delete(f.path);
    const current = await readFile(join(root, f.path), "utf8").catch(() => null);
    if (current !== f.text) stale.push(f.path);
  }
  return [...stale, ...onDisk];
}

/**
 * Brings the generated files on disk in step with src/, touching only those that differ (the test suite's
 * global setup: a test reading dist/ while another run syncs never finds it half-deleted). Returns what changed.
 */
export async function syncFiles() {
  const files = await buildFiles();
  const extra = new Set(await listGenerated());
  const changed = [];
  for (const f of files) {
    extra.delete(f.path);
    const target = join(root, f.path);
    if ((await readFile(target, "utf8").catch(() => null)) === f.text) continue;
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, f.text, { mode: executables.has(f.path) ? 0o755 : 0o644 });
    changed.push(f.path);
  }
  for (const path of extra) await rm(join(root, path), { force: true });
  return [...changed, ...extra];
}

async function main() {
  if (process.argv.includes("--check")) {
    const stale = await staleFiles();
    if (stale.length > 0) {
      console.error(`generated files are stale; run \`npm run build\` and commit:\n  ${stale.join("\n  ")}`);
      process.exit(1);
    }
    return;
  }
  const files = await buildFiles();
  for (const dir of generatedRoots) await rm(join(root, dir), { recursive: true, force: true });
  for (const f of files) {
    const target = join(root, f.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, f.text, { mode: executables.has(f.path) ? 0o755 : 0o644 });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
