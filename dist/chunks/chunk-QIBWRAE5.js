#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  pricingFor
} from "./chunk-PHBKDZCG.js";
import {
  errorMessage,
  fail,
  ok
} from "./chunk-FL7PZ6ZF.js";

// src/report/redact.ts
var KNOWN_SECRET_VARS = [
  "OPENAI_API_KEY",
  "CODEX_API_KEY",
  "ANTHROPIC_API_KEY",
  "AZURE_OPENAI_API_KEY",
  "GITHUB_TOKEN",
  "GH_TOKEN",
  "GRAPHITE_AUTH_TOKEN",
  "ACTIONS_RUNTIME_TOKEN"
];
var SECRET_NAME = /(API_?KEY|_KEY|TOKEN|SECRET|CREDENTIALS?)$|PASSWORD|PASSWD/i;
var MIN_SECRET_LENGTH = 4;
var KEY_SHAPES = [
  /sk-[A-Za-z0-9_-]{16,}/,
  /gh[pousr]_[A-Za-z0-9]{20,}/,
  /github_pat_[A-Za-z0-9_]{20,}/,
  /xox[abprs]-[A-Za-z0-9-]{10,}/,
  /AKIA[0-9A-Z]{16}/,
  /AIza[0-9A-Za-z_-]{35}/
];
var REDACTED = "[REDACTED]";
var escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var Redactor = class {
  pattern;
  constructor(secretValues) {
    const literals = /* @__PURE__ */ new Set();
    for (const value of secretValues) {
      if (value.length < MIN_SECRET_LENGTH) continue;
      literals.add(value);
      literals.add(JSON.stringify(value).slice(1, -1));
    }
    const alternatives = [...literals].sort((a, b) => b.length - a.length).map(escapeRegExp);
    alternatives.push(...KEY_SHAPES.map((r) => r.source));
    this.pattern = new RegExp(alternatives.join("|"), "g");
  }
  redact(text) {
    return text.replace(this.pattern, REDACTED);
  }
  /** The distinct secret values and key-shaped strings in `text` (for the commit scan; never shown). */
  secretsIn(text) {
    return new Set(text.match(this.pattern) ?? []);
  }
};
function secretValuesFrom(env, runnerEnv) {
  const values = Object.values(runnerEnv);
  for (const [name, value] of Object.entries(env)) {
    if (value && (KNOWN_SECRET_VARS.includes(name) || SECRET_NAME.test(name))) values.push(value);
  }
  return values;
}

// src/runner/env.ts
var REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
function expandEnv(env, base) {
  const out = {};
  const problems = [];
  for (const [name, value] of Object.entries(env)) {
    out[name] = value.replace(REFERENCE, (whole, ref) => {
      const resolved = base[ref];
      if (resolved === void 0) {
        problems.push({
          code: "CONFIG_INVALID",
          key: `runner.env.${name}`,
          message: `references \${${ref}}, which is not set in the environment`,
          hint: `Export ${ref} before running, or remove the entry.`
        });
        return whole;
      }
      return resolved;
    });
  }
  return problems.length > 0 ? fail(problems) : ok(out);
}

