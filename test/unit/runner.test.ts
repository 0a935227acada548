import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config";
import { configOverrides, execArgs } from "../../src/runner/codex-args";
import { withFallback } from "../../src/runner/fallback";
import { withSandbox } from "../../src/runner/sandbox";
import type { Runner, RunnerOutcome, RunnerRequest } from "../../src/runner/types";

function fakeRunner(kind: Runner["kind"], outcomes: Partial<RunnerOutcome>[]): Runner & { calls: number } {
  const runner = {
    kind,
    calls: 0,
    async run(): Promise<RunnerOutcome> {
      const next = outcomes[Math.min(runner.calls, outcomes.length - 1)];
      runner.calls += 1;
      return { runner: kind, threadId: null, finalMessage: null, usage: null, ...next };
    },
  };
  return runner;
}

const request = (signal = new AbortController().signal): RunnerRequest => ({ prompt: "p", workingDirectory: "/w", outputSchema: {}, signal, onEvent: () => undefined });

describe("withFallback", () => {
  it("switches to the fallback when the primary cannot start, for this phase and every later one, and says why", async () => {
    const primary = fakeRunner("codex-sdk", [{ error: { code: "RUNNER_START", message: "codex could not start: ENOENT" } }]);
    const fallback = fakeRunner("codex-cli", [{ finalMessage: "{}" }]);
    const notes: string[] = [];
    const runner = withFallback(primary, fallback, (m) => notes.push(m));
    expect(runner.kind).toBe("codex-sdk");
    expect(await runner.run(request())).toMatchObject({ runner: "codex-cli", finalMessage: "{}" });
    expect(await runner.run(request())).toMatchObject({ runner: "codex-cli" });
    expect([primary.calls, fallback.calls]).toEqual([1, 2]);
    expect(runner.kind).toBe("codex-cli");
    expect(notes).toEqual(["codex-sdk runner could not start (codex could not start: ENOENT); using the codex-cli fallback from now on"]);
  });

  it("never replays the agent's work: a started turn that failed, or an abort, stays with the primary", async () => {
    const primary = fakeRunner("codex-sdk", [{ error: { code: "RUNNER", message: "exited with code 1" } }, { error: { code: "ABORTED", message: "aborted" } }]);
    const fallback = fakeRunner("codex-cli", [{}]);
    const runner = withFallback(primary, fallback, () => undefined);
    expect((await runner.run(request())).error?.code).toBe("RUNNER");
    expect((await runner.run(request())).error?.code).toBe("ABORTED");
    const controller = new AbortController();
    controller.abort("interrupt");
    const startFailure = withFallback(fakeRunner("codex-sdk", [{ error: { code: "RUNNER_START", message: "x" } }]), fallback, () => undefined);
    expect((await startFailure.run(request(controller.signal))).error?.code).toBe("RUNNER_START");
    expect(fallback.calls).toBe(0);
  });
});

describe("codex exec arguments", () => {
  it("flattens runner.config into one --config override per leaf, TOML-encoded, as the SDK does", () => {
    expect(
      configOverrides({
        model_provider: "local",
        model_providers: { local: { base_url: "http://127.0.0.1:1/v1", request_max_retries: 0, supports_websockets: false, headers: { "X-Key": "v" } } },
        features: {},
        list: ["a", 1, true, { k: "v" }],
      }),
    ).toEqual([
      'model_provider="local"',
      'model_providers.local.base_url="http://127.0.0.1:1/v1"',
      "model_providers.local.request_max_retries=0",
      "model_providers.local.supports_websockets=false",
      'model_providers.local.headers.X-Key="v"',
      "features={}",
      'list=["a", 1, true, {k = "v"}]',
    ]);
  });

  it("keeps /tmp and $TMPDIR read-only for the agent whatever runner.config says, and adds the agent's temp dir to its writable roots", () => {
    const user = { sandbox_workspace_write: { exclude_slash_tmp: false, exclude_tmpdir_env_var: false, writable_roots: ["/data"], network_access: true }, other: 1 };
    expect(withSandbox(user, "/repo/.orchestrator/tmp/r/A-1")).toEqual({
      sandbox_workspace_write: { exclude_slash_tmp: true, exclude_tmpdir_env_var: true, writable_roots: ["/data", "/repo/.orchestrator/tmp/r/A-1"], network_access: true },
      other: 1,
    });
    expect(user.sandbox_workspace_write.exclude_slash_tmp).toBe(false);
  });

  it("passes model, sandbox, worktree, schema and reasoning effort as argv, never through a shell", () => {
    const cfg = { ...DEFAULT_CONFIG.runner, model: "gpt-5.5", reasoningEffort: "high" as const, config: { a: "b; rm -rf /" } };
    expect(execArgs(cfg, { workingDirectory: "/repo/.orchestrator/worktrees/A 1", schemaFile: "/tmp/s.json", tempDir: "/repo/.orchestrator/tmp/r/A 1" })).toEqual([
      "exec",
      "--json",
      "--config",
      'a="b; rm -rf /"',
      "--config",
      "sandbox_workspace_write.exclude_slash_tmp=true",
      "--config",
      "sandbox_workspace_write.exclude_tmpdir_env_var=true",
      "--config",
      'sandbox_workspace_write.writable_roots=["/repo/.orchestrator/tmp/r/A 1"]',
      "--model",
      "gpt-5.5",
      "--sandbox",
      "workspace-write",
      "--cd",
      "/repo/.orchestrator/worktrees/A 1",
      "--skip-git-repo-check",
      "--output-schema",
      "/tmp/s.json",
      "--config",
      'model_reasoning_effort="high"',
    ]);
  });
});
