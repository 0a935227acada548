import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledCodexPath, OFFLINE_KEY, OFFLINE_KEY_VAR, offlineCodexConfig } from "../../src/scripted-model/codex-env";
import { git, issueDoc, runCli, startCli } from "../support/fixture-repo";
import { addFilePatch, answers, type Reply } from "../../src/scripted-model/server";
import { runAction } from "../support/action-run";
import { latestRunDir, mainState, readJson, setupRun, useCleanups } from "../support/run-setup";

/**
 * Attacks on the trust boundary (issue #14 items 3, 4 and 6), each through the built doors (dist/cli.js,
 * dist/action.js) with the real codex binary and a scripted model that makes the agent try the attack.
 */

const cleanup = useCleanups();
const LOGS = ".orchestrator/logs";

/** A runner.env secret of 5 characters: SPEC §3 makes every value of 4 or more a secret. */
const SHORT_SECRET = "q7Zx9";
const RUNNER_SECRET = "runner-env-secret-value-42";
const ENGINE_TOKEN = "engine-service-token-777";

/** Every file under `dir`, concatenated (a run's logs). */
function allText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name), "latin1"))
    .join("\n");
}

/** What the branch's commits added since `base`, file by file (the fixture's own config holds the key). */
function branchContent(repo: string, base: string, branch: string): string {
  const files = git(repo, "diff", "--name-only", base, branch).split("\n").filter(Boolean);
  return files.map((f) => `${f}:\n${git(repo, "show", `${branch}:${f}`)}`).join("\n");
}

/** The key proxy processes still alive that forward to `port` (none may outlive a run). */
function proxiesFor(port: number): string[] {
  const ps = execFileSync("ps", ["-eo", "pid,args"], { encoding: "utf8" });
  return ps.split("\n").filter((l) => l.includes("responses-api-proxy") && l.includes(`127.0.0.1:${port}/`));
}

/** dist/action.js as action.yml's step runs it, with the run directory it reports. */
async function action(workspace: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv) {
  const run = await runAction(cleanup, workspace, inputs, env);
  return { ...run, runDir: run.outputs["run-dir"] ?? "" };
}

/**
 * The workflow commands the Actions runner would act on in `log`, parsed as the runner does: a line whose
 * trimmed start is `::name …::`, except while `::stop-commands::<token>` is in force (until `::<token>::`).
 */
function processedCommands(log: string): string[] {
  const processed: string[] = [];
  let stopToken: string | null = null;
  for (const raw of log.split("\n")) {
    const line = raw.trimStart();
    if (stopToken !== null) {
      if (line === `::${stopToken}::`) stopToken = null;
      continue;
    }
    const m = /^::([A-Za-z-]+)(?: [^:]*)?::(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === "stop-commands") stopToken = m[2] ?? "";
    processed.push(line);
  }
  return processed;
}

/** Untrusted text full of terminal escapes and workflow commands (issue #14 item 3). */
const HOSTILE = [
  "\u001b[32m✓ done\u001b[0m",
  "\u001b]0;pwned-title\u0007",
  "\u001b]52;c;cHduZWQ=\u0007",
  "\u009b31m",
  "\u202eevil",
  "::error::forged annotation",
  "::add-mask::orchestrator",
  "::stop-commands::x",
].join("\n");