// src/runner/proxy.ts
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
var START_TIMEOUT_MS = 1e4;
var STOP_GRACE_MS = 2e3;
var MAX_STDERR = 4096;
var TARGETS = {
  "linux x64": "x86_64-unknown-linux-musl",
  "linux arm64": "aarch64-unknown-linux-musl",
  "darwin x64": "x86_64-apple-darwin",
  "darwin arm64": "aarch64-apple-darwin"
};
function codexExecutable(codexPath) {
  if (codexPath) return codexPath;
  const target = TARGETS[`${process.platform} ${process.arch}`];
  try {
    const require2 = createRequire(import.meta.url);
    const codexPackage = require2.resolve("@openai/codex/package.json");
    const platformPackage = createRequire(codexPackage).resolve(`@openai/codex-${process.platform}-${process.arch}/package.json`);
    if (target) return join(dirname(platformPackage), "vendor", target, "bin", "codex");
  } catch {
  }
  return "codex";
}
async function startKeyProxy(executable2, upstream, key, env) {
  const dir = mkdtempSync(join(tmpdir(), "orchestrator-proxy-"));
  const infoFile = join(dir, "server-info.json");
  const child = spawn(executable2, ["responses-api-proxy", "--upstream-url", upstream, "--server-info", infoFile], {
    detached: true,
    env,
    stdio: ["pipe", "ignore", "pipe"]
  });
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (c) => {
    if (stderr.length < MAX_STDERR) stderr += c;
  });
  let exited = false;
  let spawnError = null;
  const exitedPromise = new Promise((resolve2) => child.on("close", () => (exited = true, resolve2())));
  child.on("error", (err) => spawnError = err);
  const killGroup = (signal) => {
    if (exited || child.pid === void 0) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
    }
  };
  const onExit = () => killGroup("SIGKILL");
  process.on("exit", onExit);
  const stop = async () => {
    process.off("exit", onExit);
    killGroup("SIGTERM");
    const timer = setTimeout(() => killGroup("SIGKILL"), STOP_GRACE_MS);
    await exitedPromise;
    clearTimeout(timer);
    rmSync(dir, { recursive: true, force: true });
  };
  child.stdin?.on("error", () => void 0);
  child.stdin?.end(key);
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline && !exited && !spawnError) {
    try {
      const info = JSON.parse(readFileSync(infoFile, "utf8"));
      if (typeof info.port === "number") return ok({ baseUrl: `http://127.0.0.1:${info.port}/v1`, stop });
    } catch {
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  await stop();
  const why = spawnError ? errorMessage(spawnError) : exited ? `it exited: ${stderr.trim() || "no output"}` : `it did not listen within ${START_TIMEOUT_MS / 1e3} s`;
  return fail({
    code: "RUNNER_START",
    message: `cannot start the model key proxy (\`${executable2} responses-api-proxy\`): ${why}`,
    hint: "The proxy ships inside the codex binary (codex 0.40 or newer); check runner.codexPath."
  });
}

// src/runner/table.ts
var isTable = (v) => typeof v === "object" && v !== null && !Array.isArray(v);

// src/runner/shell-env.ts
var SHELL_SECRET_PATTERNS = ["*KEY*", "*TOKEN*", "*SECRET*", "*PASSWORD*", "*PASSWD*", "*CREDENTIAL*"];
function shellEnvironmentPolicy(userPolicy, runnerEnvNames) {
  const policy = isTable(userPolicy) ? { ...userPolicy } : {};
  const exclude = Array.isArray(policy.exclude) ? policy.exclude.filter((p) => typeof p === "string") : [];
  const set = isTable(policy.set) ? Object.fromEntries(Object.entries(policy.set).filter(([name]) => !SECRET_NAME.test(name) && !runnerEnvNames.includes(name))) : void 0;
  return {
    ...policy,
    ...set ? { set } : {},
    ignore_default_excludes: false,
    exclude: [.../* @__PURE__ */ new Set([...exclude, ...SHELL_SECRET_PATTERNS, ...runnerEnvNames])]
  };
}
function codexEnvironment(engineEnv, runnerEnv, keep = /* @__PURE__ */ new Set()) {
  const secrets = new Set(Object.values(runnerEnv).filter((v) => v.length >= MIN_SECRET_LENGTH));
  const out = {};
  for (const [name, value] of Object.entries(engineEnv)) {
    if (value !== void 0 && !SECRET_NAME.test(name) && !secrets.has(value)) out[name] = value;
  }
  for (const [name, value] of Object.entries(runnerEnv)) {
    if (value.length < MIN_SECRET_LENGTH && !SECRET_NAME.test(name)) out[name] = value;
    else delete out[name];
  }
  for (const name of keep) {
    const value = runnerEnv[name] ?? engineEnv[name];
    if (value !== void 0) out[name] = value;
  }
  return out;
}

// src/runner/codex-home.ts
import { readFileSync as readFileSync2, statSync } from "node:fs";
import { homedir } from "node:os";
import { join as join2 } from "node:path";
var MAX_CONFIG_BYTES = 1024 * 1024;
var quoted = (raw) => raw.trim().replace(/^(["'])(.*)\1\s*(#.*)?$/, "$2").replace(/\s+#.*$/, "");
function homeModelProvider(env) {
  const home = env.CODEX_HOME || join2(env.HOME || homedir(), ".codex");
  const file = join2(home, "config.toml");
  let text;
  try {
    if (!statSync(file).isFile() || statSync(file).size > MAX_CONFIG_BYTES) return null;
    text = readFileSync2(file, "utf8");
  } catch {
    return null;
  }
  let table = "";
  let name = null;
  const envKeys = /* @__PURE__ */ new Map();
  for (const line of text.split(/\r?\n/)) {
    const header = /^\s*\[\s*([^\]]+?)\s*\]\s*(#.*)?$/.exec(line);
    if (header) {
      table = header[1].replace(/["']/g, "");
      continue;
    }
    const pair = /^\s*([A-Za-z0-9_.-]+)\s*=\s*(.+)$/.exec(line);
    if (!pair) continue;
    const [, key, value] = pair;
    if (table === "" && key === "model_provider") name = quoted(value);
    const provider = /^model_providers\.(.+)$/.exec(table)?.[1];
    if (provider && key === "env_key") envKeys.set(provider, quoted(value));
  }
  return name === null || name === "" ? null : { name, envKey: envKeys.get(name) ?? null, file };
}

// src/runner/access.ts
var PROXIED_OPENAI = "orchestrator-openai";
function nest(table) {
  const out = {};
  for (const [key, value] of Object.entries(table)) {
    const path = key.split(".");
    let at = out;
    for (const part of path.slice(0, -1)) at = isTable(at[part]) ? at[part] : at[part] = {};
    const last = path.at(-1);
    at[last] = isTable(value) ? nest({ ...isTable(at[last]) ? at[last] : {}, ...value }) : value;
  }
  return out;
}
function routeFor(config, env) {
  const home = typeof config.model_provider === "string" ? null : homeModelProvider(env);
  if (home !== null && home.name !== "openai") {
    return {
      kind: "direct",
      keyVar: home.envKey,
      warning: `model provider ${home.name} comes from ${home.file}, which the engine does not rewrite: it cannot go through the key proxy${home.envKey ? `, so codex reads ${home.envKey} from its own environment, which the agent can read too` : ""}; define the provider in runner.config to keep its key behind the proxy`
    };
  }
  const active = typeof config.model_provider === "string" ? config.model_provider : "openai";
  const providers = isTable(config.model_providers) ? config.model_providers : {};
  const custom = providers[active];
  if (isTable(custom)) {
    const envKey = typeof custom.env_key === "string" ? custom.env_key : null;
    if (envKey === null) return { kind: "none" };
    const wire = custom.wire_api ?? "responses";
    if (wire !== "responses" || typeof custom.base_url !== "string") {
      return {
        kind: "direct",
        keyVar: envKey,
        warning: `model provider ${active} (wire_api ${String(wire)}) cannot go through the key proxy: codex reads ${envKey} from its own environment, which the agent can read too`
      };
    }
    const key2 = env[envKey];
    if (key2 === void 0 || key2 === "") return { kind: "none" };
    return { kind: "proxy", provider: active, upstream: `${custom.base_url.replace(/\/+$/, "")}/responses`, key: key2, builtin: false };
  }
  if (active !== "openai") return { kind: "none" };
  const key = env.CODEX_API_KEY || env.OPENAI_API_KEY;
  if (!key) {
    return {
      kind: "direct",
      keyVar: null,
      warning: "no OPENAI_API_KEY or CODEX_API_KEY: codex uses its own login (auth.json under CODEX_HOME), which cannot go through the key proxy and which the agent can read"
    };
  }
  const base = (typeof config.openai_base_url === "string" ? config.openai_base_url : env.OPENAI_BASE_URL) || "https://api.openai.com/v1";
  return { kind: "proxy", provider: active, upstream: `${base.replace(/\/+$/, "")}/responses`, key, builtin: true };
}
function proxiedConfig(config, route, baseUrl) {
  const providers = isTable(config.model_providers) ? { ...config.model_providers } : {};
  const name = route.builtin ? PROXIED_OPENAI : route.provider;
  const original = route.builtin ? { name: "OpenAI (through the orchestrator key proxy)", wire_api: "responses" } : { ...providers[name] };
  delete original.env_key;
  providers[name] = { ...original, base_url: baseUrl, supports_websockets: false };
  return { ...config, model_provider: name, model_providers: providers };
}
async function openModelAccess(cfg, engineEnv, runnerEnv) {
  let config = nest(cfg.config);
  const route = routeFor(config, { ...engineEnv, ...runnerEnv });
  const keep = /* @__PURE__ */ new Set();
  const warnings = [];
  if (route.kind === "direct") {
    warnings.push(route.warning);
    if (route.keyVar) keep.add(route.keyVar);
  }
  const env = codexEnvironment(engineEnv, runnerEnv, keep);
  let proxy = null;
  if (route.kind === "proxy") {
    const started = await startKeyProxy(codexExecutable(cfg.codexPath), route.upstream, route.key, env);
    if (!started.ok) return started;
    proxy = started.value;
    config = proxiedConfig(config, route, proxy.baseUrl);
  }
  config.shell_environment_policy = shellEnvironmentPolicy(config.shell_environment_policy, Object.keys(runnerEnv));
  let closed = false;
  return ok({
    runner: { ...cfg, config },
    env,
    warnings,
    async close() {
      if (closed) return;
      closed = true;
      await proxy?.stop();
    }
  });
}

// src/runner/codex-binary.ts
import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import { delimiter, dirname as dirname2, isAbsolute, join as join3, relative } from "node:path";
var PLATFORM_PACKAGES = {
  "linux-x64": { pkg: "@openai/codex-linux-x64", triple: "x86_64-unknown-linux-musl" },
  "linux-arm64": { pkg: "@openai/codex-linux-arm64", triple: "aarch64-unknown-linux-musl" },
  "darwin-x64": { pkg: "@openai/codex-darwin-x64", triple: "x86_64-apple-darwin" },
  "darwin-arm64": { pkg: "@openai/codex-darwin-arm64", triple: "aarch64-apple-darwin" },
  "win32-x64": { pkg: "@openai/codex-win32-x64", triple: "x86_64-pc-windows-msvc" },
  "win32-arm64": { pkg: "@openai/codex-win32-arm64", triple: "aarch64-pc-windows-msvc" }
};
var executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
function packagedBinary(from) {
  const platform = PLATFORM_PACKAGES[`${process.platform}-${process.arch}`];
  if (!platform) return null;
  try {
    const codexPackage = createRequire2(from).resolve("@openai/codex/package.json");
    const platformPackage = createRequire2(codexPackage).resolve(`${platform.pkg}/package.json`);
    const binary = join3(dirname2(platformPackage), "vendor", platform.triple, "bin", process.platform === "win32" ? "codex.exe" : "codex");
    return executable(binary) ? binary : null;
  } catch {
    return null;
  }
}
function upTo(cwd, root) {
  const dirs = [cwd];
  if (!isInside(cwd, root)) return dirs;
  for (let dir = cwd; dir !== root && dirname2(dir) !== dir; ) {
    dir = dirname2(dir);
    dirs.push(dir);
  }
  return dirs;
}
var isInside = (path, root) => {
  const rel = relative(root, path);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
};
function locateCodex(opts) {
  if (opts.configured !== void 0) return { path: opts.configured, source: "config" };
  const packaged = packagedBinary(opts.from);
  if (packaged) return { path: packaged, source: "package" };
  for (const dir of upTo(opts.cwd, opts.repoRoot)) {
    const candidate = join3(dir, "node_modules", ".bin", "codex");
    if (executable(candidate)) return { path: candidate, source: "node_modules" };
  }
  for (const dir of (opts.env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    const candidate = join3(dir, "codex");
    if (executable(candidate)) return { path: candidate, source: "PATH" };
  }
  return null;
}
function codexSearchDescription(cwd, repoRoot) {
  const walk = cwd === repoRoot ? `in ${cwd}` : `from ${cwd} up to ${repoRoot}`;
  return `the @openai/codex package beside the engine, node_modules/.bin/codex ${walk}, and PATH`;
}
function probeCodexVersion(path, env, timeoutMs = 15e3) {
  return new Promise((resolve2) => {
    execFile(path, ["--version"], { env, timeout: timeoutMs, encoding: "utf8" }, (err, stdout, stderr) => {
      if (err) {
        const detail = (stderr || "").trim().split("\n")[0] || err.message;
        resolve2({ ok: false, error: detail });
        return;
      }
      resolve2({ ok: true, version: stdout.trim().split("\n")[0] ?? "" });
    });
  });
}

// src/github/open.ts
function actionsRunUrl(env) {
  const { GITHUB_ACTIONS, GITHUB_SERVER_URL, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
  const server = GITHUB_SERVER_URL?.replace(/\/+$/, "");
  if (GITHUB_ACTIONS !== "true" || !server || !repo || !id) return null;
  if (!/^https?:\/\/[^\s/]+$/.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repo) || !/^\d+$/.test(id)) return null;
  return `${server}/${repo}/actions/runs/${id}`;
}
async function openPullRequests(opts) {
  const { config, git } = opts;
  const mode = config.github.pullRequests;
  if (mode === "off") return ok(null);
  const origin = await git.originUrl();
  if (!origin.ok) return origin;
  if (origin.value === null) {
    return fail({ code: "GITHUB", key: "github.pullRequests", message: "pull requests are on but the repository has no remote named origin to push the issue branches to", hint: "Add it: git remote add origin <your GitHub repository's URL>." });
  }
  const baseRef = await git.symbolicName(config.worktrees.base);
  const { GitHubPullRequests } = await import("./pull-requests-IYKCOQUO.js");
  const url = actionsRunUrl(opts.env);
  return GitHubPullRequests.open({
    mode,
    labels: config.github.labels,
    env: opts.env,
    originUrl: origin.value,
    baseRef: baseRef.ok ? baseRef.value : null,
    runLink: (runId) => ({ runId, actionsRunUrl: url, artifact: opts.artifactName?.(runId) ?? null }),
    redact: opts.redact,
    onWait: opts.onWait,
    signal: opts.signal
  });
}

// src/engine/preflight.ts
import { accessSync as accessSync2, constants as constants2, existsSync, statSync as statSync2 } from "node:fs";
import { connect } from "node:net";
import { homedir as homedir2 } from "node:os";
import { dirname as dirname3, join as join4, resolve } from "node:path";
var VERSION_TIMEOUT_MS = 1e4;
var CONNECT_TIMEOUT_MS = 5e3;
var OPENAI_BASE_URL = "https://api.openai.com/v1";
var problem = (message, hint, key) => ({ code: "PREFLIGHT", message, hint, ...key ? { key } : {} });
var SOURCES = {
  config: "runner.codexPath",
  package: "the @openai/codex package beside the engine",
  node_modules: "node_modules/.bin",
  PATH: "PATH"
};
async function checkCodex(opts) {
  const { codex, cfg } = opts;
  if (codex === null) {
    const message = `no codex found (looked at ${opts.search})`;
    return {
      line: { path: null, source: null, version: null, message: opts.needed ? message : `${message}; none is needed: no phase runs` },
      // The key proxy and the runner are both codex: nothing can run without one.
      problem: opts.needed ? { code: "RUNNER_START", message, hint: "Install it with `npm install --save-dev @openai/codex`, or set runner.codexPath." } : null
    };
  }
  const probe = await probeCodexVersion(codex.path, opts.env, VERSION_TIMEOUT_MS);
  const from = SOURCES[codex.source];
  if (probe.ok) return { line: { ...codex, version: probe.version, message: `codex ${codex.path} (${probe.version}, from ${from})` }, problem: null };
  const why = /\bENOENT\b/.test(probe.error) ? "not found" : probe.error;
  return {
    line: { ...codex, version: null, message: `codex ${codex.path} (from ${from}) did not answer --version: ${probe.error}` },
    problem: opts.needed ? problem(
      `codex does not start (${cfg.default}: \`${codex.path} --version\` failed: ${why})`,
      cfg.codexPath ? "Point runner.codexPath at a working codex executable, or remove it to use the bundled one." : "Install @openai/codex with its optional dependencies, or set runner.codexPath.",
      "runner.codexPath"
    ) : null
  };
}
function providerOf(cfg, env) {
  const config = nest(cfg.config);
  if (typeof config.model_provider !== "string") {
    const home = homeModelProvider(env);
    if (home !== null && home.name !== "openai") return { id: home.name, envKey: void 0, baseUrl: null, home: home.file };
  }
  const id = typeof config.model_provider === "string" ? config.model_provider : "openai";
  const defined = isTable(config.model_providers) ? config.model_providers[id] : void 0;
  if (isTable(defined)) {
    return {
      id,
      envKey: typeof defined.env_key === "string" && defined.env_key !== "" ? defined.env_key : null,
      baseUrl: typeof defined.base_url === "string" ? defined.base_url : null
    };
  }
  if (id === "openai") {
    const base = typeof config.openai_base_url === "string" ? config.openai_base_url : env.OPENAI_BASE_URL || OPENAI_BASE_URL;
    return { id, envKey: void 0, baseUrl: base };
  }
  return { id, envKey: void 0, baseUrl: null };
}
function modelEndpoint(cfg, env) {
  return providerOf(cfg, env).baseUrl;
}
function checkCredential(p, env) {
  const set = (name) => (env[name] ?? "") !== "";
  if (p.home !== void 0) return null;
  if (p.envKey) {
    return set(p.envKey) ? null : problem(`the model provider "${p.id}" reads its key from ${p.envKey}, which is not set`, `Export ${p.envKey}, or give it in runner.env (e.g. "${p.envKey}": "\${MY_KEY}").`, `runner.config.model_providers.${p.id}.env_key`);
  }
  if (p.id !== "openai") return null;
  const codexHome = env.CODEX_HOME || join4(env.HOME || homedir2(), ".codex");
  if (set("OPENAI_API_KEY") || set("CODEX_API_KEY") || existsSync(join4(codexHome, "auth.json"))) return null;
  return problem(
    `no OpenAI credential: OPENAI_API_KEY and CODEX_API_KEY are not set and there is no codex login in ${codexHome}`,
    "Export OPENAI_API_KEY (or CODEX_API_KEY), or run `codex login` once."
  );
}
function tcpReachable(host, port) {
  return new Promise((done) => {
    const socket = connect({ host, port });
    const finish = (why) => {
      socket.destroy();
      done(why);
    };
    socket.setTimeout(CONNECT_TIMEOUT_MS, () => finish(`no answer within ${CONNECT_TIMEOUT_MS / 1e3} s`));
    socket.once("connect", () => finish(null));
    socket.once("error", (err) => finish(errorMessage(err)));
  });
}
async function checkEndpoint(p) {
  if (p.baseUrl === null) return null;
  let url;
  try {
    url = new URL(p.baseUrl);
  } catch {
    return problem(`the model provider "${p.id}" has base_url ${JSON.stringify(p.baseUrl)}, which is not a URL`, "Give base_url as http(s)://host[:port]/path.", `runner.config.model_providers.${p.id}.base_url`);
  }
  const port = url.port ? Number(url.port) : url.protocol === "http:" ? 80 : 443;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const why = await tcpReachable(host, port);
  return why === null ? null : problem(`the model endpoint ${url.origin} does not accept a connection (${why})`, "Check the network (or proxy) and the provider's base_url; the run would only wait and fail.");
}
function checkWritable(repoRoot, dir) {
  let existing = resolve(repoRoot, dir);
  while (!existsSync(existing) && dirname3(existing) !== existing) existing = dirname3(existing);
  try {
    if (!statSync2(existing).isDirectory()) throw new Error(`${existing} is not a directory`);
    accessSync2(existing, constants2.W_OK | constants2.X_OK);
    return null;
  } catch (err) {
    return problem(`worktrees.root ${dir} cannot be created or written: ${errorMessage(err)}`, "Point worktrees.root at a writable directory inside the repository.", "worktrees.root");
  }
}
function checkCostCap(config) {
  if (config.budget.maxCostUsdPerRun === void 0 || pricingFor(config.runner.model, config.runner.pricing) !== null) return null;
  const model = config.runner.model === void 0 ? "codex's default model" : `model ${JSON.stringify(config.runner.model)}`;
  return problem(
    `budget.maxCostUsdPerRun: no price is known for ${model}`,
    "Set runner.pricing ({ inputPerMTok, cachedInputPerMTok, outputPerMTok } in USD) or a runner.model the built-in price table knows.",
    "budget.maxCostUsdPerRun"
  );
}
async function preflight(opts) {
  const { config } = opts;
  const problems = [];
  const writable = checkWritable(opts.repoRoot, config.worktrees.root);
  if (writable) problems.push(writable);
  const costCap = checkCostCap(config);
  if (costCap) problems.push(costCap);
  const expanded = expandEnv(config.runner.env, opts.env);
  if (!expanded.ok) problems.push(...expanded.problems);
  const runnerEnv = expanded.ok ? expanded.value : {};
  const codexCheck = checkCodex({ codex: opts.codex, search: opts.codexSearch, cfg: config.runner, env: codexEnvironment(opts.env, runnerEnv), needed: opts.runner });
  if (!opts.runner) return { problems, codex: (await codexCheck).line };
  const env = { ...opts.env, ...runnerEnv };
  const provider = providerOf(config.runner, env);
  const credential = checkCredential(provider, env);
  const [codex, endpoint] = await Promise.all([
    codexCheck,
    // Only with a credential: a run without one never reaches the endpoint anyway.
    credential ? Promise.resolve(null) : checkEndpoint(provider)
  ]);
  return { problems: [...[codex.problem].filter((p) => p !== null), ...problems, ...[credential, endpoint].filter((p) => p !== null)], codex: codex.line };
}

export {
  Redactor,
  secretValuesFrom,
  expandEnv,
  isTable,
  codexExecutable,
  codexEnvironment,
  openModelAccess,
  locateCodex,
  codexSearchDescription,
  openPullRequests,
  providerOf,
  modelEndpoint,
  preflight
};
//# sourceMappingURL=chunk-QIBWRAE5.js.map
