#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import "./chunks/chunk-HKHRZ4CP.js";

// demo/run.ts
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync as mkdirSync2, mkdtempSync as mkdtempSync2, realpathSync, rmSync as rmSync2, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join2, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// src/scripted-model/codex-env.ts
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
var OFFLINE_MODEL = "gpt-5.5";
var OFFLINE_KEY_VAR = "SCRIPTED_MODEL_API_KEY";
var OFFLINE_KEY = "sk-scripted-0123456789abcdefghij";
function offlineCodexConfig(serverUrl) {
  return {
    model_provider: "scripted",
    model_providers: {
      scripted: {
        name: "scripted",
        base_url: serverUrl,
        wire_api: "responses",
        env_key: OFFLINE_KEY_VAR,
        supports_websockets: false,
        request_max_retries: 0,
        stream_max_retries: 0
      }
    },
    features: { plugins: false, shell_snapshot: false },
    analytics: { enabled: false },
    otel: { metrics_exporter: "none" },
    web_search: "disabled"
  };
}
function makeCodexHome() {
  const base = process.env.ORCHESTRATOR_TEST_HOME_ROOT ?? "/var/tmp";
  mkdirSync(base, { recursive: true });
  const home = mkdtempSync(join(base, "orchestrator-codex-home-"));
  const codexHome = join(home, ".codex");
  mkdirSync(codexHome);
  const tmp = join(home, "tmp");
  mkdirSync(tmp);
  return { env: { HOME: home, CODEX_HOME: codexHome, TMPDIR: tmp }, cleanup: () => rmSync(home, { recursive: true, force: true }) };
}
function offlineRunnerConfig(serverUrl) {
  return {
    model: OFFLINE_MODEL,
    config: offlineCodexConfig(serverUrl),
    env: { [OFFLINE_KEY_VAR]: OFFLINE_KEY }
  };
}

// src/scripted-model/server.ts
import { createServer } from "node:http";

// src/scripted-model/loopback.ts
async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
async function listenOnLoopback(server) {
  const sockets = /* @__PURE__ */ new Set();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise((resolve2) => server.listen(0, "127.0.0.1", resolve2));
  const { port } = server.address();
  return {
    port,
    close: () => new Promise((resolve2) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve2());
    })
  };
}

