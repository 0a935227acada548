import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectOutput } from "../support/child-output";
import { CLI, git, GIT_ENV, issueDoc, PROJECT_ROOT, runCli } from "../support/fixture-repo";
import { addFilePatch, answers, type Reply } from "../../src/scripted-model/server";
import { latestRunDir, readJson, setupRun, useCleanups } from "../support/run-setup";

const cleanup = useCleanups();
const doc = (id: string) => issueDoc({ id, milestone: "M1" }, `# Issue ${id}\n\nDo ${id}.`);
/** Every response of the scripted model reports this usage; codex sums a turn's responses. */
const devUsage: Reply = { kind: "usage", input: 1000, cached: 400, output: 200, reasoning: 50 };
const reviewUsage: Reply = { kind: "usage", input: 500, cached: 100, output: 50, reasoning: 10 };
const PRICING = { inputPerMTok: 2, cachedInputPerMTok: 0.5, outputPerMTok: 10 };

describe("watching and paying for a run (dist/cli.js, real codex, scripted usage)", () => {
  it("totals usage and cost per phase, issue and run in run.json, NDJSON and the summary; timestamps raw logs; `logs` reads them back", async () => {
    const { repo, env } = await setup({
      "W-1": {
        dev: { actions: [[addFilePatch("w1.txt", ["one"]), devUsage], [{ kind: "command", cmd: "cat w1.txt" }, devUsage]], answer: [{ kind: "final", json: answers.dev("added w1") }, devUsage] },
        review: [{ answer: [{ kind: "final", json: answers.pass() }, reviewUsage] }],
      },
    });
    const result = await runCli(["run", "--milestone", "M1", "--json"], { cwd: repo.dir, env });
    expect(result.code).toBe(0);

    // dev: three responses of 1000/400/200/50; review: one of 500/100/50/10.
    const issueUsage = { inputTokens: 3500, cachedInputTokens: 1300, outputTokens: 650, reasoningTokens: 160 };
    // (3500 - 1300) × 2 + 1300 × 0.5 + 650 × 10 = 11,550 micro-dollars.
    const cost = 0.01155;
    const runDir = latestRunDir(join(repo.dir, ".orchestrator/logs"));
    const run = readJson(join(runDir, "run.json"));
    expect(run).toMatchObject({ status: "passed", usage: issueUsage, costUsd: cost });
    expect(run.durationMs).toBeGreaterThan(0);
    expect(run.issues[0]).toMatchObject({ id: "W-1", usage: issueUsage, costUsd: cost });
    expect(run.issues[0].durationMs).toBeGreaterThan(0);
    expect(run.issues[0].durationMs).toBeLessThanOrEqual(run.durationMs);
    expect(readJson(join(runDir, "W-1/01-dev.json"))).toMatchObject({ usage: { input_tokens: 3000, cached_input_tokens: 1200, output_tokens: 600, reasoning_output_tokens: 150 }, costUsd: 0.0102 });

    const records = result.stdout.trim().split("\n").map((l) => JSON.parse(l));
    const completed = records.at(-1);
    expect(completed).toMatchObject({ type: "run.completed", summary: { usage: issueUsage, costUsd: cost } });
    // Human text (stderr under --json): the totals line, and no status line under --json.
    expect(result.stderr).toContain("total: 3,500 in (1,300 cached), 650 out (160 reasoning); about $0.0115");
    expect(result.stderr).toMatch(/W-1\s+passed\s+1 review, 0 fixes\s+orchestrator\/W-1\s+4\.2k\s+\$0\.0115/);
    expect(result.stderr).not.toContain("▸");
    // Each command once: its end line with exit code and duration, no separate start line for a quick one.
    expect(result.stderr.match(/\$ cat w1\.txt/g)).toHaveLength(1);
    expect(result.stderr).toMatch(/\$ cat w1\.txt {2}exit 0 \(\d+\.\ds\)/);

    // The raw log: {ts, event} per line, the runner's event unchanged.
    const raw = readFileSync(join(runDir, "W-1/01-dev.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    for (const line of raw) {
      expect(Object.keys(line)).toEqual(["ts", "event"]);
      expect(Date.parse(line.ts)).toBeGreaterThanOrEqual(Date.parse(run.startedAt));
      expect(typeof line.event.type).toBe("string");
    }

    // `logs --raw` reproduces the runner's stream; `logs` tells the story.
    const rawOut = await runCli(["logs", "--issue", "W-1", "--phase", "01", "--raw"], { cwd: repo.dir, env });
    expect(rawOut.code).toBe(0);
    expect(rawOut.stdout.trim().split("\n").map((l) => JSON.parse(l))).toEqual(raw.map((l) => l.event));
    const story = await runCli(["logs"], { cwd: repo.dir, env });
    expect(story.code).toBe(0);
    expect(story.stdout).toContain("── W-1 01-dev");
    expect(story.stdout).toContain("── W-1 02-review");
    expect(story.stdout.indexOf("01-dev")).toBeLessThan(story.stdout.indexOf("02-review"));
    expect(story.stdout).toMatch(/\d\d:\d\d:\d\d \$ cat w1\.txt {2}exit 0\n\s+one/);
    expect(story.stdout).toMatch(/✎ add .*w1\.txt/);
    expect(story.stdout).toContain("result: done — added w1");
    expect(story.stdout).toContain("result: pass — looks good");
    expect(story.stdout).toContain("3,000 in (1,200 cached), 600 out (150 reasoning), about $0.0102");
    const runId = run.runId as string;
    const one = await runCli(["logs", runId, "--issue", "W-1", "--phase", "2"], { cwd: repo.dir, env });
    expect(one.stdout).toContain("02-review");
    expect(one.stdout).not.toContain("01-dev");
    // The plugin's engine answers "what happened?" the same way.
    const shim = spawn(process.execPath, [join(PROJECT_ROOT, "plugin/skills/dev-auto-orchestrate/scripts/orchestrate.mjs"), "--logs", "--issue", "W-1", "--phase", "01"], {
      cwd: repo.dir,
      env: { ...process.env, ...GIT_ENV, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const fromPlugin = await collectOutput(shim);
    expect(fromPlugin.code).toBe(0);
    expect(fromPlugin.stdout).toContain("── W-1 01-dev");
    expect(fromPlugin.stdout).toContain("result: done — added w1");
    expect(fromPlugin.stdout).not.toContain("02-review");
    const bad = await runCli(["logs", "../../etc"], { cwd: repo.dir, env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("not a run id");
  }, 90_000);

  it("a run budget crossed mid-turn stops the phase, commits its work, fails the issue and skips the rest", async () => {
    const { repo, env, server } = await setup(
      {
        // One response reports 9,100 tokens, then the model never answers again: only the mid-turn check can stop it.
        "B-1": { dev: { actions: [[addFilePatch("b1.txt", ["partial work"]), { kind: "usage", input: 9000, cached: 0, output: 100 }]], answer: { kind: "hang" } } },
        "B-2": { dev: { answer: answers.dev() }, review: [{ answer: answers.pass() }] },
      },
      { budget: { maxTokensPerRun: 5000 } },
    );
    const started = Date.now();
    const result = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(result.code).toBe(1);
    const run = readJson(join(latestRunDir(join(repo.dir, ".orchestrator/logs")), "run.json"));
    expect(run.issues[0]).toMatchObject({ id: "B-1", status: "failed" });
    expect(run.issues[0].reason).toBe("budget: the run used 9,100 tokens, over budget.maxTokensPerRun (5,000)");
    expect(run.issues[0].usage).toMatchObject({ inputTokens: 9000, outputTokens: 100 });
    expect(run.issues[1]).toMatchObject({ id: "B-2", status: "skipped", reason: run.issues[0].reason });
    expect(readJson(join(latestRunDir(join(repo.dir, ".orchestrator/logs")), "B-1/01-dev.json"))).toMatchObject({ status: "error", error: { code: "BUDGET" } });
    // The phase's work is committed on the issue branch; no review ran, B-2 never reached the model.
    expect(git(repo.dir, "log", "--format=%s", "main..orchestrator/B-1")).toBe("orchestrator(B-1): dev #1");
    expect(git(repo.dir, "show", "orchestrator/B-1:b1.txt")).toBe("partial work");
    expect(server.requests.every((r) => r.issue === "B-1" && r.phase === "dev")).toBe(true);
    expect(result.stdout).toMatch(/B-2\s+skipped.*budget: the run used/);
  }, 60_000);

  it("an issue budget crossed by a finished phase ends that issue only; later issues still run", async () => {
    const { repo, env, server } = await setup(
      {
        "C-1": { dev: { actions: [addFilePatch("c1.txt", ["c"])], answer: [{ kind: "final", json: answers.dev() }, { kind: "usage", input: 6000, output: 10 }] }, review: [{ answer: answers.pass() }] },
        "C-2": { dev: { answer: answers.dev() }, review: [{ answer: answers.pass() }] },
      },
      { budget: { maxTokensPerIssue: 5000 } },
    );
    const result = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(result.code).toBe(1);
    const run = readJson(join(latestRunDir(join(repo.dir, ".orchestrator/logs")), "run.json"));
    expect(run.issues.map((i: { id: string; status: string }) => `${i.id}:${i.status}`)).toEqual(["C-1:failed", "C-2:passed"]);
    expect(run.issues[0].reason).toMatch(/^budget: the issue used 6,1\d\d tokens, over budget\.maxTokensPerIssue \(5,000\)$/);
    expect(git(repo.dir, "show", "orchestrator/C-1:c1.txt")).toBe("c");
    // The phase itself finished; the budget ends the issue after it. (Its last response's usage may reach the
    // engine just before the turn's end, stopping a turn that was over: then the phase says so.)
    const dev = readJson(join(latestRunDir(join(repo.dir, ".orchestrator/logs")), "C-1/01-dev.json"));
    if (dev.status !== "done") expect(dev).toMatchObject({ status: "error", error: { code: "BUDGET" } });
    expect(server.requests.some((r) => r.issue === "C-1" && r.phase === "review")).toBe(false);
  }, 60_000);

  it("a cost cap without a known price is refused before anything runs", async () => {
    const { repo, env, server } = await setup({ "D-1": { dev: { answer: answers.dev() } } }, { runner: { model: "no-such-model" }, budget: { maxCostUsdPerRun: 1 } }, false);
    const result = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('budget.maxCostUsdPerRun: no price is known for model "no-such-model"');
    expect(server.requests).toHaveLength(0);
    // `validate` runs the same preflight.
    const validated = await runCli(["validate"], { cwd: repo.dir, env });
    expect(validated.code).toBe(2);
    expect(validated.stderr).toContain('budget.maxCostUsdPerRun: no price is known for model "no-such-model"');
  }, 30_000);

  it("draws the status line under a pseudo-terminal and none without one", async () => {
    const scenario = { "T-1": { dev: { actions: [[addFilePatch("t1.txt", ["t"]), devUsage]], answer: answers.dev() }, review: [{ answer: answers.pass() }] } };
    const { repo, env } = await setup(scenario);
    // script(1) gives the CLI a terminal of 120×40 as its stdout and stderr.
    const child = spawn("script", ["-qfec", `stty cols 120 rows 40; exec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} run --milestone M1`, "/dev/null"], {
      cwd: repo.dir,
      env: { ...process.env, ...GIT_ENV, ...env, TERM: "xterm-256color", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const tty = await collectOutput(child);
    expect(tty.code).toBe(0);
    expect(tty.stdout).toMatch(/▸ 1\/1 T-1 · dev #1 \d+s · run \d+s · \d[\d.k]* tokens/);
    expect(tty.stdout).toMatch(/▸ 1\/1 T-1 · review #1/);
    // Redrawn in place: erased (log-update's erase-line) before the normal lines that follow it.
    expect(tty.stdout).toContain("\u001b[2K");
    expect(tty.stdout).toMatch(/Run \S+: passed/);

    const { repo: plainRepo, env: plainEnv } = await setup(scenario);
    const piped = await runCli(["run", "--milestone", "M1"], { cwd: plainRepo.dir, env: plainEnv });
    expect(piped.code).toBe(0);
    expect(piped.stdout).not.toContain("▸");
    expect(piped.stdout).not.toContain("\u001b[");
  }, 90_000);
});

async function setup(scenarios: Parameters<typeof setupRun>[2], extra: Record<string, unknown> = {}, pricing = true) {
  const { runner = {}, ...rest } = extra as { runner?: Record<string, unknown> };
  const ids = Object.keys(scenarios);
  const issues = Object.fromEntries(ids.map((id) => [`docs/issues/${id}.md`, doc(id)]));
  return setupRun(cleanup, issues, scenarios, { runner: pricing ? { pricing: PRICING, ...runner } : runner, ...rest });
}

