import type { Codex, CodexOptions } from "@openai/codex-sdk";
import type { OrchestratorConfig } from "../config/types";
import { TurnCollector } from "./turn";
import type { Runner, RunnerOutcome, RunnerRequest } from "./types";

type RunnerConfig = OrchestratorConfig["runner"];

/**
 * The default runner: `@openai/codex-sdk` drives the codex binary (`codex exec --experimental-json`)
 * in the issue worktree with the phase's output schema. The SDK replaces the child's environment when
 * `env` is given: codex gets exactly `env`, the environment without secrets built by src/runner/access.ts.
 */
export function createCodexSdkRunner(cfg: RunnerConfig, env: Record<string, string | undefined>): Runner {
  let codex: Promise<Codex> | null = null;
  const load = () =>
    (codex ??= import("@openai/codex-sdk").then(
      ({ Codex: CodexClass }) =>
        new CodexClass({
          codexPathOverride: cfg.codexPath,
          config: cfg.config as CodexOptions["config"],
          env: Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined)),
        }),
    ));

  return {
    kind: "codex-sdk",
    async run(request: RunnerRequest): Promise<RunnerOutcome> {
      const turn = new TurnCollector("codex-sdk", request.onEvent);
      try {
        const client = await load();
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
        codex = null;
        return turn.outcome(request.signal, err);
      }
      return turn.outcome(request.signal);
    },
  };
}
