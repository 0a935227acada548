import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ThreadEvent } from "@openai/codex-sdk";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config";
import { phaseSchema, validatePhaseOutput } from "../../src/contracts";
import { createRunner } from "../../src/runner";
import type { RunnerOutcome } from "../../src/runner/types";
import type { RunnerKind } from "../../src/config/types";
import { bundledCodexPath, makeCodexHome, offlineRunnerConfig, type CodexHome } from "../../src/scripted-model/codex-env";
import { makeRepo, type FixtureRepo } from "../support/fixture-repo";
import { addFilePatch, answers, startModelServer, type ModelServer, type Script } from "../../src/scripted-model/server";

let home: CodexHome;
let repo: FixtureRepo;
let server: ModelServer | null = null;
beforeEach(() => {
  home = makeCodexHome();
  repo = makeRepo();
});
afterEach(async () => {
  await server?.close();
  server = null;
  home.cleanup();
  repo.cleanup();
});

async function runTurn(kind: RunnerKind, script: Script, opts: { signal?: AbortSignal; codexPath?: string } = {}) {
  server = await startModelServer(script);
  // The SDK finds the bundled binary itself; the CLI runner would look on PATH, which has no codex here.
  const codexPath = opts.codexPath ?? (kind === "codex-cli" ? bundledCodexPath() : undefined);
  const cfg = { ...DEFAULT_CONFIG.runner, ...offlineRunnerConfig(server.url), default: kind, codexPath };
  const runner = createRunner(cfg, { ...process.env, ...home.env, ...cfg.env });
  const events: ThreadEvent[] = [];
  const started = Date.now();
  const outcome: RunnerOutcome = await runner.run({
    prompt: "You are the developer for issue T-1 (test).",
    workingDirectory: repo.dir,
    outputSchema: phaseSchema("dev"),
    signal: opts.signal ?? new AbortController().signal,
    onEvent: (e) => events.push(e),
  });
  return { outcome, events, ms: Date.now() - started };
}

describe.each<RunnerKind>(["codex-sdk", "codex-cli"])("%s runner with the real codex binary against the scripted model server", (kind) => {
  it("returns the final JSON answer; the server received the phase schema as the output schema", async () => {
    const { outcome, events } = await runTurn(kind, () => ({ kind: "final", json: answers.dev("done") }));
    expect(outcome.error).toBeUndefined();
    expect(outcome.runner).toBe(kind);
    expect(outcome.threadId).toMatch(/.+/);
    expect(outcome.usage?.output_tokens).toBe(20);
    const parsed = validatePhaseOutput("dev", outcome.finalMessage ?? "");
    expect(parsed.ok).toBe(true);
    expect(server?.requests[0]?.schema).toEqual(phaseSchema("dev"));
    expect(server?.requests[0]?.prompt).toContain("issue T-1");
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(["thread.started", "turn.started", "item.completed", "turn.completed"]));
  });

  it("streams a command execution with its exit code and a file change from apply_patch", async () => {
    const { outcome, events } = await runTurn(kind, (req) =>
      req.step === 0 ? addFilePatch("notes.md", ["hello"]) : req.step === 1 ? { kind: "command", cmd: "cat notes.md" } : { kind: "final", json: answers.dev() },
    );
    expect(outcome.error).toBeUndefined();
    expect(readFileSync(join(repo.dir, "notes.md"), "utf8")).toBe("hello\n");
    const items = events.flatMap((e) => (e.type === "item.completed" ? [e.item] : []));
    expect(items.find((i) => i.type === "file_change")).toMatchObject({ changes: [{ path: expect.stringContaining("notes.md"), kind: "add" }] });
    expect(items.find((i) => i.type === "command_execution")).toMatchObject({ command: expect.stringContaining("cat notes.md"), exit_code: 0 });
    expect(server?.requests.at(-1)?.toolOutputs.join("\n")).toContain("hello");
  });

  it("reports an HTTP 500 from the model service as a runner error", async () => {
    const { outcome } = await runTurn(kind, () => ({ kind: "http-error", status: 500 }));
    expect(outcome.error?.code).toBe("RUNNER");
    expect(outcome.error?.message).toMatch(/high demand/i);
  });

  it("aborts a hanging turn through the AbortSignal", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort("interrupt"), 1500);
    const { outcome, ms } = await runTurn(kind, () => ({ kind: "hang" }), { signal: controller.signal });
    expect(outcome.error?.code).toBe("ABORTED");
    expect(ms).toBeLessThan(10_000);
  });

  it("reports a codex binary that cannot start as RUNNER_START", async () => {
    const { outcome } = await runTurn(kind, () => ({ kind: "final", json: answers.dev() }), { codexPath: join(repo.dir, "no-such-codex") });
    expect(existsSync(join(repo.dir, "no-such-codex"))).toBe(false);
    expect(outcome.error?.code).toBe("RUNNER_START");
  });

  it("reports a stream cut mid-turn as a runner error, keeping the events received before it", async () => {
    const { outcome, events } = await runTurn(kind, (req) => (req.step === 0 ? { kind: "command", cmd: "echo before-the-cut" } : { kind: "cut" }));
    expect(outcome.error?.code).toBe("RUNNER");
    expect(events.some((e) => e.type === "item.completed" && e.item.type === "command_execution")).toBe(true);
  });

  it("ends without a final message when the model only reasons", async () => {
    const { outcome } = await runTurn(kind, () => ({ kind: "reasoning", text: "thinking only" }));
    expect(outcome.error).toBeUndefined();
    expect(outcome.finalMessage).toBeNull();
  });
});
