import type { Codex, CodexOptions, ThreadEvent } from "@openai/codex-sdk";
import type { OrchestratorConfig } from "../config/types";
import { errorMessage } from "../errors";
import type { Runner, RunnerOutcome, RunnerRequest } from "./types";

type RunnerConfig = OrchestratorConfig["runner"];

/** codex's stderr can be long; the end says what went wrong. */
const MAX_ERROR = 2000;
const clipError = (message: string) => (message.length > MAX_ERROR ? `…${message.slice(-MAX_ERROR)}` : message).trim();

function isStartFailure(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  const message = errorMessage(err);
  return code === "ENOENT" || code === "EACCES" || code === "ERR_MODULE_NOT_FOUND" || /Unable to locate Codex CLI|Cannot find (module|package)/.test(message);
}

/**
 * The default runner: `@openai/codex-sdk` drives the codex binary (`codex exec --experimental-json`)
 * in the issue worktree with the phase's output schema. The SDK replaces the child's environment when
 * `env` is given, so the engine's environment is passed through with `runner.env` on top.
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
      let threadId: string | null = null;
      let finalMessage: string | null = null;
      let usage: RunnerOutcome["usage"] = null;
      let failure: string | null = null;
      const seen = (event: ThreadEvent) => {
        if (event.type === "thread.started") threadId = event.thread_id;
        // codex may apply the schema to intermediate messages too: only the last one is the answer.
        else if (event.type === "item.completed" && event.item.type === "agent_message") finalMessage = event.item.text;
        else if (event.type === "turn.completed") usage = event.usage;
        else if (event.type === "turn.failed") failure = event.error.message;
        else if (event.type === "error") failure ??= event.message;
        request.onEvent(event);
      };
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
        for await (const event of events) seen(event);
      } catch (err) {
        if (request.signal.aborted) return { threadId, finalMessage, usage, error: { code: "ABORTED", message: "the phase was aborted" } };
        if (isStartFailure(err)) {
          return { threadId, finalMessage, usage, error: { code: "RUNNER_START", message: `codex could not start: ${clipError(errorMessage(err))}` } };
        }
        return { threadId, finalMessage, usage, error: { code: "RUNNER", message: clipError(failure ?? errorMessage(err)) } };
      }
      if (request.signal.aborted) return { threadId, finalMessage, usage, error: { code: "ABORTED", message: "the phase was aborted" } };
      if (failure) return { threadId, finalMessage, usage, error: { code: "RUNNER", message: clipError(failure) } };
      return { threadId, finalMessage, usage };
    },
  };
}
