import type { EngineEvent, PhaseName } from "../core/events";
import { displayCommand } from "./command-text";
import { neutralise } from "./neutralise";
import { addUsage, formatDuration, fromCodex, noUsage, shortTokens, totalTokens, type TokenUsage } from "./usage";

const MAX_ACTIVITY = 60;

const oneLine = (text: string) => {
  const line = neutralise(text).replace(/\s*\n\s*/g, " ").trim();
  return line.length > MAX_ACTIVITY ? `${line.slice(0, MAX_ACTIVITY - 1)}…` : line;
};

/**
 * Where a run stands, folded from engine events: issue i of N, the running phase and attempt, when the phase
 * and the run started, the issue's tokens so far (finished phases plus the running phase's latest total), and
 * the last thing the agent did. The status line and the heartbeat read it.
 */
export class Progress {
  private total = 0;
  private index = 0;
  private issue: string | null = null;
  private phase: { name: PhaseName; attempt: number; startedAt: number } | null = null;
  private runStartedAt: number | null = null;
  private issueUsage: TokenUsage = noUsage();
  private phaseUsage: TokenUsage = noUsage();
  private activity = "";

  constructor(private readonly now: () => number = Date.now) {}

  handle(event: EngineEvent): void {
    switch (event.type) {
      case "run.started":
        this.total = event.plan.length;
        this.runStartedAt = this.now();
        break;
      case "issue.started":
        this.index += 1;
        this.issue = event.issue;
        this.issueUsage = noUsage();
        break;
      case "issue.skipped":
        this.index += 1;
        break;
      case "phase.started":
        this.phase = { name: event.phase, attempt: event.attempt, startedAt: this.now() };
        this.phaseUsage = noUsage();
        this.activity = "starting";
        break;
      case "usage":
        this.phaseUsage = event.usage;
        break;
      case "runner.event":
        this.activity = activityOf(event.event) ?? this.activity;
        break;
      case "check.completed":
        this.activity = `check ${oneLine(event.check.name)} ${event.check.status}`;
        break;
      case "phase.completed":
        this.issueUsage = addUsage(this.issueUsage, event.result.usage ? fromCodex(event.result.usage) : this.phaseUsage);
        this.phaseUsage = noUsage();
        this.phase = null;
        break;
      case "issue.completed":
        this.issue = null;
        break;
      default:
        break;
    }
  }

  /** True while a phase runs: the only time a status line or heartbeat has something to say. */
  get working(): boolean {
    return this.issue !== null && this.phase !== null;
  }

  private tokens(): number {
    return totalTokens(addUsage(this.issueUsage, this.phaseUsage));
  }

  /** `▸ 2/7 GREET-1 · dev #1 1m12s · run 14m03s · 18k tokens · $ npm test` (untrusted parts neutralised). */
  statusLine(): string | null {
    if (!this.working || !this.phase) return null;
    const t = this.now();
    const run = this.runStartedAt === null ? "" : ` · run ${formatDuration(t - this.runStartedAt)}`;
    const activity = this.activity ? ` · ${this.activity}` : "";
    return `▸ ${this.index}/${this.total} ${neutralise(this.issue ?? "")} · ${this.phase.name} #${this.phase.attempt} ${formatDuration(t - this.phase.startedAt)}${run} · ${shortTokens(this.tokens())} tokens${activity}`;
  }

  /** `… GREET-1 dev #1 still working (4m10s, 18k tokens)`. */
  heartbeat(): string | null {
    if (!this.working || !this.phase) return null;
    return `… ${neutralise(this.issue ?? "")} ${this.phase.name} #${this.phase.attempt} still working (${formatDuration(this.now() - this.phase.startedAt)}, ${shortTokens(this.tokens())} tokens)`;
  }
}

function activityOf(event: Extract<EngineEvent, { type: "runner.event" }>["event"]): string | null {
  switch (event.type) {
    case "turn.started":
      return "thinking";
    case "item.started":
    case "item.updated":
    case "item.completed": {
      const { item } = event;
      if (item.type === "command_execution") return `$ ${oneLine(displayCommand(item.command))}`;
      if (item.type === "file_change") return `✎ ${oneLine(item.changes.map((c) => c.path.split("/").at(-1) ?? "").join(", "))}`;
      if (item.type === "reasoning") return "thinking";
      if (item.type === "agent_message") return "writing";
      return null;
    }
    default:
      return null;
  }
}