describe("trust boundary: secrets (dist/cli.js, dist/action.js, real codex, scripted model)", () => {
  it("the agent's shell and codex's environment hold no secret: env and /proc/$PPID/environ dumps are clean in the branch, logs and bundle; the model still gets its key through the proxy, which does not outlive the run", async () => {
    const dump = [
      "env > env-dump.txt",
      // codex's own environment, and its parent's: the agent may read every ancestor it can see.
      "for p in $PPID $(ps -o ppid= -p $PPID); do cat /proc/$p/environ 2>/dev/null | tr '\\0' '\\n'; done > parent-env.txt",
      `echo ${SHORT_SECRET}`,
    ].join("; ");
    const { repo, env, server } = await setupRun(
      cleanup,
      { "docs/issues/E-1.md": issueDoc({ milestone: "M1" }, `# Dump the environment\n\nMention ${SHORT_SECRET} here.`) },
      {
        "E-1": {
          dev: { actions: [{ kind: "command", cmd: dump }], answer: answers.dev("dumped", [{ path: "env-dump.txt", description: "env" }]) },
          review: [{ answer: answers.pass() }],
        },
      },
      // FLAG is too short to be a secret: codex gets it, the agent's shell does not (every runner.env name is excluded).
      { runner: { env: { OTHER: RUNNER_SECRET, SHORT: SHORT_SECRET, MY_SERVICE_TOKEN: "${MY_SERVICE_TOKEN}", FLAG: "on" } } },
    );
    const run = await action(repo.dir, { milestone: "M1" }, { ...env, MY_SERVICE_TOKEN: ENGINE_TOKEN, OPENAI_API_KEY: "sk-engine-openai-key-0123456789" });
    expect(run.code).toBe(0);

    const branch = branchContent(repo.dir, "main", "orchestrator/E-1");
    // The dumps worked (the agent's shell had an environment) …
    expect(branch).toMatch(/env-dump\.txt:\n[\s\S]*PATH=/);
    expect(branch).toMatch(/parent-env\.txt:\n[\s\S]*PATH=/);
    // Every runner.env name is kept out of the shell, even a value too short to be a secret.
    const sections = branch.split(/^(?=[\w.-]+\.txt:$)/m);
    expect(sections.find((x) => x.startsWith("env-dump.txt:"))).not.toMatch(/^FLAG=/m);
    // … and hold no key, no runner.env secret, no engine secret.
    // The bundle carries the same clean work.
    const restored = realpathSync(mkdtempSync(join(tmpdir(), "restored-")));
    cleanup(() => rmSync(restored, { recursive: true, force: true }));
    git(restored, "init", "-q");
    git(restored, "fetch", "-q", join(run.runDir, "branches.bundle"), "refs/heads/*:refs/heads/*");
    // The branch ends with the dev commit and the (empty) pass commit.
    const bundled = branchContent(restored, `orchestrator/E-1~2`, "orchestrator/E-1");
    expect(bundled).toContain("env-dump.txt");
    const logs = allText(run.runDir);
    for (const secret of [OFFLINE_KEY, RUNNER_SECRET, ENGINE_TOKEN, SHORT_SECRET, "sk-engine-openai-key-0123456789"]) {
      expect(branch).not.toContain(secret);
      expect(bundled).not.toContain(secret);
      expect(logs).not.toContain(secret);
      expect(run.stdout).not.toContain(secret);
    }
    expect(branch).not.toContain(OFFLINE_KEY_VAR);
    // The model service still got the key on every request: the proxy alone added it.
    expect(server.requests.length).toBeGreaterThan(0);
    for (const request of server.requests) expect(request.authorization).toBe(`Bearer ${OFFLINE_KEY}`);
    // The 5-character runner.env secret is masked in what the agent echoed and in the prompt sent.
    expect(logs).toContain("Mention [REDACTED] here.");
    expect(server.requests.map((r) => r.prompt).join("\n")).not.toContain(SHORT_SECRET);
    expect(proxiesFor(server.port)).toEqual([]);
  }, 180_000);

  it("the codex-cli runner and the built-in OpenAI provider go through the proxy too: the key reaches the model, not the agent", async () => {
    const { model_provider: _p, model_providers: _ps, ...noProvider } = offlineCodexConfig("unused");
    const openaiKey = "sk-builtin-openai-key-0123456789";
    // codex's own environment, seen from outside the sandbox: a wrapper records it, then runs the real codex.
    const wrapperDir = mkdtempSync(join(tmpdir(), "codex-wrapper-"));
    cleanup(() => rmSync(wrapperDir, { recursive: true, force: true }));
    const wrapper = join(wrapperDir, "codex");
    writeFileSync(wrapper, `#!/bin/sh\nenv > "${wrapperDir}/env-$$.txt"\nexec "${bundledCodexPath()}" "$@"\n`, { mode: 0o755 });
    for (const runner of [
      { default: "codex-cli", codexPath: wrapper },
      { default: "codex-sdk", config: noProvider, codexPath: wrapper },
    ]) {
      const { repo, env, server } = await setupRun(
        cleanup,
        { "docs/issues/C-1.md": issueDoc({ milestone: "M1" }, "# Dump") },
        { "C-1": { dev: { actions: [{ kind: "command", cmd: "env > env-dump.txt; cat /proc/$PPID/environ > parent-env.txt" }], answer: answers.dev() }, review: [{ answer: answers.pass() }] } },
        { runner },
      );
      const key = runner.default === "codex-cli" ? OFFLINE_KEY : openaiKey;
      const result = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env: { ...env, OPENAI_API_KEY: openaiKey, OPENAI_BASE_URL: server.url } });
      expect(result.code).toBe(0);
      expect(server.requests.length).toBeGreaterThan(0);
      for (const request of server.requests) expect(request.authorization).toBe(`Bearer ${key}`);
      const branch = branchContent(repo.dir, "main", "orchestrator/C-1");
      expect(branch).toContain("PATH=");
      expect(branch).not.toContain(OFFLINE_KEY);
      expect(branch).not.toContain(openaiKey);
      expect(proxiesFor(server.port)).toEqual([]);
    }
    // The key proxy and every codex exec ran through the wrapper: none of their environments held a key.
    const dumps = readdirSync(wrapperDir).filter((f) => f.startsWith("env-"));
    expect(dumps.length).toBeGreaterThanOrEqual(4);
    for (const dump of dumps) {
      const text = readFileSync(join(wrapperDir, dump), "utf8");
      expect(text).toContain("PATH=");
      expect(text).not.toContain(OFFLINE_KEY);
      expect(text).not.toContain(openaiKey);
      expect(text).not.toMatch(/^(OPENAI_API_KEY|CODEX_API_KEY|SCRIPTED_MODEL_API_KEY)=/m);
    }
  }, 180_000);

  it("a key proxy that cannot start stops the run before any work (exit 2), the key never handed to codex instead", async () => {
    // A codex that answers --version (the preflight passes) but has no responses-api-proxy: it records every call.
    const dir = mkdtempSync(join(tmpdir(), "orchestrator-old-codex-"));
    cleanup(() => rmSync(dir, { recursive: true, force: true }));
    const calls = join(dir, "calls");
    const codex = join(dir, "codex");
    writeFileSync(codex, `#!/bin/sh\necho "$* | $(env | grep -c -e '${OFFLINE_KEY}')" >> '${calls}'\n[ "$1" = "--version" ] && { echo "codex-cli 0.1.0"; exit 0; }\necho "error: unrecognized subcommand '$1'" >&2\nexit 2\n`, { mode: 0o755 });
    const { repo, env, server } = await setupRun(cleanup, { "docs/issues/K-1.md": issueDoc({ milestone: "M1" }, "# K") }, { "K-1": { dev: { answer: answers.dev() } } }, { runner: { codexPath: codex } });
    const result = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("cannot start the model key proxy");
    expect(result.stderr).toContain("unrecognized subcommand 'responses-api-proxy'");
    // One --version (preflight and the run's codex line), one proxy attempt, no exec: codex never got the key.
    const lines = readFileSync(calls, "utf8").trim().split("\n");
    expect(lines.map((l) => l.split(" ")[0])).toEqual(["--version", "responses-api-proxy"]);
    expect(lines.every((l) => l.endsWith("| 0"))).toBe(true);
    expect(server.requests).toHaveLength(0);
    expect(git(repo.dir, "for-each-ref", "refs/heads/orchestrator")).toBe("");
    expect(existsSync(join(repo.dir, LOGS))).toBe(false);
    expect(existsSync(join(repo.dir, ".git/orchestrator.lock"))).toBe(false);
  }, 60_000);

  it("an interrupted run stops its key proxy", async () => {
    const { repo, env, server } = await setupRun(cleanup, { "docs/issues/I-1.md": issueDoc({ milestone: "M1" }, "# Hang") }, { "I-1": { dev: { answer: { kind: "hang" } } } });
    const cli = startCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    const deadline = Date.now() + 60_000;
    while (server.requests.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(proxiesFor(server.port)).toHaveLength(1);
    cli.child.kill("SIGINT");
    const result = await cli.done;
    expect(result.code).toBe(130);
    expect(proxiesFor(server.port)).toEqual([]);
  }, 120_000);

  it("a phase whose files hold a secret fails SECRET naming the file: nothing committed, worktree kept, branch neither bundled nor pushed", async () => {
    const { repo, env } = await setupRun(
      cleanup,
      { "docs/issues/S-1.md": issueDoc({ milestone: "M1" }, "# Leak"), "docs/issues/S-2.md": issueDoc({ milestone: "M1" }, "# Fine") },
      {
        "S-1": { dev: { actions: [[addFilePatch("notes.md", ["fine"]), addFilePatch("config/leak.txt", [`token=${RUNNER_SECRET}`])]], answer: answers.dev() } },
        "S-2": { dev: { actions: [addFilePatch("s2.txt", ["two"])], answer: answers.dev() }, review: [{ answer: answers.pass() }] },
      },
      { runner: { env: { OTHER: RUNNER_SECRET } } },
    );
    const origin = realpathSync(mkdtempSync(join(tmpdir(), "origin-")));
    cleanup(() => rmSync(origin, { recursive: true, force: true }));
    git(origin, "init", "-q", "--bare");
    git(repo.dir, "remote", "add", "origin", origin);
    const base = git(repo.dir, "rev-parse", "HEAD");
    const before = mainState(repo.dir);
    const run = await action(repo.dir, { milestone: "M1", "push-branches": "true" }, env);
    expect(run.code).toBe(1);

    const summary = readJson(join(run.runDir, "run.json"));
    const s1 = summary.issues.find((i: { id: string }) => i.id === "S-1");
    expect(s1.status).toBe("failed");
    expect(s1.reason).toContain("config/leak.txt holds a secret");
    expect(s1.reason).not.toContain("notes.md");
    expect(s1.withheld).toBeTruthy();
    expect(readJson(join(run.runDir, "S-1/01-dev.json")).error.code).toBe("SECRET");
    // Nothing of the phase was committed; the worktree keeps the work for inspection.
    expect(git(repo.dir, "rev-parse", "orchestrator/S-1")).toBe(base);
    expect(s1.worktree).toBe(".orchestrator/worktrees/S-1");
    expect(readFileSync(join(repo.dir, s1.worktree, "config/leak.txt"), "utf8")).toContain(RUNNER_SECRET);
    expect(existsSync(join(repo.dir, s1.worktree, "notes.md"))).toBe(true);
    // The bundle carries the passed branch only; the secret reached no log.
    const restored = realpathSync(mkdtempSync(join(tmpdir(), "restored-")));
    cleanup(() => rmSync(restored, { recursive: true, force: true }));
    git(restored, "init", "-q");
    git(restored, "fetch", "-q", join(run.runDir, "branches.bundle"), "refs/heads/*:refs/heads/*");
    expect(git(restored, "for-each-ref", "--format=%(refname:short)")).toBe("orchestrator/S-2");
    // Only the passed branch was pushed.
    expect(git(origin, "for-each-ref", "--format=%(refname:short)")).toBe("orchestrator/S-2");
    expect(allText(run.runDir)).not.toContain(RUNNER_SECRET);
    expect(run.stdout).not.toContain(RUNNER_SECRET);
    expect(mainState(repo.dir)).toEqual(before);
  }, 180_000);
});

