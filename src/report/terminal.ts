import type { ThreadEvent, ThreadItem } from "@openai/codex-sdk";
import type { EngineEvent, IssueSummary, PhaseResult, RunSummary, Sink } from "../core/events";
import { displayCommand } from "./command-text";
import { lineWriter } from "./line-writer";
import { liveOutput, type LiveMode } from "./live";
import { neutralise as n } from "./neutralise";
import { Progress } from "./progress";
import type { Redactor } from "./redact";
import { table, type Style } from "./style";
import { formatDuration, formatUsd, fromCodex, shortTokens, totalTokens, type TokenUsage } from "./usage";

export { displayCommand };

/** A command still running after this long gets a line when it starts, not only when it ends. */
export const SLOW_COMMAND_MS = 5000;

const MAX_MESSAGE_LINES = 8;
const MAX_LINE = 220;

/** Untrusted text, neutralised (src/report/neutralise.ts) and cut to what a terminal line shows. */
function clip(text: string, lines = MAX_MESSAGE_LINES): string[] {
  const all = n(text).split(/␍?\n/).filter((l) => l.trim() !== "");
  const shown = all.slice(0, lines).map((l) => (l.length > MAX_LINE ? `${l.slice(0, MAX_LINE - 1)}…` : l));
  if (all.length > lines) shown.push(`… (${all.length - lines} more lines in the log)`);
  return shown;
}

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

/** The phase answer is shown by the phase result line; the raw JSON would only repeat it. */
function isContractAnswer(text: string): boolean {
  if (!text.trimStart().startsWith("{")) return false;
  try {
    const answer: unknown = JSON.parse(text);
    return typeof answer === "object" && answer !== null && "phase" in answer && typeof answer.phase === "string";
  } catch {
    return false;
  }
}

const seconds = (ms: number) => (ms < 60_000 ? `${(ms / 1000).toFixed(1)}s` : formatDuration(ms));

/**
 * How much of a runner event to show: the live stream clips text and names how long a command ran
 * (`tookMs`, when its start was seen); `orchestrator logs` shows it whole, with each command's output.
 */
export interface EventView {
  relativize?: (path: string) => string;
  tookMs?: number;
  whole?: boolean;
}

/** At most this many lines of one command's output in `orchestrator logs` (the raw log has them all). */
const MAX_OUTPUT_LINES = 200;

export const indent = (text: string, by = "      ") => text.replace(/^/gm, by);

function commandOutput(text: string, s: Style): string[] {
  const out = n(text).split(/\n/);
  while (out.length > 0 && out.at(-1)?.trim() === "") out.pop();
  const shown = out.slice(0, MAX_OUTPUT_LINES);
  if (out.length > MAX_OUTPUT_LINES) shown.push(`… ${out.length - MAX_OUTPUT_LINES} more lines (orchestrator logs --raw)`);
  return shown.length > 0 ? [s.dim(indent(shown.join("\n")))] : [];
}

function describeItem(item: ThreadItem, s: Style, view: EventView): string[] {
  const relativize = view.relativize ?? ((path: string) => path);
  switch (item.type) {
    case "agent_message":
      if (isContractAnswer(item.text)) return [];
      return view.whole ? [`│ ${n(item.text).replace(/\n/g, "\n  │ ")}`] : clip(item.text).map((l) => `│ ${l}`);
    case "reasoning":
      return view.whole ? [s.dim(`· ${n(item.text)}`)] : clip(item.text, 2).map((l) => s.dim(`· ${l}`));
    case "command_execution": {
      const code = item.exit_code ?? null;
      const status = code === null ? n(String(item.status)) : `exit ${code}`;
      const mark = code === 0 ? s.green(status) : s.red(status);
      if (view.whole) return [`$ ${n(displayCommand(item.command))}  ${mark}`, ...commandOutput(item.aggregated_output ?? "", s)];
      const took = view.tookMs === undefined ? "" : s.dim(` (${seconds(view.tookMs)})`);
      return [`$ ${clip(displayCommand(item.command), 1)[0] ?? ""}  ${mark}${took}`];
    }
    case "file_change":
      return item.changes.map((c) => `✎ ${n(c.kind)} ${n(relativize(c.path))}`);
    case "mcp_tool_call":
      return [`⚙ ${n(item.server)}.${n(item.tool)} ${n(item.status)}`];
    case "web_search":
      return [`⌕ ${n(item.query)}`];
    case "todo_list":
      return item.items.map((t) => s.dim(`${t.completed ? "☑" : "☐"} ${n(t.text)}`));
    case "error":
      return [s.yellow(`! ${n(item.message)}`)];
    default:
      return [];
  }
}

