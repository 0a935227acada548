import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLAUDE_BIN, FAKE_ANTHROPIC_KEY, makeClaudeHome, runClaude } from "../support/claude";
import { bundledCodexPath } from "../../src/scripted-model/codex-env";
import { GIT_ENV, PROJECT_ROOT, git, issueDoc } from "../support/fixture-repo";
import { listenOnLoopback } from "../../src/scripted-model/loopback";
import { startMessagesServer, type MessagesReply, type MessagesRequest, type MessagesServer } from "../support/messages-server";
import { answers, addFilePatch } from "../../src/scripted-model/server";
import { latestRunDir, mainState, readJson, setupRun, useCleanups } from "../support/run-setup";

/**
 * The Claude Code plugin (plugin/ + the marketplace at the repo root) with the REAL claude binary, offline:
 * manifests validate strictly, the marketplace installs into a private config dir with a runnable engine, and
 * `/orchestrator:dev-auto-orchestrate M1` in `claude -p` runs the engine through the Bash tool against a
 * scripted Messages API server (claude's model) and the scripted Responses server (codex's model).
 */

const cleanup = useCleanups();
const PLUGIN_DIR = join(PROJECT_ROOT, "plugin");
const VERSION: string = readJson(join(PROJECT_ROOT, "package.json")).version;
const SKILL = "orchestrator:dev-auto-orchestrate";
const ENGINE_REL = "skills/dev-auto-orchestrate/scripts/orchestrate.mjs";

const title = CLAUDE_BIN
  ? "Claude Code plugin (real claude binary, offline)"
  : "Claude Code plugin — SKIPPED: the claude binary is missing (devDependency @anthropic-ai/claude-code-linux-x64 installs only on linux-x64 glibc)";

/** A private HOME + CLAUDE_CONFIG_DIR, removed after the test. */
function claudeHome(opts: Parameters<typeof makeClaudeHome>[0] = {}) {
  const home = makeClaudeHome(opts);
  cleanup(() => home.cleanup());
  return home;
}

/** The last stdout line of a `--json` plugin command, parsed. */
const lastJsonLine = (stdout: string) => JSON.parse(stdout.trim().split("\n").at(-1) ?? "null");

/**
 * What a user gets from cloning the repo: the marketplace and plugin files git would commit (tracked, or new
 * and not ignored), copied to a temp dir. A bundle that .gitignore hid would be missing here, as for a user.
 */
function marketplaceCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "orchestrator-marketplace-"));
  cleanup(() => rmSync(dir, { recursive: true, force: true }));
  const files = git(PROJECT_ROOT, "ls-files", "--cached", "--others", "--exclude-standard", "--", ".claude-plugin", "plugin").split("\n").filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(PROJECT_ROOT, file), join(dir, file));
  }
  return dir;
}

/**
 * `source` committed into a bare repository served over git's smart HTTP protocol (`git http-backend` as a
 * CGI) on 127.0.0.1: how a user's `claude plugin marketplace add <git url>` sees a hosted repository.
 */
async function serveGitRepo(source: string): Promise<string> {
  git(source, "init", "-q", "-b", "main");
  git(source, "add", "-A");
  git(source, "commit", "-q", "-m", "marketplace");
  const root = mkdtempSync(join(tmpdir(), "orchestrator-git-http-"));
  cleanup(() => rmSync(root, { recursive: true, force: true }));
  git(root, "clone", "-q", "--bare", source, "orchestrator.git");
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const child = spawn("git", ["http-backend"], {
      env: {
        PATH: process.env.PATH,
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: "1",
        REQUEST_METHOD: req.method ?? "GET",
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: req.headers["content-type"] ?? "",
        HTTP_CONTENT_ENCODING: req.headers["content-encoding"] ?? "",
        GIT_PROTOCOL: String(req.headers["git-protocol"] ?? ""),
        REMOTE_ADDR: "127.0.0.1",
      },
      stdio: ["pipe", "pipe", "ignore"],
    });
    child.on("error", () => res.destroy());
    child.stdin.on("error", () => {});
    req.pipe(child.stdin);
    // CGI output: headers (with an optional Status:), a blank line, the body.
    let head: Buffer | null = Buffer.alloc(0);
    child.stdout.on("data", (chunk: Buffer) => {
      if (head === null) return void res.write(chunk);
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf("\r\n\r\n");
      if (end < 0) return;
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of head.subarray(0, end).toString("latin1").split("\r\n")) {
        const colon = line.indexOf(":");
        const [name, value] = [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
        if (name.toLowerCase() === "status") status = Number.parseInt(value, 10);
        else headers[name] = value;
      }
      res.writeHead(status, headers);
      res.write(head.subarray(end + 4));
      head = null;
    });
    child.stdout.on("end", () => res.end());
  });
  const { port, close } = await listenOnLoopback(server);
  cleanup(close);
  return `http://127.0.0.1:${port}/orchestrator.git`;
}

