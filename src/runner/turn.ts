import { errorMessage } from "../errors";
import type { RunnerKind } from "../config/types";
import type { RunnerOutcome, RunnerRequest, ThreadEvent } from "./types";
import { codexHomeOf, watchSessionUsage } from "./usage-watch";

/** codex's stderr can be long; the end says what went wrong. */
const MAX_ERROR = 2000;
export const clipError = (message: string) => (message.length > MAX_ERROR ? `…${message.slice(-MAX_ERROR)}` : message).trim();

/** A process or module that never got going: the only case a fallback runner may take over. */
export function isStartFailure(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  const message = errorMessage(err);
  return code === "ENOENT" || code === "EACCES" || code === "ERR_MODULE_NOT_FOUND" || /Unable to locate Codex CLI|Cannot find (module|package)/.test(message);
}

/**
 * Folds one turn's raw events into the runner outcome, the same way for every runner: the thread id,
 * the last agent message (codex may apply the schema to intermediate messages too: only the last one is
 * the answer), token usage, and the first failure the stream reported.
 */
export class TurnCollector {
  private threadId: string | null = null;
  private finalMessage: string | null = null;
  private usage: RunnerOutcome["usage"] = null;
  private failure: string | null = null;
  private watch: { stop(): void } | null = null;
  /** Events seen so far: a runner that emitted any has started, so no fallback may replay the turn. */
  events = 0;

  private readonly onEvent: (event: ThreadEvent) => void;

  /** `env`: codex's environment, which says where its session files (and so the mid-turn usage) are. */
  constructor(
    private readonly runner: RunnerKind,
    private readonly request: Pick<RunnerRequest, "onEvent" | "onUsage">,
    private readonly env: Record<string, string | undefined> = {},
  ) {
    this.onEvent = request.onEvent;
  }

  see(event: ThreadEvent): void {
    this.events += 1;
    if (event.type === "thread.started") {
      this.threadId = event.thread_id;
      const { onUsage } = this.request;
      if (onUsage) {
        this.watch?.stop();
        this.watch = watchSessionUsage(codexHomeOf(this.env), event.thread_id, onUsage);
      }
    } else if (event.type === "turn.completed" || event.type === "turn.failed") this.stopWatch();
    if (event.type === "item.completed" && event.item.type === "agent_message") this.finalMessage = event.item.text;
    else if (event.type === "turn.completed") this.usage = event.usage;
    else if (event.type === "turn.failed") this.failure = event.error.message;
    else if (event.type === "error") this.failure ??= event.message;
    this.onEvent(event);
  }

  private stopWatch(): void {
    this.watch?.stop();
    this.watch = null;
  }

  /** The outcome once the stream ended (`thrown`: what the runner threw, if anything). */
  outcome(signal: AbortSignal, thrown?: unknown): RunnerOutcome {
    this.stopWatch();
    const base = { runner: this.runner, threadId: this.threadId, finalMessage: this.finalMessage, usage: this.usage };
    if (signal.aborted) return { ...base, error: { code: "ABORTED", message: "the phase was aborted" } };
    if (thrown !== undefined) {
      if (this.events === 0 && isStartFailure(thrown)) {
        return { ...base, error: { code: "RUNNER_START", message: `codex could not start: ${clipError(errorMessage(thrown))}` } };
      }
      return { ...base, error: { code: "RUNNER", message: clipError(this.failure ?? errorMessage(thrown)) } };
    }
    if (this.failure) return { ...base, error: { code: "RUNNER", message: clipError(this.failure) } };
    return base;
  }
}