/** `1,234 in (1,000 cached), 56 out (12 reasoning)`. */
export function describeUsage(u: TokenUsage): string {
  const c = (x: number) => x.toLocaleString("en-US");
  return `${c(u.inputTokens)} in (${c(u.cachedInputTokens)} cached), ${c(u.outputTokens)} out (${c(u.reasoningTokens)} reasoning)`;
}

/** Command starts are shown by the caller (only for slow commands). */
export function describeRunnerEvent(event: ThreadEvent, s: Style, view: EventView = {}): string[] {
  switch (event.type) {
    case "item.completed":
      return describeItem(event.item, s, view);
    case "turn.completed":
      return [s.dim(`tokens: ${describeUsage(fromCodex(event.usage))}`)];
    case "turn.failed":
      return [s.red(`turn failed: ${n(event.error.message)}`)];
    case "error":
      return [s.red(`error: ${n(event.message)}`)];
    default:
      return [];
  }
}

function describeResult(r: PhaseResult, s: Style): string[] {
  const head = `${r.phase} #${r.attempt}`;
  const used = r.usage ? fromCodex(r.usage) : null;
  const spent = used && totalTokens(used) > 0 ? `, ${shortTokens(totalTokens(used))} tokens${r.costUsd === null ? "" : `, ${formatUsd(r.costUsd)}`}` : "";
  const secs = `${seconds(r.durationMs)}${spent}`;
  const commit = r.commit ? s.dim(` commit ${r.commit.slice(0, 10)}`) : "";
  if (r.error) {
    const lines = [s.red(`✗ ${head} ${r.status}: ${n(r.error.message)}`) + s.dim(` (${secs})`)];
    for (const d of r.error.details ?? []) lines.push(s.red(`    ${n(d)}`));
    return lines;
  }
  const out = r.output;
  const good = r.status === "done" || r.status === "pass";
  const mark = good ? s.green("✓") : s.red("✗");
  const lines = [`${mark} ${head} ${s.bold(n(r.status))}: ${clip(out?.summary ?? "", 1)[0] ?? ""}${s.dim(` (${secs})`)}${commit}`];
  for (const f of out && "findings" in out ? out.findings : []) {
    const where = f.path ? ` ${n(f.path)}${f.line ? `:${n(String(f.line))}` : ""}` : "";
    lines.push(`    ${n(f.id)} ${n(f.severity)}${where}: ${clip(f.message, 1)[0] ?? ""}`);
  }
  return lines;
}

const STATUS_MARK: Record<IssueSummary["status"], (s: Style, t: string) => string> = {
  passed: (s, t) => s.green(t),
  capped: (s, t) => s.yellow(t),
  failed: (s, t) => s.red(t),
  skipped: (s, t) => s.dim(t),
};

const tokensCell = (u: TokenUsage) => (totalTokens(u) === 0 ? "" : shortTokens(totalTokens(u)));
const costCell = (usd: number | null, u: TokenUsage) => (totalTokens(u) === 0 ? "" : usd === null ? "?" : formatUsd(usd));

/** `#12 opened <url>`, or the warning when the call failed; empty when the issue has no pull request. */
export function pullRequestCell(i: IssueSummary): string {
  const pr = i.pullRequest;
  if (!pr) return "";
  if ("error" in pr) return `warning: ${clip(pr.error, 1)[0] ?? ""}`;
  return `#${pr.number} ${pr.action} ${pr.url}`;
}