/** Requests other than the Messages API (the proxy trap records CONNECTs to any other host): none expected. */
const strayTraffic = (server: MessagesServer) =>
  server.http.filter((h) => !(h.method === "POST" && h.url.startsWith("/v1/messages"))).map((h) => `${h.method} ${h.url}`);

/** The engine command the skill tells the model to run: its `node ".../orchestrate.mjs"` with the args. */
function engineCommand(req: MessagesRequest): { engine: string; args: string[] } | null {
  const prompt = req.userTexts.join("\n");
  const engine = /node "([^"\n]*\/scripts\/orchestrate\.mjs)"/.exec(prompt)?.[1];
  const args = /<command-args>([^<]*)<\/command-args>/.exec(prompt)?.[1]?.trim().split(/\s+/).filter(Boolean) ?? [];
  return engine ? { engine, args } : null;
}

describe.skipIf(!CLAUDE_BIN)(title, () => {
  it("plugin validate --strict passes on plugin/ and on the repo root marketplace", async () => {
    const server = await startMessagesServer(() => ({ kind: "http-error", status: 500 }));
    cleanup(() => server.close());
    const { env } = claudeHome({ baseUrl: server.url });
    const plugin = await runClaude(["plugin", "validate", PLUGIN_DIR, "--strict", "--json"], { cwd: PROJECT_ROOT, env });
    expect(plugin.stderr).toBe("");
    const report = JSON.parse(plugin.stdout);
    expect(report).toMatchObject({ success: true, strict: true, target: join(PLUGIN_DIR, ".claude-plugin/plugin.json") });
    expect(report.manifest).toMatchObject({ type: "plugin", errors: [], warnings: [] });
    expect(report.provides.skills).toEqual(expect.arrayContaining([SKILL, "orchestrator:autonomous-development"]));
    expect(plugin.code).toBe(0);

    const market = await runClaude(["plugin", "validate", PROJECT_ROOT, "--strict", "--json"], { cwd: PROJECT_ROOT, env });
    const marketReport = JSON.parse(market.stdout);
    expect(marketReport).toMatchObject({ success: true, strict: true, target: join(PROJECT_ROOT, ".claude-plugin/marketplace.json") });
    expect(marketReport.manifest).toMatchObject({ type: "marketplace", errors: [], warnings: [] });
    expect(market.code).toBe(0);
    expect(server.http).toEqual([]);
    const manifest = readJson(join(PROJECT_ROOT, ".claude-plugin/marketplace.json"));
    expect(manifest).toMatchObject({ name: "orchestrator", plugins: [expect.objectContaining({ name: "orchestrator", source: "./plugin" })] });
  });

  // git: a hosted repository (cloned into the config dir, the plugin copied into its cache, loaded from there).
  // directory: a local checkout (claude loads the plugin from that folder, `readFromFolder`, not the cache).
  it.each(["git", "directory"] as const)("installs from a %s marketplace into a private config dir with a runnable engine, and claude -p loads it", async (kind) => {
    const source = marketplaceCopy();
    const server = await startMessagesServer(() => ({ kind: "text", text: "ok" }));
    cleanup(() => server.close());
    const { env, configDir, home } = claudeHome({ baseUrl: server.url });
    const cwd = mkdtempSync(join(tmpdir(), "orchestrator-claude-cwd-"));
    cleanup(() => rmSync(cwd, { recursive: true, force: true }));
    const location = kind === "git" ? await serveGitRepo(source) : source;

    const added = await runClaude(["plugin", "marketplace", "add", location, "--json"], { cwd, env });
    expect(lastJsonLine(added.stdout)).toMatchObject({ command: "marketplace-add", outcome: "ok", marketplace: "orchestrator" });
    expect(added.code).toBe(0);
    const installed = await runClaude(["plugin", "install", "orchestrator@orchestrator", "--json"], { cwd, env });
    expect(lastJsonLine(installed.stdout)).toMatchObject({ command: "install", outcome: "ok", pluginId: "orchestrator@orchestrator", scope: "user" });
    expect(installed.code).toBe(0);

    const list = await runClaude(["plugin", "list", "--json"], { cwd, env });
    const entry = JSON.parse(list.stdout).find((p: { id: string }) => p.id === "orchestrator@orchestrator");
    expect(entry).toMatchObject({ enabled: true, version: VERSION, scope: "user" });
    // Copied under the private config dir as <marketplace>/<plugin>/<version>.
    const installPath: string = entry.installPath;
    expect(installPath).toBe(join(configDir, "plugins/cache/orchestrator/orchestrator", VERSION));
    expect(readFileSync(join(installPath, "skills/dev-auto-orchestrate/SKILL.md"), "utf8")).toBe(readFileSync(join(PLUGIN_DIR, "skills/dev-auto-orchestrate/SKILL.md"), "utf8"));
    expect(existsSync(join(installPath, "skills/autonomous-development/SKILL.md"))).toBe(true);

    // The installed engine runs on its own (no node_modules beside it) from an unrelated cwd.
    const version = spawnSync(process.execPath, [join(installPath, ENGINE_REL), "--version"], { cwd, encoding: "utf8", env: { PATH: process.env.PATH, HOME: home } });
    expect(version.stderr).toBe("");
    expect(version.stdout.trim()).toBe(VERSION);
    expect(version.status).toBe(0);

    // Without --plugin-dir, claude -p finds the installed skill and expands it with its real path.
    const pluginRoot = kind === "git" ? installPath : join(source, "plugin");
    expect(entry.readFromFolder).toBe(kind === "git" ? undefined : pluginRoot);
    const run = await runClaude(["-p", `/${SKILL} M1`], { cwd, env });
    expect(run.stdout.trim()).toBe("ok");
    expect(run.code).toBe(0);
    expect(server.requests).toHaveLength(1);
    const prompt = server.requests[0]!.userTexts.join("\n");
    expect(prompt).toContain(`<command-name>/${SKILL}</command-name>`);
    expect(prompt).toContain(`node "${join(pluginRoot, ENGINE_REL)}"`);
    expect(strayTraffic(server)).toEqual([]);
  });

  it("after `orchestrator plugin sync --target claude --scope project`, the bare /dev-auto-orchestrate answers in that repository", async () => {
    const { repo } = await setupRun(cleanup, { "docs/issues/S-1.md": issueDoc({ id: "S-1", milestone: "M1" }) }, {});
    const sync = spawnSync(process.execPath, [join(PROJECT_ROOT, "dist/cli.js"), "plugin", "sync", "--target", "claude", "--scope", "project"], { cwd: repo.dir, encoding: "utf8" });
    expect(sync.status, sync.stderr).toBe(0);
    const server = await startMessagesServer(() => ({ kind: "text", text: "ok" }));
    cleanup(() => server.close());
    const { env } = claudeHome({ baseUrl: server.url });
    const run = await runClaude(["-p", "/dev-auto-orchestrate M1"], { cwd: repo.dir, env });
    expect(run.code).toBe(0);
    expect(server.requests).toHaveLength(1);
    const prompt = server.requests[0]!.userTexts.join("\n");
    expect(prompt).toContain("<command-name>/dev-auto-orchestrate</command-name>");
    expect(engineCommand(server.requests[0]!)).toEqual({ engine: join(repo.dir, ".claude/skills", "dev-auto-orchestrate/scripts/orchestrate.mjs"), args: ["M1"] });
    expect(strayTraffic(server)).toEqual([]);
  });

  it("claude -p refuses a command the skill's allowed-tools do not grant (no permission bypass is in play)", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "orchestrator-claude-cwd-"));
    cleanup(() => rmSync(cwd, { recursive: true, force: true }));
    const server = await startMessagesServer((req) =>
      req.toolResults.length > 0 ? { kind: "text", text: "refused" } : { kind: "tool_use", name: "Bash", input: { command: "touch not-granted.txt", description: "not granted" } },
    );
    cleanup(() => server.close());
    const { env } = claudeHome({ baseUrl: server.url });
    const result = await runClaude(["-p", "--plugin-dir", PLUGIN_DIR, `/${SKILL} M1`], { cwd, env });
    expect(result.code).toBe(0);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.toolResults).toEqual([expect.objectContaining({ isError: true, text: expect.stringMatching(/(needs|requires) approval/) })]);
    expect(existsSync(join(cwd, "not-granted.txt"))).toBe(false);
    expect(strayTraffic(server)).toEqual([]);
  });

  it("e2e: claude -p /orchestrator:dev-auto-orchestrate M1 runs the engine through the Bash tool and relays the summary", async () => {
    const { repo, home: codexHome } = await setupRun(
      cleanup,
      { "docs/issues/P-1.md": issueDoc({ id: "P-1", milestone: "M1" }, "# Issue P-1\n\nAdd p1.txt.") },
      { "P-1": { dev: { actions: [addFilePatch("p1.txt", ["one"])], answer: answers.dev("added p1") }, review: [{ answer: answers.pass() }] } },
    );
    const before = mainState(repo.dir);

    const script = (req: MessagesRequest): MessagesReply => {
      if (req.toolResults.length > 0) {
        const output = req.toolResults.map((r) => r.text).join("\n");
        const summary = /^orchestrator-summary: .*$/m.exec(output)?.[0];
        return { kind: "text", text: summary ? `The run finished.\n${summary}` : `The engine did not report a summary:\n${output}` };
      }
      const command = engineCommand(req);
      if (!command) return { kind: "text", text: "no engine command in the prompt" };
      return {
        kind: "tool_use",
        name: "Bash",
        input: { command: `node "${command.engine}" ${command.args.map((a) => `"${a}"`).join(" ")}`, description: "Run the orchestrator engine", timeout: 120_000 },
      };
    };
    const server = await startMessagesServer(script);
    cleanup(() => server.close());
    const { env } = claudeHome({
      baseUrl: server.url,
      extraEnv: {
        ...GIT_ENV,
        // The engine's codex: its private home, and the bundled binary on PATH (what the plugin looks for).
        CODEX_HOME: codexHome.env.CODEX_HOME!,
        PATH: `${dirname(bundledCodexPath())}:${process.env.PATH ?? ""}`,
      },
    });

    const result = await runClaude(["-p", "--plugin-dir", PLUGIN_DIR, "--output-format", "json", `/${SKILL} M1`], { cwd: repo.dir, env, timeoutMs: 55_000 });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const final = JSON.parse(result.stdout);
    expect(final).toMatchObject({ type: "result", subtype: "success", is_error: false });
    const summaryText = /^orchestrator-summary: (.*)$/m.exec(final.result)?.[1];
    expect(summaryText, final.result).toBeDefined();
    expect(JSON.parse(summaryText!)).toMatchObject({
      exitCode: 0,
      status: "passed",
      milestone: "M1",
      issues: [{ id: "P-1", status: "passed", reviews: 1, fixes: 0, branch: "orchestrator/P-1", reason: null }],
    });

    // 1st request: the expanded skill with both placeholders substituted; 2nd: the Bash tool's result.
    expect(server.requests).toHaveLength(2);
    const [first, second] = server.requests as [MessagesRequest, MessagesRequest];
    const prompt = first.userTexts.join("\n");
    expect(prompt).toContain(`<command-name>/${SKILL}</command-name>`);
    expect(prompt).toContain("<command-args>M1</command-args>");
    expect(prompt).not.toContain("${CLAUDE_SKILL_DIR}");
    expect(prompt).not.toContain("$ARGUMENTS");
    expect(engineCommand(first)).toEqual({ engine: join(PLUGIN_DIR, ENGINE_REL), args: ["M1"] });
    expect(first.tools).toContain("Bash");
    // The skill's allowed-tools granted the command: no prompt, no --allowedTools, no permission bypass.
    expect(second.toolResults).toHaveLength(1);
    expect(second.toolResults[0]!.isError).toBe(false);
    expect(second.toolResults[0]!.text).toContain("orchestrator-summary:");
    expect(second.toolResults[0]!.text).toContain("P-1");
    // Only the Messages API on loopback, with the fake key.
    expect(strayTraffic(server)).toEqual([]);
    expect(server.http[0]!.headers["x-api-key"]).toBe(FAKE_ANTHROPIC_KEY);

    // The engine's run completed in the fixture repo: run.json, the branch with the agent's work.
    const run = readJson(join(latestRunDir(join(repo.dir, ".orchestrator/logs")), "run.json"));
    expect(run).toMatchObject({ milestone: "M1", status: "passed", interrupted: false });
    expect(run.issues).toEqual([expect.objectContaining({ id: "P-1", status: "passed", branch: "orchestrator/P-1" })]);
    expect(git(repo.dir, "branch", "--list", "orchestrator/P-1")).toContain("orchestrator/P-1");
    expect(git(repo.dir, "show", "orchestrator/P-1:p1.txt")).toBe("one");
    expect(mainState(repo.dir)).toEqual(before);
  });
});