// src/scripted-model/server.ts
function textOf(content) {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content.map((c) => c && typeof c === "object" && typeof c.text === "string" ? c.text : "").join("");
}
function promptOf(input) {
  const users = input.filter((i) => i.role === "user").map((i) => textOf(i.content));
  const own = users.filter((t) => !t.trimStart().startsWith("<") && t.trim() !== "");
  return own.at(-1) ?? users.at(-1) ?? "";
}
function describeRequest(body, index) {
  const input = Array.isArray(body.input) ? body.input : [];
  const format = body.text?.format;
  const schema = format?.schema ?? null;
  const phaseEnum = schema?.properties?.phase?.enum;
  const phase = typeof phaseEnum?.[0] === "string" ? phaseEnum[0] : null;
  const prompt = promptOf(input);
  const lastUser = input.map((i) => i.role === "user").lastIndexOf(true);
  const toolOutputs = input.slice(lastUser + 1).filter((i) => i.type === "function_call_output" || i.type === "custom_tool_call_output").map((i) => typeof i.output === "string" ? i.output : JSON.stringify(i.output));
  const issue = /\bissue ([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(prompt)?.[1] ?? null;
  return { index, body, phase, schema, prompt, issue, step: toolOutputs.length, toolOutputs };
}
var counter = 0;
var nextId = (prefix) => `${prefix}_${++counter}`;
function itemsFor(reply) {
  switch (reply.kind) {
    case "final":
      return [{ type: "message", role: "assistant", id: nextId("msg"), content: [{ type: "output_text", text: JSON.stringify(reply.json), annotations: [] }] }];
    case "text":
      return [{ type: "message", role: "assistant", id: nextId("msg"), content: [{ type: "output_text", text: reply.text, annotations: [] }] }];
    case "command":
      return [{ type: "function_call", id: nextId("fc"), call_id: nextId("call"), name: "exec_command", arguments: JSON.stringify({ cmd: reply.cmd }) }];
    case "patch":
      return [{ type: "custom_tool_call", id: nextId("ctc"), call_id: nextId("call"), name: "apply_patch", input: reply.patch }];
    case "reasoning":
      return [{ type: "reasoning", id: nextId("rs"), summary: [{ type: "summary_text", text: reply.text }] }];
    default:
      return [];
  }
}
function sse(res, event, data) {
  res.write(`event: ${event}
data: ${JSON.stringify(data)}

`);
}
async function startModelServer(script2) {
  const requests = [];
  const server = createServer(async (req, res) => {
    if (req.method !== "POST" || !req.url?.endsWith("/responses")) {
      res.writeHead(426, { "content-type": "text/plain" }).end("Upgrade Required");
      return;
    }
    let body;
    try {
      body = JSON.parse(await readBody(req));
    } catch {
      res.writeHead(400).end("bad json");
      return;
    }
    const turn = describeRequest(body, requests.length);
    requests.push({ ...turn, at: Date.now(), authorization: req.headers.authorization ?? null });
    let replies;
    try {
      const r = script2(turn);
      replies = Array.isArray(r) ? r : [r];
    } catch (err) {
      res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: `script error: ${err.message}` } }));
      return;
    }
    const control = replies.find((r) => r.kind === "http-error" || r.kind === "hang" || r.kind === "cut");
    if (control?.kind === "http-error") {
      res.writeHead(control.status, { "content-type": "application/json" }).end(control.body ?? JSON.stringify({ error: { message: "scripted failure", type: "server_error" } }));
      return;
    }
    if (control?.kind === "hang") return;
    const delay = replies.find((r) => r.kind === "delay");
    if (delay?.kind === "delay") await new Promise((r) => setTimeout(r, delay.ms));
    if (res.destroyed) return;
    const id = nextId("resp");
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    sse(res, "response.created", { type: "response.created", response: { id } });
    if (control?.kind === "cut") {
      res.end();
      return;
    }
    const items = replies.flatMap(itemsFor);
    items.forEach((item, index) => sse(res, "response.output_item.done", { type: "response.output_item.done", output_index: index, item }));
    const scripted = replies.find((r) => r.kind === "usage");
    const usage = scripted ? {
      input_tokens: scripted.input,
      input_tokens_details: { cached_tokens: scripted.cached ?? 0 },
      output_tokens: scripted.output,
      output_tokens_details: { reasoning_tokens: scripted.reasoning ?? 0 },
      total_tokens: scripted.input + scripted.output
    } : { input_tokens: 100, input_tokens_details: null, output_tokens: 20, output_tokens_details: null, total_tokens: 120 };
    sse(res, "response.completed", { type: "response.completed", response: { id, usage } });
    res.end();
  });
  const { port, close } = await listenOnLoopback(server);
  return {
    url: `http://127.0.0.1:${port}/v1`,
    port,
    requests,
    close
  };
}
var isReply = (v) => typeof v === "object" && v !== null && "kind" in v && typeof v.kind === "string";
var answers = {
  dev: (summary = "implemented the issue", changes = []) => ({
    phase: "dev",
    status: "done",
    summary,
    changes,
    tests: [{ command: "node --test", outcome: "pass" }],
    notes: []
  }),
  blocked: (summary) => ({ phase: "dev", status: "blocked", summary, changes: [], tests: [], notes: [] }),
  pass: (summary = "looks good") => ({ phase: "review", status: "pass", summary, findings: [] }),
  fail: (message = "the change misses an edge case", id = "F1") => ({
    phase: "review",
    status: "fail",
    summary: "changes needed",
    findings: [{ id, severity: "major", path: "src/index.js", line: 1, message, suggestion: "handle it" }]
  }),
  fix: (addressed = ["F1"], summary = "addressed the findings") => ({
    phase: "fix",
    status: "done",
    summary,
    addressed,
    changes: [],
    tests: [{ command: "node --test", outcome: "pass" }]
  })
};
function scenarioScript(scenarios) {
  const attempts = /* @__PURE__ */ new Map();
  return (req) => {
    const scenario = req.issue ? scenarios[req.issue] : void 0;
    if (!scenario || !req.phase) return { kind: "http-error", status: 500, body: JSON.stringify({ error: { message: `no scenario for issue ${req.issue} phase ${req.phase}` } }) };
    const key = `${req.issue}/${req.phase}`;
    if (req.step === 0) attempts.set(key, (attempts.get(key) ?? 0) + 1);
    const attempt = attempts.get(key) ?? 1;
    const steps = req.phase === "dev" ? scenario.dev ? [scenario.dev] : [] : scenario[req.phase] ?? [];
    const step = steps[Math.min(attempt, steps.length) - 1];
    if (!step) return { kind: "http-error", status: 500, body: JSON.stringify({ error: { message: `no ${req.phase} step for ${req.issue}` } }) };
    const actions = step.actions ?? [];
    if (req.step < actions.length) return actions[req.step];
    if (Array.isArray(step.answer)) return step.answer;
    return isReply(step.answer) ? step.answer : { kind: "final", json: step.answer };
  };
}