describe("trust boundary: nothing is lost (dist/cli.js, real codex, scripted model)", () => {
  it("an ignored file the phase names in changes is committed with a warning; an ignored file it does not name is not", async () => {
    const { repo, env } = await setupRun(
      cleanup,
      { ".gitignore": "build/\n.orchestrator/\n", "docs/issues/G-1.md": issueDoc({ milestone: "M1" }, "# Build output") },
      {
        "G-1": {
          dev: {
            actions: [[addFilePatch("build/out.txt", ["wanted"]), addFilePatch("build/scratch.txt", ["not named"]), addFilePatch("src.txt", ["code"])]],
            answer: answers.dev("built", [
              { path: "build/out.txt", description: "the artifact the issue asks for" },
              { path: "src.txt", description: "code" },
              { path: "../outside.txt", description: "not a worktree path" },
            ]),
          },
          review: [{ answer: answers.pass() }],
        },
      },
    );
    const result = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(result.code).toBe(0);
    const files = git(repo.dir, "ls-tree", "-r", "--name-only", "orchestrator/G-1").split("\n");
    expect(files).toContain("build/out.txt");
    expect(files).toContain("src.txt");
    expect(files).not.toContain("build/scratch.txt");
    expect(result.stdout).toContain("warning: committed files .gitignore matches because the phase named them in its changes: build/out.txt");
  }, 120_000);

  it("a nested repository the agent creates (with a commit: it would become a dangling gitlink) fails the phase with a clear reason and keeps the worktree", async () => {
    const { repo, env } = await setupRun(cleanup, { "docs/issues/N-1.md": issueDoc({ milestone: "M1" }, "# Nested") }, {
      "N-1": { dev: { actions: [{ kind: "command", cmd: "git init -q nested && echo x > nested/file.txt && git -C nested add . && git -C nested -c user.name=a -c user.email=a@b.invalid commit -qm x && echo y > top.txt" }], answer: answers.dev() } },
    });
    const base = git(repo.dir, "rev-parse", "HEAD");
    const result = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(result.code).toBe(1);
    const summary = readJson(join(latestRunDir(join(repo.dir, LOGS)), "run.json"));
    expect(summary.issues[0].status).toBe("failed");
    expect(summary.issues[0].reason).toContain("created a git repository inside its worktree (nested)");
    expect(summary.issues[0].worktree).toBe(".orchestrator/worktrees/N-1");
    expect(readJson(join(latestRunDir(join(repo.dir, LOGS)), "N-1/01-dev.json")).error.code).toBe("NESTED_REPO");
    expect(git(repo.dir, "rev-parse", "orchestrator/N-1")).toBe(base);
    expect(readFileSync(join(repo.dir, ".orchestrator/worktrees/N-1/nested/file.txt"), "utf8")).toBe("x\n");
    expect(result.stdout).toContain("worktree kept for inspection: .orchestrator/worktrees/N-1");
  }, 120_000);
});

