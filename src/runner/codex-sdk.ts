import type { Codex, CodexOptions } from "@openai/codex-sdk";
import type { OrchestratorConfig } from "../config/types";
import { agentTemp, withSandbox, type AgentTemp, type TempArea } from "./sandbox";
import { TurnCollector } from "./turn";
import type { Runner, RunnerOutcome, RunnerRequest } from "./types";

type RunnerConfig = OrchestratorConfig["runner"];

/**
 * The default runner: `@openai/codex-sdk` drives the codex binary (`codex exec --experimental-json`)
 * in the issue worktree with the phase's output schema. The SDK replaces the child's environment when
 * `env` is given: codex gets exactly `env`, the environment without secrets built by src/runner/access.ts.
 */
export function createCodexSdkRunner(cfg: RunnerConfig, env: Record<string, string | undefined>, area?: TempArea): Runner {
  let sdk: Promise<typeof import("@openai/codex-sdk")> | null = null;
  // One client per turn: the sandbox's temp dir (config and TMPDIR) is the turn's own.
  const load = async (tempDir: string): Promise<Codex> => {
    const { Codex: CodexClass } = await (sdk ??= import("@openai/codex-sdk"));
    return new CodexClass({
      codexPathOverride: cfg.codexPath,
      config: withSandbox(cfg.config, tempDir) as CodexOptions["config"],
      env: Object.fromEntries(Object.entries({ ...env, TMPDIR: tempDir }).filter((e): e is [string, string] => e[1] !== undefined)),
    });
  };

  return {
    kind: "codex-sdk",
    async run(request: RunnerRequest): Promise<RunnerOutcome> {
      const turn = new TurnCollector("codex-sdk", request.onEvent);
      let temp: AgentTemp | undefined;
      try {
        temp = await agentTemp(area, request.workingDirectory);
        const client = await load(temp.path);
        const thread = client.startThread({
          model: cfg.model,
          sandboxMode: cfg.sandbox,
          workingDirectory: request.workingDirectory,
          skipGitRepoCheck: true,
          modelReasoningEffort: cfg.reasoningEffort,
        });
        const { events } = await thread.runStreamed(request.prompt, { outputSchema: request.outputSchema, signal: request.signal });
        for await (const event of events) turn.see(event);
      } catch (err) {
        // A failed import is cached by the promise: forget it so a later phase can try again.
        sdk = null;
        return turn.outcome(request.signal, err);
      } finally {
        await temp?.dispose();
      }
      return turn.outcome(request.signal);
    },
  };
}
