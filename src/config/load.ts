import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { errorMessage, fail, ok, type Problem, type Result } from "../errors";
import { readJson } from "./json";
import { SnapshotError, snapshotConfig } from "./snapshot";

/**
 * How long a module config may take to produce its value (import, call, awaited promise). One that never
 * settles would otherwise end the process with nothing left to do, exit 0, which CI reads as success.
 */
export const CONFIG_SETTLE_MS = 10_000;

export interface LoadOptions {
  /** Tests only: a shorter wait than CONFIG_SETTLE_MS. */
  settleMs?: number;
}

/** The package name a `.ts`/`.mjs` config imports `defineConfig` from. */
export const ENGINE_PACKAGE = "@orchestrator/engine";

export interface ConfigSource {
  /** What the file produced: the JSON document, or the module's default export (called if a function). */
  raw: unknown;
  /** JSON configs only: the 1-based line of each key path, so validation problems can point at it. */
  lines?: ReadonlyMap<string, number>;
}

const JSON_EXTENSIONS = [".json"];
const NATIVE_EXTENSIONS = [".mjs", ".js", ".cjs"];
const TS_EXTENSIONS = [".ts", ".mts"];

/**
 * The runtime module `import … from "@orchestrator/engine"` maps to, so a config works in a repository that
 * does not install the package. Bundled, this code sits in dist/cli.js or dist/chunks/*.js next to
 * dist/index.js; from source (tests) it is src/config/load.ts beside src/index.ts.
 */
function engineModule(): string | undefined {
  for (const candidate of ["./index.js", "../index.js", "../index.ts"]) {
    const url = new URL(candidate, import.meta.url);
    if (url.protocol === "file:" && existsSync(fileURLToPath(url))) return fileURLToPath(url);
  }
  return undefined;
}

/**
 * jiti (with babel) is by far the heaviest thing the CLI could load, so only configs that need it pay.
 * `jiti/static` imports babel statically, so a bundler can put it in the lazy chunk; plain `jiti` finds babel
 * at run time relative to its own file, which a bundle does not have.
 */
async function importWithJiti(file: string): Promise<unknown> {
  const { createJiti } = await import("jiti/static");
  const engine = engineModule();
  const jiti = createJiti(import.meta.url, {
    alias: engine ? { [ENGINE_PACKAGE]: engine } : {},
    // With interop, a module without a default export would pass its named exports off as the config.
    interopDefault: false,
    // Never write a transpile cache into the user's repository; re-evaluate edited configs.
    fsCache: false,
    moduleCache: false,
  });
  const mod = await jiti.import<{ default?: unknown }>(file);
  return mod.default;
}

function isMissingEngine(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === "ERR_MODULE_NOT_FOUND" && errorMessage(err).includes(`'${ENGINE_PACKAGE}'`);
}

/**
 * Node 20 does not say where an ES module's syntax error is. Babel (through jiti) does; asking it costs
 * nothing on the happy path. A config it accepts after all keeps Node's verdict.
 */
async function locateSyntaxError(file: string, err: SyntaxError): Promise<unknown> {
  try {
    await importWithJiti(file);
  } catch (located) {
    if (errorMessage(located).includes("ParseError")) return located;
  }
  return err;
}

async function importNative(file: string): Promise<unknown> {
  // The mtime in the URL re-evaluates a config edited since it was last imported in this process.
  const { mtimeMs } = await stat(file);
  try {
    const mod = (await import(`${pathToFileURL(file).href}?mtime=${mtimeMs}`)) as { default?: unknown };
    return mod.default;
  } catch (err) {
    // Plain Node cannot resolve the package when the repository does not install it; jiti can alias it.
    if (isMissingEngine(err)) return importWithJiti(file);
    if (err instanceof SyntaxError) throw await locateSyntaxError(file, err);
    throw err;
  }
}

/** Line of `file` that a thrown error's stack points at first (syntax and evaluation errors). */
function lineInStack(err: unknown, file: string): number | undefined {
  const stack = err instanceof Error ? `${err.stack ?? ""}` : "";
  for (const prefix of [pathToFileURL(file).href, file]) {
    const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const match = new RegExp(`${escaped}(?:\\?[^:\\s]*)?:(\\d+)`).exec(stack);
    if (match?.[1]) return Number(match[1]);
  }
  return undefined;
}