describe("trust boundary: untrusted text is shown neutralised (dist/cli.js, dist/action.js)", () => {
  const hostileScenario = () => {
    const actions: (Reply | Reply[])[] = [
      [{ kind: "reasoning", text: HOSTILE }, { kind: "text", text: HOSTILE }, { kind: "command", cmd: `echo '${HOSTILE.replace(/'/g, "")}' | head -c 0` }],
    ];
    return {
      "T-1": {
        dev: { actions, answer: answers.dev(HOSTILE) },
        review: [{ answer: { phase: "review", status: "fail", summary: HOSTILE, findings: [{ id: "F1", severity: "blocker", path: HOSTILE, line: 1, message: HOSTILE, suggestion: null }] } }],
        fix: [{ answer: answers.blocked(HOSTILE) }],
      },
    };
  };
  const doc = issueDoc({ milestone: "M1", title: `\u001b]0;title\u0007 ${HOSTILE.split("\n")[0]}` }, "# T");

  it("the terminal gets no control character but the engine's own colours, even under FORCE_COLOR", async () => {
    const { repo, env } = await setupRun(cleanup, { "docs/issues/T-1.md": doc }, hostileScenario());
    const result = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env: { ...env, NO_COLOR: "", FORCE_COLOR: "1" } });
    expect(result.code).toBe(1);
    const ours = /\u001b\[(?:1|2|22|31|32|33|36|39)m/g;
    expect(result.stdout).toMatch(ours);
    const rest = result.stdout.replace(ours, "");
    expect(rest).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    // The hostile text is there, made visible.
    expect(rest).toContain("␛]0;pwned-title␇");
    expect(rest).toContain("␛]52;c;cHduZWQ=␇");
    expect(rest).toContain("\\u202eevil");
    expect(result.stderr).not.toContain("\u001b]");
  }, 120_000);

  it("the Action log lets no untrusted text issue a workflow command and holds no raw escape", async () => {
    const { repo, env } = await setupRun(cleanup, { "docs/issues/T-1.md": doc }, hostileScenario());
    const run = await action(repo.dir, { milestone: "M1" }, env);
    expect(run.code).toBe(1);
    // The hostile lines are in the log, as text …
    expect(run.stdout).toContain("::error::forged annotation");
    expect(run.stdout).toContain("::add-mask::orchestrator");
    // … but the runner processes only the engine's own commands.
    const processed = processedCommands(run.stdout);
    const unexpected = processed.filter((c) => !/^::(stop-commands::[0-9a-f]{32}|group::T-1 (dev|review|fix) #\d|endgroup::|error title=orchestrator%3A T-1 failed,file=docs\/issues\/T-1\.md::T-1 failed: .*)$/.test(c));
    expect(unexpected).toEqual([]);
    expect(processed.some((c) => c.startsWith("::error title=orchestrator%3A T-1 failed"))).toBe(true);
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(run.summary).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  }, 120_000);
});
