#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  require_lib
} from "./chunk-HXM76X25.js";
import {
  findConfig
} from "./chunk-77E6756Z.js";
import {
  errorMessage,
  fail,
  ok
} from "./chunk-FL7PZ6ZF.js";
import {
  __toESM
} from "./chunk-HKHRZ4CP.js";

// src/config/index.ts
import { isAbsolute as isAbsolute3, relative as relative3 } from "node:path";

// src/config/load.ts
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// src/config/key-path.ts
var PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;
function joinKey(parent, key) {
  if (typeof key === "number") return `${parent}[${key}]`;
  if (PLAIN_KEY.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}
function splitTypanionError(error) {
  let i = 0;
  let key = "";
  for (; ; ) {
    if (error.startsWith(": ", i)) return { key, message: error.slice(i + 2) };
    const ident = /^\.([a-zA-Z_][a-zA-Z0-9_]*)/.exec(error.slice(i));
    if (ident?.[1]) {
      key = joinKey(key, ident[1]);
      i += ident[0].length;
      continue;
    }
    if (error[i] === ".") {
      i += 1;
      continue;
    }
    const index = /^\[(\d+)\]/.exec(error.slice(i));
    if (index?.[1]) {
      key = joinKey(key, Number(index[1]));
      i += index[0].length;
      continue;
    }
    const quoted = /^\[("(?:[^"\\]|\\.)*")\]/.exec(error.slice(i));
    if (quoted?.[1]) {
      key = joinKey(key, JSON.parse(quoted[1]));
      i += quoted[0].length;
      continue;
    }
    return { key: "", message: error };
  }
}

// src/config/json-locate.ts
var SyntaxAt = class {
  constructor(offset, message) {
    this.offset = offset;
    this.message = message;
  }
  offset;
  message;
};
function scanJson(text2) {
  const keys = /* @__PURE__ */ new Map();
  let i = 0;
  const stop = (message, at = i) => {
    throw new SyntaxAt(at, message);
  };
  const shown = (at) => at >= text2.length ? "the end of the file" : JSON.stringify(String.fromCodePoint(text2.codePointAt(at) ?? 0));
  const expected = (what) => stop(`expected ${what}, got ${shown(i)}`);
  const skipSpace = () => {
    while (i < text2.length && " 	\n\r".includes(text2[i])) i++;
  };
  const string = () => {
    const start = i;
    i++;
    for (; ; ) {
      if (i >= text2.length) stop("unterminated string", start);
      const c = text2.charCodeAt(i);
      if (c === 34) {
        i++;
        return JSON.parse(text2.slice(start, i));
      }
      if (c < 32) stop("line break or control character inside a string (write it as an escape such as \\n)");
      if (c !== 92) {
        i++;
        continue;
      }
      const escape = text2[i + 1];
      if (escape === "u" && /^[0-9a-fA-F]{4}$/.test(text2.slice(i + 2, i + 6))) i += 6;
      else if (escape !== void 0 && escape !== "u" && '"\\/bfnrt'.includes(escape)) i += 2;
      else stop(`invalid escape sequence in a string`);
    }
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = (path) => {
    skipSpace();
    const c = text2[i];
    if (c === "{") return object(path);
    if (c === "[") return array(path);
    if (c === '"') {
      string();
      return;
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text2);
    if (number) {
      i += number[0].length;
      return;
    }
    for (const word of ["true", "false", "null"]) {
      if (text2.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    expected("a value");
  };
  const object = (path) => {
    i++;
    skipSpace();
    if (text2[i] === "}") {
      i++;
      return;
    }
    for (; ; ) {
      skipSpace();
      if (text2[i] === "}") stop("trailing comma before '}' (JSON does not allow one)");
      if (text2[i] !== '"') expected("a property name in double quotes");
      const at = i;
      const key = joinKey(path, string());
      keys.set(key, at);
      skipSpace();
      if (text2[i] !== ":") expected("':' after the property name");
      i++;
      value(key);
      skipSpace();
      if (text2[i] === ",") i++;
      else if (text2[i] === "}") {
        i++;
        return;
      } else expected("',' or '}'");
    }
  };
  const array = (path) => {
    i++;
    skipSpace();
    if (text2[i] === "]") {
      i++;
      return;
    }
    for (let n = 0; ; n++) {
      skipSpace();
      if (text2[i] === "]") stop("trailing comma before ']' (JSON does not allow one)");
      keys.set(joinKey(path, n), i);
      value(joinKey(path, n));
      skipSpace();
      if (text2[i] === ",") i++;
      else if (text2[i] === "]") {
        i++;
        return;
      } else expected("',' or ']'");
    }
  };
  try {
    value("");
    skipSpace();
    if (i < text2.length) stop(`unexpected ${shown(i)} after the end of the JSON value`);
    return { keys };
  } catch (err) {
    if (err instanceof SyntaxAt) return { error: { offset: err.offset, message: err.message }, keys };
    if (err instanceof RangeError) return { keys };
    throw err;
  }
}
function lineColumn(text2, offset) {
  const before = text2.slice(0, offset);
  const lastBreak = before.lastIndexOf("\n");
  return { line: before.split("\n").length, column: offset - lastBreak };
}

// src/config/snapshot.ts
var SnapshotError = class extends Error {
  constructor(key, message) {
    super(message);
    this.key = key;
  }
  key;
};
var MAX_DEPTH = 64;
var MAX_ITEMS = 1e5;
function reason(err) {
  try {
    return err instanceof Error ? err.message : String(err);
  } catch {
    return "a value that cannot be shown";
  }
}
function snapshotConfig(value) {
  const ancestors = /* @__PURE__ */ new Set();
  const copy = (node, key, depth) => {
    if (typeof node !== "object" || node === null) return node;
    if (depth > MAX_DEPTH) throw new SnapshotError(key, `the config nests more than ${MAX_DEPTH} levels deep`);
    if (ancestors.has(node)) throw new SnapshotError(key, "the config refers to itself (a cycle)");
    const read = (child, get) => {
      const at = joinKey(key, child);
      let v;
      try {
        v = get();
      } catch (err) {
        throw new SnapshotError(at, `reading ${at} failed: ${reason(err)}`);
      }
      return copy(v, at, depth + 1);
    };
    ancestors.add(node);
    try {
      let isArray2;
      let proto;
      let keys;
      try {
        isArray2 = Array.isArray(node);
        proto = Object.getPrototypeOf(node);
        keys = isArray2 ? [] : Object.keys(node);
      } catch (err) {
        throw new SnapshotError(key, `reading ${key || "the config"} failed: ${reason(err)}`);
      }
      if (isArray2) {
        const list2 = node;
        const length = read("length", () => list2.length);
        if (!Number.isSafeInteger(length) || length < 0 || length > MAX_ITEMS) throw new SnapshotError(key, `${key || "the config"} holds more than ${MAX_ITEMS} items`);
        return Array.from({ length }, (_, i) => read(i, () => list2[i]));
      }
      if (proto !== null && Object.getPrototypeOf(proto) !== null) return node;
      const out = {};
      for (const name of keys) {
        Object.defineProperty(out, name, { value: read(name, () => node[name]), enumerable: true, writable: true, configurable: true });
      }
      return out;
    } finally {
      ancestors.delete(node);
    }
  };
  return copy(value, "", 0);
}

// src/config/load.ts
var CONFIG_SETTLE_MS = 1e4;
var ENGINE_PACKAGE = "@orchestrator/engine";
var JSON_EXTENSIONS = [".json"];
var NATIVE_EXTENSIONS = [".mjs", ".js", ".cjs"];
var TS_EXTENSIONS = [".ts", ".mts"];
function engineModule() {
  for (const candidate of ["./index.js", "../index.js", "../index.ts"]) {
    const url = new URL(candidate, import.meta.url);
    if (url.protocol === "file:" && existsSync(fileURLToPath(url))) return fileURLToPath(url);
  }
  return void 0;
}
async function importWithJiti(file) {
  const { createJiti } = await import("./jiti-static-QLJPF6UT.js");
  const engine = engineModule();
  const jiti = createJiti(import.meta.url, {
    alias: engine ? { [ENGINE_PACKAGE]: engine } : {},
    // With interop, a module without a default export would pass its named exports off as the config.
    interopDefault: false,
    // Never write a transpile cache into the user's repository; re-evaluate edited configs.
    fsCache: false,
    moduleCache: false
  });
  const mod = await jiti.import(file);
  return mod.default;
}
function isMissingEngine(err) {
  const code = err?.code;
  return code === "ERR_MODULE_NOT_FOUND" && errorMessage(err).includes(`'${ENGINE_PACKAGE}'`);
}
async function locateSyntaxError(file, err) {
  try {
    await importWithJiti(file);
  } catch (located) {
    if (errorMessage(located).includes("ParseError")) return located;
  }
  return err;
}
async function importNative(file) {
  const { mtimeMs } = await stat(file);
  try {
    const mod = await import(`${pathToFileURL(file).href}?mtime=${mtimeMs}`);
    return mod.default;
  } catch (err) {
    if (isMissingEngine(err)) return importWithJiti(file);
    if (err instanceof SyntaxError) throw await locateSyntaxError(file, err);
    throw err;
  }
}
function lineInStack(err, file) {
  const stack = err instanceof Error ? `${err.stack ?? ""}` : "";
  for (const prefix of [pathToFileURL(file).href, file]) {
    const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const match = new RegExp(`${escaped}(?:\\?[^:\\s]*)?:(\\d+)`).exec(stack);
    if (match?.[1]) return Number(match[1]);
  }
  return void 0;
}
function describeFailure(err, file) {
  const text2 = errorMessage(err).replace(/\s*\n\s*/g, " ");
  const parse = /^ParseError: (.*?)\s+(\S+):(\d+):(\d+)$/.exec(text2);
  if (parse && parse[2] === file) {
    return { message: `syntax error at line ${parse[3]}, column ${Number(parse[4]) + 1}: ${parse[1] || "unexpected input"}`, line: Number(parse[3]) };
  }
  return { message: `evaluating the config failed: ${text2}`, line: lineInStack(err, file) };
}
var NeverSettled = class extends Error {
};
function withinTime(work, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new NeverSettled()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
async function evaluate(file, useJiti) {
  const exported = await (useJiti ? importWithJiti(file) : importNative(file));
  const value = typeof exported === "function" ? await exported() : exported;
  return snapshotConfig(value);
}
async function loadModule(file, shownAs, useJiti, settleMs) {
  const hint = "Fix the error in the config file; it must `export default` the config object (or a function returning it).";
  let raw;
  try {
    raw = await withinTime(evaluate(file, useJiti), settleMs);
  } catch (err) {
    if (err instanceof NeverSettled) {
      return fail({
        code: "CONFIG_LOAD",
        file: shownAs,
        message: `the config did not settle within ${settleMs / 1e3} s: its default export (or the promise it returns) never resolved`,
        hint: "Make the config's promise resolve (or export the object itself); a config must not wait on anything that never ends."
      });
    }
    if (err instanceof SnapshotError) {
      return fail({ code: "CONFIG_LOAD", file: shownAs, ...err.key ? { key: err.key } : {}, message: err.message, hint });
    }
    let failure;
    try {
      failure = describeFailure(err, file);
    } catch {
      failure = { message: "evaluating the config failed with an error that cannot be shown" };
    }
    const { message, line } = failure;
    const problem = { code: "CONFIG_LOAD", file: shownAs, message, hint };
    return fail(line === void 0 ? problem : { ...problem, line });
  }
  if (raw === void 0) {
    return fail({
      code: "CONFIG_LOAD",
      file: shownAs,
      message: "the config module has no default export",
      hint: `Add \`export default { \u2026 }\` (or \`export default defineConfig({ \u2026 })\` with defineConfig from "${ENGINE_PACKAGE}").`
    });
  }
  return ok({ raw });
}
async function loadJson(file, shownAs) {
  let text2;
  try {
    text2 = (await readFile(file, "utf8")).replace(/^\uFEFF/, "");
  } catch (err) {
    return fail({ code: "CONFIG_LOAD", file: shownAs, message: `cannot read the config: ${errorMessage(err)}` });
  }
  const scan = scanJson(text2);
  const lines = new Map([...scan.keys].map(([key, offset]) => [key, lineColumn(text2, offset).line]));
  try {
    return ok({ raw: JSON.parse(text2), lines });
  } catch (err) {
    if (!scan.error) return fail({ code: "CONFIG_LOAD", file: shownAs, message: `invalid JSON: ${errorMessage(err)}` });
    const { line, column } = lineColumn(text2, scan.error.offset);
    return fail({
      code: "CONFIG_LOAD",
      file: shownAs,
      line,
      message: `invalid JSON at line ${line}, column ${column}: ${scan.error.message}`
    });
  }
}
async function loadConfigFile(file, shownAs = file, opts = {}) {
  const ext = extname(file);
  const settleMs = opts.settleMs ?? CONFIG_SETTLE_MS;
  if (JSON_EXTENSIONS.includes(ext)) return loadJson(file, shownAs);
  if (NATIVE_EXTENSIONS.includes(ext)) return loadModule(file, shownAs, false, settleMs);
  if (TS_EXTENSIONS.includes(ext)) return loadModule(file, shownAs, true, settleMs);
  return fail({
    code: "CONFIG_LOAD",
    file: shownAs,
    message: `unsupported config file type ${JSON.stringify(ext || "(none)")}`,
    hint: "Use a .json, .ts, .mjs or .js config file."
  });
}

// src/config/validate.ts
var t = __toESM(require_lib(), 1);
import { isAbsolute as isAbsolute2, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";

// src/config/safe-paths.ts
import { lstatSync, readFileSync, realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
function within(dir, path) {
  const rel = relative(dir, path);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
function realish(path) {
  const missing = [];
  for (let at = path; ; at = dirname(at)) {
    try {
      return join(realpathSync.native(at), ...missing.reverse());
    } catch {
      if (dirname(at) === at) return path;
      missing.push(basename(at));
    }
  }
}
function readGitPointer(file) {
  try {
    const text2 = readFileSync(file, "utf8");
    return /^gitdir:\s*(.+?)\s*$/m.exec(text2)?.[1];
  } catch {
    return void 0;
  }
}
function gitDirectories(repoRoot) {
  const dotGit = join(repoRoot, ".git");
  let gitDir = dotGit;
  try {
    if (lstatSync(dotGit).isFile()) {
      const pointer = readGitPointer(dotGit);
      if (pointer !== void 0) gitDir = resolve(repoRoot, pointer);
    }
  } catch {
    return [realish(dotGit)];
  }
  const dirs = /* @__PURE__ */ new Set([realish(dotGit), realish(gitDir)]);
  try {
    const common = readFileSync(join(gitDir, "commondir"), "utf8").trim();
    if (common !== "") dirs.add(realish(resolve(gitDir, common)));
  } catch {
  }
  return [...dirs];
}
var OUTPUT_KEYS = ["logs.root", "worktrees.root"];
function staticPart(pattern) {
  const parts = pattern.split("/");
  const first = parts.findIndex((p) => /[*?[\]{}()!+@]/.test(p));
  const cut = first < 0 ? parts.length - 1 : first;
  return { base: parts.slice(0, cut).join("/"), dynamic: parts.slice(cut).join("/") };
}
function globEscape(repoRoot, pattern) {
  if (pattern.startsWith("!")) return void 0;
  const { base, dynamic } = staticPart(pattern);
  if (!within(repoRoot, resolve(repoRoot, base || "."))) return `its fixed part ${JSON.stringify(base || "/")} is outside the repository`;
  if (/(?:^|[/{,(|])\.\.(?:$|[/},)|])/.test(dynamic)) return 'a ".." after a wildcard could leave the repository';
  return void 0;
}
function repoSafetyProblems(values, file, repoRoot) {
  const problems = [];
  const gitDirs = gitDirectories(repoRoot);
  for (const key of OUTPUT_KEYS) {
    const value = values[key];
    if (typeof value !== "string" || value === "") continue;
    const absolute = resolve(repoRoot, value);
    if (!within(repoRoot, absolute)) continue;
    const real = realish(absolute);
    const hit = gitDirs.find((dir) => within(dir, real));
    const named = relative(repoRoot, absolute).split(sep).some((part) => part.toLowerCase() === ".git");
    if (hit === void 0 && !named) continue;
    problems.push({
      code: "CONFIG_INVALID",
      file,
      key,
      message: `${JSON.stringify(value)}${real !== absolute ? ` (through a symbolic link: ${real})` : ""} is inside the repository's git directory${hit ? ` (${hit})` : ""}; the engine would write its files among git's refs and objects`,
      hint: key === "logs.root" ? 'Use a folder outside .git, e.g. ".orchestrator/logs".' : 'Use a folder outside .git, e.g. ".orchestrator/worktrees".'
    });
  }
  const paths = values["issues.paths"];
  if (Array.isArray(paths)) {
    paths.forEach((pattern, index) => {
      if (typeof pattern !== "string") return;
      const why = globEscape(repoRoot, pattern);
      if (why === void 0) return;
      problems.push({
        code: "CONFIG_INVALID",
        file,
        key: `issues.paths[${index}]`,
        message: `${JSON.stringify(pattern)} reaches outside the repository: ${why}`,
        hint: 'Write issue globs relative to the repository root, e.g. "docs/issues/**/*.md".'
      });
    });
  }
  return problems;
}
async function trackedWorktreesRootProblem(git, repoRoot, root, file) {
  const listed = await git.run(repoRoot, ["ls-files", "-z", "--", `:(literal)${root}`]);
  if (!listed.ok) return listed.problems[0] ?? null;
  const tracked = listed.value.split("\0").filter((f) => f !== "");
  if (tracked.length === 0) return null;
  const shown = tracked.slice(0, 3).join(", ");
  return {
    code: "CONFIG_INVALID",
    file,
    key: "worktrees.root",
    message: `${JSON.stringify(root)} holds ${tracked.length} tracked file${tracked.length === 1 ? "" : "s"} (${shown}${tracked.length > 3 ? ", \u2026" : ""}); the engine's .gitignore there would hide new files from git`,
    hint: 'Point worktrees.root at a folder of its own, e.g. ".orchestrator/worktrees".'
  };
}

// src/config/validate.ts
var RUNNER_KINDS = ["codex-sdk", "codex-cli"];
var RUNNER_FALLBACKS = ["codex-cli"];
var SANDBOX_MODES = ["read-only", "workspace-write", "danger-full-access"];
var REASONING_EFFORTS = ["minimal", "low", "medium", "high", "xhigh"];
var PULL_REQUEST_MODES = ["off", "draft", "ready"];
var SEVERITIES = ["blocker", "major", "minor", "nit"];
var DEFAULT_CHECK_TIMEOUT_MINUTES = 10;
var MAX_PHASE_TIMEOUT_MINUTES = Math.floor((2 ** 31 - 1) / 6e4);
function deepFreeze(value) {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
var DEFAULT_CONFIG = deepFreeze({
  issues: {
    paths: ["docs/issues/**/*.md"],
    idField: "id",
    milestoneField: "milestone",
    dependencyFields: ["depends_on"],
    statusField: "status",
    doneValues: ["done", "closed"]
  },
  runner: {
    default: "codex-sdk",
    sandbox: "workspace-write",
    config: {},
    env: {},
    phaseTimeoutMinutes: 60,
    idleTimeoutMinutes: 2
  },
  review: { maxCycles: 2, failOn: ["blocker", "major", "minor"] },
  checks: [],
  prompts: {},
  worktrees: {
    root: ".orchestrator/worktrees",
    branchPrefix: "orchestrator/",
    base: "HEAD",
    push: false,
    stack: true,
    signCommits: false
  },
  logs: { root: ".orchestrator/logs" },
  graphite: { enabled: false, submit: false, draft: true },
  budget: {},
  github: { pullRequests: "off", labels: [] }
});
function report(state, message) {
  state?.errors?.push(`${state.p ?? "."}: ${message}`);
  return false;
}
function childPath(parent, key) {
  if (typeof key === "number") return `${parent ?? "."}[${key}]`;
  if (/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(key)) return `${parent ?? ""}.${key}`;
  return `${parent ?? "."}[${JSON.stringify(key)}]`;
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}
function printable(value) {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    case "number":
    case "boolean":
      return String(value);
    case "bigint":
      return `${value}n`;
    case "undefined":
      return "undefined";
    case "function":
      return "a function";
    case "symbol":
      return "a symbol";
  }
  if (value === null) return "null";
  if (Array.isArray(value)) return value.length === 0 ? "an empty array" : "an array";
  if (isPlainObject(value)) return "an object";
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  return `a ${tag} object`;
}
function leaf(expected, accepts) {
  return t.makeValidator({
    test: (value, state) => accepts(value) || report(state, `expected ${expected}, got ${printable(value)}`)
  });
}
var anyString = leaf("a string", (v) => typeof v === "string");
var text = leaf("a non-empty string", (v) => typeof v === "string" && v.length > 0);
var bool = leaf("true or false", (v) => typeof v === "boolean");
var label = leaf("a label name of 1 to 50 characters", (v) => typeof v === "string" && v.trim().length > 0 && v.length <= 50);
function oneOf(values) {
  const check = leaf(`one of ${values.map((v) => JSON.stringify(v)).join(", ")}`, (v) => values.includes(v));
  return Object.assign(check, { values });
}
function integer(min, max) {
  return leaf(`an integer from ${min} to ${max}`, (v) => Number.isInteger(v) && v >= min && v <= max);
}
function positiveNumber(max) {
  return leaf(`a number greater than 0 and at most ${max}`, (v) => typeof v === "number" && v > 0 && v <= max);
}
function nonNegativeNumber() {
  return leaf("a number of 0 or more", (v) => typeof v === "number" && Number.isFinite(v) && v >= 0);
}
function list(item, what, { nonEmpty = false } = {}) {
  const items = t.isArray(item);
  return t.makeValidator({
    test: (value, state) => {
      if (!Array.isArray(value)) return report(state, `expected an array of ${what}, got ${printable(value)}`);
      if (nonEmpty && value.length === 0) return report(state, `expected at least one entry, got an empty array`);
      return items(value, state);
    }
  });
}
var RESERVED_FIRST_PARTS = /* @__PURE__ */ new Set(["refs", "heads", "tags", "remotes", "HEAD"]);
function branchPrefixProblem(prefix) {
  if (prefix === "") return "must not be empty";
  if (prefix.startsWith("-")) return 'must not start with "-"';
  if (prefix.startsWith("/")) return 'must not start with "/"';
  const bad = /[\x00-\x20\x7f~^:?*[\\]/.exec(prefix)?.[0];
  if (bad !== void 0) return `must not contain ${bad.charCodeAt(0) <= 32 || bad === "\x7F" ? "spaces or control characters" : JSON.stringify(bad)}`;
  for (const seq of ["..", "//", "@{"]) if (prefix.includes(seq)) return `must not contain "${seq}"`;
  const parts = prefix.split("/");
  if (parts.some((part) => part.startsWith("."))) return 'no part between slashes may start with "."';
  if (parts.slice(0, -1).some((part) => part.endsWith(".lock"))) return 'no part between slashes may end with ".lock"';
  if (prefix.endsWith(".lock")) return 'must not end with ".lock"';
  if (RESERVED_FIRST_PARTS.has(parts[0]) && parts.length > 1) return `must not start with "${parts[0]}/" (the branch would be read as another ref)`;
  return void 0;
}
var CHECK_NAME = /^[A-Za-z0-9][A-Za-z0-9._:/ -]{0,63}$/;
var checkName = leaf("a check name (letters, digits, space . _ : / -; at most 64 characters, starting with a letter or digit)", (v) => typeof v === "string" && CHECK_NAME.test(v));
var branchPrefix = t.makeValidator({
  test: (value, state) => {
    if (typeof value !== "string") return report(state, `expected a string, got ${printable(value)}`);
    const problem = branchPrefixProblem(value);
    return problem === void 0 || report(state, `${printable(value)} is not a valid git branch prefix: it ${problem}`);
  }
});
var envMap = t.makeValidator({
  test: (value, state) => {
    if (!isPlainObject(value)) return report(state, `expected an object of environment variables (name: string), got ${printable(value)}`);
    let valid = true;
    for (const [name, v] of Object.entries(value)) {
      const at = { ...state, p: childPath(state?.p, name) };
      if (!/^[^=\0]+$/.test(name)) valid = report(at, 'environment variable names must be non-empty and contain no "=" or NUL');
      else if (v !== void 0 && typeof v !== "string") valid = report(at, `expected a string (use "\${VAR}" to reference your environment), got ${printable(v)}`);
    }
    return valid;
  }
});
function tomlValue(value, state, ancestors) {
  if (typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value) || report(state, `expected a finite number, got ${printable(value)}`);
  if (value === null) return report(state, "null cannot be passed to codex (TOML has no null); remove the key instead");
  const container = Array.isArray(value) || isPlainObject(value);
  if (!container) return report(state, `expected a string, number, boolean, array or object, got ${printable(value)}`);
  if (ancestors.has(value)) return report(state, "the value contains itself (a cycle)");
  ancestors.add(value);
  let valid = true;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      valid = tomlValue(item, { ...state, p: childPath(state?.p, i) }, ancestors) && valid;
    });
  } else {
    for (const [key, child] of Object.entries(value)) {
      const p = childPath(state?.p, key);
      if (key === "") valid = report({ ...state, p }, "keys must be non-empty");
      else if (child !== void 0) valid = tomlValue(child, { ...state, p }, ancestors) && valid;
    }
  }
  ancestors.delete(value);
  return valid;
}
var tomlTable = t.makeValidator({
  test: (value, state) => isPlainObject(value) ? tomlValue(value, state, /* @__PURE__ */ new Set()) : report(state, `expected an object of codex config overrides, got ${printable(value)}`)
});
function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  const at = (i, j) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i][j] = best;
    }
  }
  return at(a.length, b.length);
}
function unknownKeyMessage(key, known) {
  const lower = key.toLowerCase();
  const close = known.map((k) => ({ k, d: editDistance(lower, k.toLowerCase()) })).filter(({ d }) => d <= Math.max(1, Math.floor(key.length / 3))).sort((a, b) => a.d - b.d)[0];
  if (close) return `unknown key; did you mean "${close.k}"?`;
  return `unknown key; expected one of: ${known.join(", ")}`;
}
function unknownKeys(known) {
  return t.makeValidator({
    test: (extra, state) => {
      const keys = Object.keys(extra);
      for (const key of keys) report({ ...state, p: childPath(state?.p, key) }, unknownKeyMessage(key, known));
      return keys.length === 0;
    }
  });
}
function section(props) {
  const known = Object.keys(props).filter((k) => k !== "$schema");
  const closed = t.isObject(props, { extra: unknownKeys(known) });
  const check = t.makeValidator({
    test: (value, state) => isPlainObject(value) ? closed(value, state) : report(state, `expected an object, got ${printable(value)}`)
  });
  return Object.assign(check, { properties: props });
}
function opt(check) {
  const { properties, values } = check;
  return Object.assign(t.isOptional(check), properties ? { properties } : {}, values ? { values } : {});
}
var configShape = section({
  $schema: opt(anyString),
  issues: opt(
    section({
      paths: opt(list(text, "non-empty glob strings", { nonEmpty: true })),
      idField: opt(text),
      milestoneField: opt(text),
      dependencyFields: opt(list(text, "non-empty field names")),
      statusField: opt(text),
      doneValues: opt(list(text, "non-empty strings"))
    })
  ),
  runner: opt(
    section({
      default: opt(oneOf(RUNNER_KINDS)),
      fallback: opt(oneOf(RUNNER_FALLBACKS)),
      model: opt(text),
      reasoningEffort: opt(oneOf(REASONING_EFFORTS)),
      sandbox: opt(oneOf(SANDBOX_MODES)),
      codexPath: opt(text),
      config: opt(tomlTable),
      env: opt(envMap),
      phaseTimeoutMinutes: opt(positiveNumber(MAX_PHASE_TIMEOUT_MINUTES)),
      idleTimeoutMinutes: opt(positiveNumber(MAX_PHASE_TIMEOUT_MINUTES)),
      pricing: opt(section({ inputPerMTok: nonNegativeNumber(), cachedInputPerMTok: nonNegativeNumber(), outputPerMTok: nonNegativeNumber() }))
    })
  ),
  review: opt(section({ maxCycles: opt(integer(0, 10)), failOn: opt(list(oneOf(SEVERITIES), "severities")) })),
  checks: opt(list(section({ name: checkName, run: text, timeoutMinutes: opt(positiveNumber(MAX_PHASE_TIMEOUT_MINUTES)) }), "checks ({ name, run, timeoutMinutes? })")),
  prompts: opt(section({ dev: opt(text), review: opt(text), fix: opt(text) })),
  worktrees: opt(
    section({
      root: opt(text),
      branchPrefix: opt(branchPrefix),
      base: opt(text),
      push: opt(bool),
      stack: opt(bool),
      signCommits: opt(bool)
    })
  ),
  logs: opt(section({ root: opt(text) })),
  graphite: opt(section({ enabled: opt(bool), submit: opt(bool), draft: opt(bool) })),
  budget: opt(
    section({
      maxTokensPerIssue: opt(integer(1, Number.MAX_SAFE_INTEGER)),
      maxTokensPerRun: opt(integer(1, Number.MAX_SAFE_INTEGER)),
      maxCostUsdPerRun: opt(positiveNumber(Number.MAX_SAFE_INTEGER))
    })
  ),
  github: opt(section({ pullRequests: opt(oneOf(PULL_REQUEST_MODES)), labels: opt(list(label, "label names (1 to 50 characters)")) }))
});
function present(section2) {
  return Object.fromEntries(Object.entries(section2 ?? {}).filter(([, v]) => v !== void 0));
}
function applyDefaults(user) {
  const d = DEFAULT_CONFIG;
  const issues = present(user.issues);
  const runner = present(user.runner);
  return {
    issues: {
      ...d.issues,
      ...issues,
      paths: [...issues.paths ?? d.issues.paths],
      dependencyFields: [...issues.dependencyFields ?? d.issues.dependencyFields],
      doneValues: [...issues.doneValues ?? d.issues.doneValues]
    },
    runner: { ...d.runner, ...runner, config: { ...runner.config }, env: present(runner.env) },
    review: { ...d.review, ...present(user.review), failOn: [...user.review?.failOn ?? d.review.failOn] },
    checks: (user.checks ?? []).map((c) => ({ name: c.name, run: c.run, ...c.timeoutMinutes === void 0 ? {} : { timeoutMinutes: c.timeoutMinutes } })),
    prompts: present(user.prompts),
    worktrees: { ...d.worktrees, ...present(user.worktrees) },
    logs: { ...d.logs, ...present(user.logs) },
    graphite: { ...d.graphite, ...present(user.graphite) },
    budget: present(user.budget),
    github: { ...d.github, ...present(user.github), labels: [...new Set(present(user.github).labels ?? d.github.labels)] }
  };
}
var CONFINED_PATH_KEYS = ["worktrees.root", "logs.root", "prompts.dev", "prompts.review", "prompts.fix"];
function rawAt(raw, key) {
  let value = raw;
  for (const part of key.split(".")) value = isPlainObject(value) ? value[part] : void 0;
  return value;
}
function insideRepo(repoRoot, path) {
  const rel = relative2(repoRoot, resolve2(repoRoot, path));
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep2}`) || isAbsolute2(rel)) return void 0;
  return rel;
}
function confinedPathProblems(raw, file, repoRoot) {
  const problems = [];
  for (const key of CONFINED_PATH_KEYS) {
    const value = rawAt(raw, key);
    if (typeof value !== "string" || value === "" || insideRepo(repoRoot, value) !== void 0) continue;
    problems.push({
      code: "CONFIG_INVALID",
      file,
      key,
      message: `${printable(value)} resolves to ${resolve2(repoRoot, value)}, which is not inside the repository ${repoRoot}`,
      hint: "Use a path relative to the repository root that stays inside it, e.g. .orchestrator/logs."
    });
  }
  return problems;
}
function confinePaths(config, repoRoot) {
  const rel = (path) => insideRepo(repoRoot, path) ?? path;
  const prompts = {};
  for (const phase of ["dev", "review", "fix"]) {
    const path = config.prompts[phase];
    if (path !== void 0) prompts[phase] = rel(path);
  }
  return {
    ...config,
    worktrees: { ...config.worktrees, root: rel(config.worktrees.root) },
    logs: { root: rel(config.logs.root) },
    prompts
  };
}
function duplicateCheckProblems(raw, file) {
  const checks = isPlainObject(raw) && Array.isArray(raw.checks) ? raw.checks : [];
  const seen = /* @__PURE__ */ new Map();
  const problems = [];
  checks.forEach((check, i) => {
    const name = isPlainObject(check) ? check.name : void 0;
    if (typeof name !== "string") return;
    const first = seen.get(name);
    if (first === void 0) seen.set(name, i);
    else problems.push({ code: "CONFIG_INVALID", file, key: `checks[${i}].name`, message: `${printable(name)} is already the name of checks[${first}]`, hint: "Give every check its own name." });
  });
  return problems;
}
function dependentKeyProblems(raw, file) {
  const problems = [];
  if (rawAt(raw, "graphite.submit") === true && rawAt(raw, "graphite.enabled") !== true) {
    problems.push({ code: "CONFIG_INVALID", file, key: "graphite.submit", message: "needs graphite.enabled: true (only branches on the stack can be submitted)", hint: "Set graphite.enabled to true, or remove graphite.submit." });
  }
  const prs = rawAt(raw, "github.pullRequests");
  if (rawAt(raw, "graphite.submit") === true && (prs === "draft" || prs === "ready")) {
    problems.push({ code: "CONFIG_INVALID", file, key: "github.pullRequests", message: "cannot be used with graphite.submit (gt submit opens the pull requests then)", hint: 'Set github.pullRequests to "off", or graphite.submit to false.' });
  }
  return problems;
}
function toProblem(error, file) {
  const { key, message } = splitTypanionError(error);
  const text2 = message === "Unsafe property name" ? "unknown key (reserved name)" : message;
  return key ? { code: "CONFIG_INVALID", file, key, message: text2 } : { code: "CONFIG_INVALID", file, message: text2 };
}
function validateConfig(raw, file, repoRoot) {
  if (!isPlainObject(raw)) {
    return fail({
      code: "CONFIG_INVALID",
      file,
      message: `the config must be an object of settings, got ${printable(raw)}`,
      hint: "Write a JSON object, or `export default { \u2026 }` in a .ts/.mjs/.js config."
    });
  }
  const errors = [];
  const valid = configShape(raw, { errors });
  const problems = [
    ...errors.map((e) => toProblem(e, file)),
    ...dependentKeyProblems(raw, file),
    ...duplicateCheckProblems(raw, file),
    ...repoRoot === void 0 ? [] : confinedPathProblems(raw, file, repoRoot),
    // Defaults too: a committed `.orchestrator -> .git` link would put the default roots in the git dir.
    ...repoRoot === void 0 ? [] : repoSafetyProblems(
      {
        "logs.root": rawAt(raw, "logs.root") ?? DEFAULT_CONFIG.logs.root,
        "worktrees.root": rawAt(raw, "worktrees.root") ?? DEFAULT_CONFIG.worktrees.root,
        "issues.paths": rawAt(raw, "issues.paths")
      },
      file,
      repoRoot
    )
  ];
  if (!valid || problems.length > 0) return fail(problems);
  const config = applyDefaults(raw);
  return ok(repoRoot === void 0 ? config : confinePaths(config, repoRoot));
}

// src/config/index.ts
function shownPath(file, repoRoot) {
  const rel = relative3(repoRoot, file);
  return rel === "" || rel.startsWith("..") || isAbsolute3(rel) ? file : rel;
}
function parentKey(key) {
  return /^(.*?)(?:\.[^.[\]]+|\[(?:\d+|"(?:[^"\\]|\\.)*")\])$/.exec(key)?.[1];
}
function withLines(problems, lines) {
  if (!lines) return problems;
  return problems.map((p) => {
    for (let key = p.key; key; key = parentKey(key)) {
      const line = lines.get(key);
      if (line !== void 0) return { ...p, line };
    }
    return p;
  });
}
async function loadConfig(opts) {
  const found = await findConfig(opts.cwd, opts.configPath);
  if (!found.ok) return found;
  const { file, repoRoot } = found.value;
  const shown = shownPath(file, repoRoot);
  const source = await loadConfigFile(file, shown);
  if (!source.ok) return source;
  const config = validateConfig(source.value.raw, shown, repoRoot);
  if (!config.ok) return fail(withLines(config.problems, source.value.lines));
  return ok({ config: config.value, file, repoRoot });
}

export {
  loadConfigFile,
  trackedWorktreesRootProblem,
  DEFAULT_CHECK_TIMEOUT_MINUTES,
  DEFAULT_CONFIG,
  validateConfig,
  loadConfig
};
//# sourceMappingURL=chunk-3EABMOCY.js.map