/** What went wrong while evaluating, and where when that is known: babel's parse errors carry file:line:col. */
function describeFailure(err: unknown, file: string): { message: string; line?: number } {
  const text = errorMessage(err).replace(/\s*\n\s*/g, " ");
  const parse = /^ParseError: (.*?)\s+(\S+):(\d+):(\d+)$/.exec(text);
  if (parse && parse[2] === file) {
    // Babel counts columns from 0; editors and the JSON errors count from 1.
    return { message: `syntax error at line ${parse[3]}, column ${Number(parse[4]) + 1}: ${parse[1] || "unexpected input"}`, line: Number(parse[3]) };
  }
  return { message: `evaluating the config failed: ${text}`, line: lineInStack(err, file) };
}

class NeverSettled extends Error {}

/** `work`, or a NeverSettled rejection after `ms`; the timer never keeps a finished process alive. */
function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NeverSettled()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function evaluate(file: string, useJiti: boolean): Promise<unknown> {
  const exported = await (useJiti ? importWithJiti(file) : importNative(file));
  const value = typeof exported === "function" ? await (exported as () => unknown)() : exported;
  return snapshotConfig(value);
}

async function loadModule(file: string, shownAs: string, useJiti: boolean, settleMs: number): Promise<Result<ConfigSource>> {
  const hint = "Fix the error in the config file; it must `export default` the config object (or a function returning it).";
  let raw: unknown;
  try {
    raw = await withinTime(evaluate(file, useJiti), settleMs);
  } catch (err) {
    if (err instanceof NeverSettled) {
      return fail({
        code: "CONFIG_LOAD",
        file: shownAs,
        message: `the config did not settle within ${settleMs / 1000} s: its default export (or the promise it returns) never resolved`,
        hint: "Make the config's promise resolve (or export the object itself); a config must not wait on anything that never ends.",
      });
    }
    if (err instanceof SnapshotError) {
      return fail({ code: "CONFIG_LOAD", file: shownAs, ...(err.key ? { key: err.key } : {}), message: err.message, hint });
    }
    let failure: { message: string; line?: number };
    try {
      failure = describeFailure(err, file);
    } catch {
      // A thrown value whose message or toString throws in turn.
      failure = { message: "evaluating the config failed with an error that cannot be shown" };
    }
    const { message, line } = failure;
    const problem: Problem = { code: "CONFIG_LOAD", file: shownAs, message, hint };
    return fail(line === undefined ? problem : { ...problem, line });
  }
  if (raw === undefined) {
    return fail({
      code: "CONFIG_LOAD",
      file: shownAs,
      message: "the config module has no default export",
      hint: `Add \`export default { … }\` (or \`export default defineConfig({ … })\` with defineConfig from "${ENGINE_PACKAGE}").`,
    });
  }
  return ok({ raw });
}

async function loadJson(file: string, shownAs: string): Promise<Result<ConfigSource>> {
  let text: string;
  try {
    text = (await readFile(file, "utf8")).replace(/^\uFEFF/, "");
  } catch (err) {
    return fail({ code: "CONFIG_LOAD", file: shownAs, message: `cannot read the config: ${errorMessage(err)}` });
  }
  const json = readJson(text);
  if (!json.error) return ok({ raw: json.value, lines: json.lines });
  const { line, column, message } = json.error;
  if (line === undefined) return fail({ code: "CONFIG_LOAD", file: shownAs, message: `invalid JSON: ${message}` });
  return fail({ code: "CONFIG_LOAD", file: shownAs, line, message: `invalid JSON at line ${line}, column ${column}: ${message}` });
}

/**
 * Reads a config file of any supported format (SPEC §1): JSON, or a module whose default export is the
 * config, a function returning it, or a promise of it, settled within CONFIG_SETTLE_MS and copied into
 * plain data. `.ts` needs no compile step. `shownAs` is the name problems use for the file.
 */
export async function loadConfigFile(file: string, shownAs: string = file, opts: LoadOptions = {}): Promise<Result<ConfigSource>> {
  const ext = extname(file);
  const settleMs = opts.settleMs ?? CONFIG_SETTLE_MS;
  if (JSON_EXTENSIONS.includes(ext)) return loadJson(file, shownAs);
  if (NATIVE_EXTENSIONS.includes(ext)) return loadModule(file, shownAs, false, settleMs);
  if (TS_EXTENSIONS.includes(ext)) return loadModule(file, shownAs, true, settleMs);
  return fail({
    code: "CONFIG_LOAD",
    file: shownAs,
    message: `unsupported config file type ${JSON.stringify(ext || "(none)")}`,
    hint: "Use a .json, .ts, .mjs or .js config file.",
  });
}
