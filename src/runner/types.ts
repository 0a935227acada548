import type { ThreadEvent, Usage } from "@openai/codex-sdk";
import type { RunnerKind } from "../config/types";

export type { ThreadEvent, Usage };

export interface RunnerRequest {
  prompt: string;
  /** The issue worktree; the agent runs there. */
  workingDirectory: string;
  /** JSON Schema the final message must satisfy (sent to codex as the output schema). */
  outputSchema: Record<string, unknown>;
  signal: AbortSignal;
  /** Called for every raw runner event as it arrives, in order. */
  onEvent: (event: ThreadEvent) => void;
  /**
   * The turn's running usage total as codex records it after each model response (mid-turn, from codex's
   * session file; src/runner/usage-watch.ts). `turn.completed` still carries the final figure.
   */
  onUsage?: (usage: Usage) => void;
}

export interface RunnerOutcome {
  /** The runner that ran the turn (with a fallback configured, not always runner.default). */
  runner: RunnerKind;
  threadId: string | null;
  /** Text of the turn's last agent_message (the phase answer), or null when there was none. */
  finalMessage: string | null;
  usage: Usage | null;
  /** Set when the turn failed: runner exit, turn.failed/error event, abort. */
  error?: { code: "RUNNER" | "RUNNER_START" | "ABORTED"; message: string };
}

export interface Runner {
  readonly kind: RunnerKind;
  run(request: RunnerRequest): Promise<RunnerOutcome>;
}