export function renderSummary(summary: RunSummary, s: Style): string {
  // The pull request column only when pull requests are on (some issue has one, or the reason it has none).
  const prs = summary.issues.some((i) => i.pullRequest);
  const rows = summary.issues.map((i) => [i.id, i.status, `${plural(i.reviews, "review")}, ${plural(i.fixes, "fix", "fixes")}`, i.branch, ...(prs ? [pullRequestCell(i)] : []), tokensCell(i.usage), costCell(i.costUsd, i.usage), clip(i.reason ?? "", 1)[0] ?? ""].map(n));
  const body = table(["issue", "status", "cycles", "branch", ...(prs ? ["pull request"] : []), "tokens", "cost", "reason"], rows)
    .split("\n")
    .map((line, index) => {
      const issue = index === 0 ? undefined : summary.issues[index - 1];
      return issue ? STATUS_MARK[issue.status](s, line) : s.bold(line);
    })
    .join("\n");
  const passed = summary.issues.filter((i) => i.status === "passed").length;
  const verdict = summary.interrupted
    ? s.red("interrupted")
    : summary.status === "passed"
      ? s.green("passed")
      : s.red("failed");
  const kept = summary.issues.filter((i) => i.worktree).map((i) => `worktree kept for inspection: ${n(i.worktree ?? "")}`);
  kept.push(...summary.issues.filter((i) => i.hint).map((i) => `hint for ${n(i.id)}: ${n(i.hint ?? "")}`));
  return [
    "",
    `Run ${n(summary.runId)}: ${verdict} — ${passed}/${summary.issues.length} issues passed`,
    "",
    summary.issues.length > 0 ? body : "(no issue to run)",
    "",
    `total: ${describeUsage(summary.usage)}; ${summary.costUsd === null ? "cost unknown (no price for the model; see runner.pricing)" : `about ${formatUsd(summary.costUsd)}`}; ${formatDuration(summary.durationMs)}`,
    ...kept,
    `logs: ${n(summary.logDir)}`,
    "",
  ].join("\n");
}

export interface TerminalOptions {
  /** A status line (TTY), heartbeat lines (elsewhere), or neither; default none. */
  live?: LiveMode;
  now?: () => number;
}