// demo/run.ts
var packageRoot = fileURLToPath(new URL("..", import.meta.url));
var cli = join2(packageRoot, "dist/cli.js");
var keep = !process.argv.includes("--cleanup");
var updateGreeter = {
  kind: "patch",
  patch: [
    "*** Begin Patch",
    "*** Update File: src/greet.mjs",
    "@@",
    " export function greet(name) {",
    "   return `Hello, ${name}`;",
    " }",
    "+",
    "+export function farewell(name) {",
    "+  return `Goodbye, ${name}`;",
    "+}",
    "*** End Patch"
  ].join("\n")
};
var addTest = {
  kind: "patch",
  patch: [
    "*** Begin Patch",
    "*** Add File: test/greet.test.mjs",
    '+import assert from "node:assert/strict";',
    '+import { test } from "node:test";',
    '+import { farewell } from "../src/greet.mjs";',
    "+",
    '+test("farewell says goodbye", () => assert.equal(farewell("Ada"), "Goodbye, Ada"));',
    "*** End Patch"
  ].join("\n")
};
var addApiDoc = {
  kind: "patch",
  patch: [
    "*** Begin Patch",
    "*** Add File: docs/API.md",
    "+# API",
    "+",
    '+- `greet(name)` \u2192 `Hello, <name>`: `greet("Ada")` is `Hello, Ada`.',
    '+- `farewell(name)` \u2192 `Goodbye, <name>`: `farewell("Ada")` is `Goodbye, Ada`.',
    "*** End Patch"
  ].join("\n")
};
var script = scenarioScript({
  "GREET-1": {
    dev: {
      actions: [[{ kind: "reasoning", text: "Add farewell next to greet." }, updateGreeter], { kind: "command", cmd: `node -e "import('./src/greet.mjs').then((m) => console.log(m.farewell('demo')))"` }],
      answer: answers.dev("added farewell(name) to src/greet.mjs", [{ path: "src/greet.mjs", description: "new farewell function" }])
    },
    review: [
      {
        actions: [{ kind: "command", cmd: "git log --oneline -3 && git diff HEAD~1 --stat" }],
        answer: {
          phase: "review",
          status: "fail",
          summary: "farewell works but has no test",
          findings: [{ id: "F1", severity: "major", path: "src/greet.mjs", line: 5, message: "farewell has no test", suggestion: "add test/greet.test.mjs using node:test" }]
        }
      },
      { actions: [{ kind: "command", cmd: "node --test test/" }], answer: answers.pass("farewell is implemented and tested") }
    ],
    fix: [{ actions: [addTest, { kind: "command", cmd: "node --test test/" }], answer: answers.fix(["F1"], "added a node:test test for farewell") }]
  },
  "GREET-2": {
    dev: {
      actions: [addApiDoc, { kind: "command", cmd: "cat docs/API.md" }],
      answer: answers.dev("documented greet and farewell in docs/API.md", [{ path: "docs/API.md", description: "API reference" }])
    },
    review: [{ answer: answers.pass("the API doc matches the code") }]
  }
});
function git(cwd, ...args) {
  return spawnSync("git", args, { cwd, encoding: "utf8" }).stdout.trimEnd();
}
var identity = { GIT_AUTHOR_NAME: "Demo", GIT_AUTHOR_EMAIL: "demo@example.invalid", GIT_COMMITTER_NAME: "Demo", GIT_COMMITTER_EMAIL: "demo@example.invalid" };
function prepareRepo(repo, serverUrl) {
  cpSync(join2(packageRoot, "demo/example-repo"), repo, { recursive: true });
  const config = { issues: { paths: ["docs/issues/*.md"] }, review: { maxCycles: 2 }, runner: offlineRunnerConfig(serverUrl) };
  writeFileSync(join2(repo, "orchestrator.config.json"), `${JSON.stringify(config, null, 2)}
`);
  for (const args of [["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "greeter: initial import"]]) {
    spawnSync("git", args, { cwd: repo, env: { ...process.env, ...identity }, stdio: "inherit" });
  }
}
async function serve(dir) {
  mkdirSync2(dir, { recursive: true });
  const server = await startModelServer(script);
  const home = makeCodexHome();
  prepareRepo(dir, server.url);
  writeFileSync(`${dir}.env`, Object.entries({ ...home.env, ...identity }).map(([k, v]) => `${k}=${v}
`).join(""));
  writeFileSync(`${dir}.ready`, `${server.url}
`);
  console.log(`serving the scripted model at ${server.url} for ${dir}`);
  await new Promise((resolve2) => {
    for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => resolve2());
  });
  await server.close();
  home.cleanup();
  return 0;
}
async function main() {
  const serveAt = process.argv.indexOf("--serve");
  if (serveAt >= 0) return serve(resolve(process.argv[serveAt + 1] ?? "orchestrator-demo"));
  const repo = realpathSync(mkdtempSync2(join2(tmpdir(), "orchestrator-demo-")));
  const server = await startModelServer(script);
  const home = makeCodexHome();
  try {
    prepareRepo(repo, server.url);
    console.log(`demo repository: ${repo}
scripted model server: ${server.url}

$ orchestrator run --milestone M1
`);
    const code = await new Promise((resolve2) => {
      const child = spawn(process.execPath, [cli, "run", "--milestone", "M1"], { cwd: repo, env: { ...process.env, ...identity, ...home.env }, stdio: "inherit" });
      child.on("close", (c) => resolve2(c ?? 1));
    });
    console.log(`
branches left by the run:
${git(repo, "branch", "--list", "orchestrator/*", "--format=  %(refname:short)  %(subject)")}`);
    console.log(`
commits on orchestrator/GREET-2 (stacked on GREET-1):
${git(repo, "log", "--format=  %h %s", "main..orchestrator/GREET-2")}`);
    console.log(`
main worktree status (untouched): ${git(repo, "status", "--porcelain") || "clean"}`);
    console.log(keep ? `
explore it: cd ${repo} && git log --all --graph --oneline; logs in .orchestrator/logs/` : "");
    return code;
  } finally {
    await server.close();
    home.cleanup();
    if (!keep) rmSync2(repo, { recursive: true, force: true });
  }
}
main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  }
);
//# sourceMappingURL=demo.js.map
