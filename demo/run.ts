/**
 * `npm run demo`: the whole loop, offline. Copies the example repo into a scratch git repository, starts
 * the scripted model server on 127.0.0.1, and runs the built CLI there exactly as a user would, with the
 * real codex binary. GREET-1 goes dev → review (fail) → fix → review (pass); GREET-2 is stacked on it.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { makeCodexHome, offlineRunnerConfig } from "../src/scripted-model/codex-env";
import { answers, scenarioScript, startModelServer, type Reply } from "../src/scripted-model/server";

const packageRoot = fileURLToPath(new URL("..", import.meta.url));
const cli = join(packageRoot, "dist/cli.js");
const keep = !process.argv.includes("--cleanup");

const updateGreeter: Reply = {
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
    "*** End Patch",
  ].join("\n"),
};

const addTest: Reply = {
  kind: "patch",
  patch: [
    "*** Begin Patch",
    "*** Add File: test/greet.test.mjs",
    '+import assert from "node:assert/strict";',
    '+import { test } from "node:test";',
    '+import { farewell } from "../src/greet.mjs";',
    "+",
    '+test("farewell says goodbye", () => assert.equal(farewell("Ada"), "Goodbye, Ada"));',
    "*** End Patch",
  ].join("\n"),
};

const addApiDoc: Reply = {
  kind: "patch",
  patch: [
    "*** Begin Patch",
    "*** Add File: docs/API.md",
    "+# API",
    "+",
    '+- `greet(name)` → `Hello, <name>`: `greet("Ada")` is `Hello, Ada`.',
    '+- `farewell(name)` → `Goodbye, <name>`: `farewell("Ada")` is `Goodbye, Ada`.',
    "*** End Patch",
  ].join("\n"),
};

const script = scenarioScript({
  "GREET-1": {
    dev: {
      actions: [[{ kind: "reasoning", text: "Add farewell next to greet." }, updateGreeter], { kind: "command", cmd: "node -e \"import('./src/greet.mjs').then((m) => console.log(m.farewell('demo')))\"" }],
      answer: answers.dev("added farewell(name) to src/greet.mjs", [{ path: "src/greet.mjs", description: "new farewell function" }]),
    },
    review: [
      {
        actions: [{ kind: "command", cmd: "git log --oneline -3 && git diff HEAD~1 --stat" }],
        answer: {
          phase: "review",
          status: "fail",
          summary: "farewell works but has no test",
          findings: [{ id: "F1", severity: "major", path: "src/greet.mjs", line: 5, message: "farewell has no test", suggestion: "add test/greet.test.mjs using node:test" }],
        },
      },
      { actions: [{ kind: "command", cmd: "node --test test/" }], answer: answers.pass("farewell is implemented and tested") },
    ],
    fix: [{ actions: [addTest, { kind: "command", cmd: "node --test test/" }], answer: answers.fix(["F1"], "added a node:test test for farewell") }],
  },
  "GREET-2": {
    dev: {
      actions: [addApiDoc, { kind: "command", cmd: "cat docs/API.md" }],
      answer: answers.dev("documented greet and farewell in docs/API.md", [{ path: "docs/API.md", description: "API reference" }]),
    },
    review: [{ answer: answers.pass("the API doc matches the code") }],
  },
});

function git(cwd: string, ...args: string[]): string {
  return spawnSync("git", args, { cwd, encoding: "utf8" }).stdout.trimEnd();
}

const identity = { GIT_AUTHOR_NAME: "Demo", GIT_AUTHOR_EMAIL: "demo@example.invalid", GIT_COMMITTER_NAME: "Demo", GIT_COMMITTER_EMAIL: "demo@example.invalid" };

/** The example repository in `repo`, configured for the scripted server at `serverUrl`, committed. */
function prepareRepo(repo: string, serverUrl: string): void {
  cpSync(join(packageRoot, "demo/example-repo"), repo, { recursive: true });
  const config = { issues: { paths: ["docs/issues/*.md"] }, review: { maxCycles: 2 }, runner: offlineRunnerConfig(serverUrl) };
  writeFileSync(join(repo, "orchestrator.config.json"), `${JSON.stringify(config, null, 2)}\n`);
  for (const args of [["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "greeter: initial import"]]) {
    spawnSync("git", args, { cwd: repo, env: { ...process.env, ...identity }, stdio: "inherit" });
  }
}

/**
 * `--serve DIR`: prepares the demo repository in DIR and serves the scripted model until SIGTERM, for a
 * door that runs the engine itself (the Action's self-test). Writes DIR.env (the codex home and git
 * identity, as NAME=value lines) and then DIR.ready.
 */
async function serve(dir: string): Promise<number> {
  mkdirSync(dir, { recursive: true });
  const server = await startModelServer(script);
  const home = makeCodexHome();
  prepareRepo(dir, server.url);
  writeFileSync(`${dir}.env`, Object.entries({ ...home.env, ...identity }).map(([k, v]) => `${k}=${v}\n`).join(""));
  writeFileSync(`${dir}.ready`, `${server.url}\n`);
  console.log(`serving the scripted model at ${server.url} for ${dir}`);
  await new Promise<void>((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => resolve());
  });
  await server.close();
  home.cleanup();
  return 0;
}

async function main(): Promise<number> {
  const serveAt = process.argv.indexOf("--serve");
  if (serveAt >= 0) return serve(resolve(process.argv[serveAt + 1] ?? "orchestrator-demo"));
  const repo = realpathSync(mkdtempSync(join(tmpdir(), "orchestrator-demo-")));
  const server = await startModelServer(script);
  const home = makeCodexHome();
  try {
    prepareRepo(repo, server.url);
    console.log(`demo repository: ${repo}\nscripted model server: ${server.url}\n\n$ orchestrator run --milestone M1\n`);
    const code = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, [cli, "run", "--milestone", "M1"], { cwd: repo, env: { ...process.env, ...identity, ...home.env }, stdio: "inherit" });
      child.on("close", (c) => resolve(c ?? 1));
    });
    console.log(`\nbranches left by the run:\n${git(repo, "branch", "--list", "orchestrator/*", "--format=  %(refname:short)  %(subject)")}`);
    console.log(`\ncommits on orchestrator/GREET-2 (stacked on GREET-1):\n${git(repo, "log", "--format=  %h %s", "main..orchestrator/GREET-2")}`);
    console.log(`\nmain worktree status (untouched): ${git(repo, "status", "--porcelain") || "clean"}`);
    console.log(keep ? `\nexplore it: cd ${repo} && git log --all --graph --oneline; logs in .orchestrator/logs/` : "");
    return code;
  } finally {
    await server.close();
    home.cleanup();
    if (!keep) rmSync(repo, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