/** Live, human-readable stream of a run; colour decided by the caller's Style. */
export function terminalSink(stream: NodeJS.WritableStream, s: Style, redactor: Redactor, opts: TerminalOptions = {}): Sink & { flush(): void } {
  const now = opts.now ?? Date.now;
  const progress = new Progress(now);
  const live = liveOutput(opts.live ?? "none", stream, progress);
  const out = lineWriter(live);
  const write = (lines: string[], indent = "") => {
    if (lines.length > 0) out.write(redactor.redact(lines.map((l) => `${indent}${l}`).join("\n") + "\n"));
  };
  // Each command once: a line when it ends; one when it starts only if it is still running after a while.
  const commands = new Map<string, { startedAt: number; timer: NodeJS.Timeout }>();
  const commandStarted = (id: string, command: string) => {
    const timer = setTimeout(() => {
      write([s.dim(`$ ${clip(displayCommand(command), 1)[0] ?? ""} … (running)`)], "    ");
      out.flush();
    }, SLOW_COMMAND_MS);
    timer.unref();
    commands.set(id, { startedAt: now(), timer });
  };
  const commandEnded = (id: string): number | undefined => {
    const started = commands.get(id);
    if (!started) return undefined;
    clearTimeout(started.timer);
    commands.delete(id);
    return now() - started.startedAt;
  };
  const forgetCommands = () => {
    for (const { timer } of commands.values()) clearTimeout(timer);
    commands.clear();
  };
  const worktrees = new Map<string, string>();
  const relativize = (issue: string) => (path: string) => {
    const root = worktrees.get(issue);
    return root && path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path;
  };
  return {
    handle(event: EngineEvent) {
      progress.handle(event);
      live.changed();
      switch (event.type) {
        case "run.started":
          write([
            s.bold(`orchestrator: milestone ${n(event.milestone)}, ${plural(event.plan.length, "issue")}`) +
              (event.plan.length > 0 ? `: ${event.plan.map((p) => n(p.id)).join(" → ")}` : ""),
            s.dim(`logs: ${n(event.logDir)}`),
          ]);
          break;
        case "warning":
          write([s.yellow(`warning: ${n(event.message)}`)]);
          break;
        case "codex":
          write([event.version === null ? s.yellow(`warning: ${event.message}`) : s.dim(event.message)]);
          break;
        case "note":
          write([event.message]);
          break;
        case "issue.started": {
          worktrees.set(event.issue, event.worktree);
          const from = event.merged.length > 0 ? `${event.base} + ${event.merged.join(", ")}` : event.base;
          const lines = ["", s.bold(s.cyan(`▶ ${n(event.issue)}  ${clip(event.title, 1)[0] ?? ""}`))];
          const r = event.resumed;
          if (r === null) lines.push(s.dim(n(`  ${event.branch} from ${from} in ${event.worktree}`)));
          else {
            const found = r.state === "untouched" ? "no engine work yet" : `engine work${r.lastPhase ? ` (last: ${r.lastPhase})` : ""}`;
            const merged = event.merged.length > 0 ? ` + ${event.merged.join(", ")}` : "";
            lines.push(s.dim(n(`  resuming ${event.branch}${r.source === "origin" ? ` (tracked from origin/${event.branch})` : ""}${merged}: ${found} in ${event.worktree}`)));
            if (r.recovered) lines.push(s.dim(n(`  uncommitted work left by a stopped run committed as ${r.recovered.slice(0, 12)} (recovered work)`)));
          }
          write(lines);
          break;
        }
        case "issue.skipped":
          write(["", s.dim(n(`▷ ${event.issue} skipped: ${event.reason}`))]);
          break;
        case "phase.started":
          write([s.bold(n(`● ${event.phase} #${event.attempt}`))], "  ");
          break;
        case "runner.event": {
          const e = event.event;
          if (e.type === "item.started" && e.item.type === "command_execution") commandStarted(e.item.id, e.item.command);
          const tookMs = e.type === "item.completed" && e.item.type === "command_execution" ? commandEnded(e.item.id) : undefined;
          write(describeRunnerEvent(e, s, { relativize: relativize(event.issue), tookMs }), "    ");
          break;
        }
        case "check.completed": {
          const c = event.check;
          const secs = s.dim(` (${(c.durationMs / 1000).toFixed(1)}s)`);
          const how = c.status === "passed" ? s.green("passed") : s.red(c.status === "failed" ? `failed (exit ${c.exitCode ?? c.signal})` : c.status === "timeout" ? "timed out" : "aborted");
          write([`${c.status === "passed" ? s.green("✓") : s.red("✗")} check ${n(c.name)} ${how}${secs}`], "    ");
          break;
        }
        case "verdict":
          write([s.yellow(`⚖ ${n(event.message)}`)], "  ");
          break;
        case "phase.completed":
          forgetCommands();
          write(describeResult(event.result, s), "  ");
          break;
        case "issue.completed": {
          const i = event.summary;
          const reason = i.reason ? `: ${i.reason}` : "";
          const lines = [STATUS_MARK[i.status](s, n(`■ ${i.id} ${i.status}${reason}`)) + s.dim(` (${plural(i.reviews, "review")}, ${plural(i.fixes, "fix", "fixes")})`)];
          if (i.hint) lines.push(n(`  hint: ${i.hint}`));
          write(lines, "  ");
          break;
        }
        case "run.completed":
          // The status line goes before the summary: the summary is the last thing on screen.
          live.close();
          out.write(redactor.redact(renderSummary(event.summary, s)));
          out.flush();
          break;
      }
    },
    /** Writes what is pending now (before another writer's line, e.g. a workflow command). */
    flush() {
      out.flush();
    },
    async close() {
      forgetCommands();
      out.flush();
      live.close();
    },
  };
}
