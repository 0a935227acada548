import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { errorMessage, fail, ok, type Result } from "../errors";

/** `import { defineConfig } from "@orchestrator/engine"` must work in a repo that does not install the package. */
function selfModule(): string {
  const candidates = [
    new URL("./index.js", import.meta.url), // dist/cli.js → dist/index.js
    new URL("../index.js", import.meta.url), // dist/chunks/*.js → dist/index.js
    new URL("../index.ts", import.meta.url), // src/config/load.ts → src/index.ts (tests)
  ];
  const found = candidates.find((u) => u.protocol === "file:" && existsSync(fileURLToPath(u)));
  return fileURLToPath(found ?? (candidates[2] as URL));
}

function jsonPosition(text: string, err: Error): string {
  const at = /position (\d+)/.exec(err.message);
  if (!at) return "";
  const before = text.slice(0, Number(at[1]));
  const line = before.split("\n").length;
  const column = Number(at[1]) - before.lastIndexOf("\n");
  return `:${line}:${column}`;
}

async function evaluate(file: string): Promise<unknown> {
  const ext = extname(file);
  if (ext === ".ts") {
    // Loaded only for .ts configs: jiti is the heaviest thing the CLI could load at start.
    const { createJiti } = await import("jiti");
    const jiti = createJiti(import.meta.url, { alias: { "@orchestrator/engine": selfModule() }, interopDefault: true, moduleCache: false, fsCache: false });
    return jiti.import(file, { default: true });
  }
  const mod = (await import(`${pathToFileURL(file).href}?t=${Date.now()}`)) as { default?: unknown };
  return mod.default;
}

/** Reads a config file of any supported format; a `.ts/.mjs/.js` default export may be a (async) function. */
export async function loadConfigFile(file: string): Promise<Result<unknown>> {
  if (extname(file) === ".json") {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (err) {
      return fail({ code: "CONFIG_LOAD", file, message: `cannot read config: ${errorMessage(err)}` });
    }
    try {
      return ok(JSON.parse(text));
    } catch (err) {
      return fail({ code: "CONFIG_LOAD", file: `${file}${jsonPosition(text, err as Error)}`, message: `invalid JSON: ${errorMessage(err)}` });
    }
  }
  if (![".ts", ".mjs", ".js"].includes(extname(file))) {
    return fail({ code: "CONFIG_LOAD", file, message: "unsupported config format", hint: "Use .json, .ts, .mjs or .js." });
  }
  try {
    let value = await evaluate(file);
    if (typeof value === "function") value = await (value as () => unknown)();
    if (value === undefined) {
      return fail({ code: "CONFIG_LOAD", file, message: "the config module has no default export", hint: "Add `export default { … }` (or `export default defineConfig({ … })`)." });
    }
    return ok(value);
  } catch (err) {
    return fail({ code: "CONFIG_LOAD", file, message: `loading the config failed: ${errorMessage(err)}` });
  }
}
