import type { ThreadEvent, ThreadItem } from "@openai/codex-sdk";
import type { EngineEvent, IssueSummary, PhaseResult, RunSummary, Sink } from "../engine/events";
import { lineWriter } from "./line-writer";
import { neutralise as n } from "./neutralise";
import type { Redactor } from "./redact";
import { table, type Style } from "./style";

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

/** codex runs commands as `/bin/bash -lc '<cmd>'`; show what the agent asked for. */
export function displayCommand(command: string): string {
  const single = /^\S*\/(?:ba|z)?sh -l?c '(.*)'$/s.exec(command);
  if (single) return (single[1] as string).replace(/'\\''/g, "'");
  const double = /^\S*\/(?:ba|z)?sh -l?c "(.*)"$/s.exec(command);
  return double ? (double[1] as string).replace(/\\(["\\$`])/g, "$1") : command;
}

/** The phase answer is shown by the phase result line; the raw JSON would only repeat it. */
function isContractAnswer(text: string): boolean {
  if (!text.trimStart().startsWith("{")) return false;
  try {
    return typeof (JSON.parse(text) as { phase?: unknown }).phase === "string";
  } catch {
    return false;
  }
}

function describeItem(item: ThreadItem, s: Style, relativize: (path: string) => string): string[] {
  switch (item.type) {
    case "agent_message":
      return isContractAnswer(item.text) ? [] : clip(item.text).map((l) => `│ ${l}`);
    case "reasoning":
      return clip(item.text, 2).map((l) => s.dim(`· ${l}`));
    case "command_execution": {
      const code = item.exit_code ?? null;
      const status = code === null ? n(String(item.status)) : `exit ${code}`;
      const mark = code === 0 ? s.green(status) : s.red(status);
      return [`$ ${clip(displayCommand(item.command), 1)[0] ?? ""}  ${mark}`];
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

function describeRunnerEvent(event: ThreadEvent, s: Style, relativize: (path: string) => string): string[] {
  switch (event.type) {
    case "item.started":
      return event.item.type === "command_execution" ? [s.dim(`$ ${clip(displayCommand(event.item.command), 1)[0] ?? ""} …`)] : [];
    case "item.completed":
      return describeItem(event.item, s, relativize);
    case "turn.completed":
      return [s.dim(`tokens: ${event.usage.input_tokens} in, ${event.usage.output_tokens} out`)];
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
  const secs = `${(r.durationMs / 1000).toFixed(1)}s`;
  const commit = r.commit ? s.dim(` commit ${r.commit.slice(0, 10)}`) : "";
  if (r.error) {
    const lines = [s.red(`✗ ${head} ${r.status}: ${n(r.error.message)}`) + s.dim(` (${secs})`)];
    for (const d of r.error.details ?? []) lines.push(s.red(`    ${n(d)}`));
    return lines;
  }
  const out = r.output as { summary?: string; findings?: { id: string; severity: string; path: string | null; line: number | null; message: string }[] };
  const good = r.status === "done" || r.status === "pass";
  const mark = good ? s.green("✓") : s.red("✗");
  const lines = [`${mark} ${head} ${s.bold(n(r.status))}: ${clip(out.summary ?? "", 1)[0] ?? ""}${s.dim(` (${secs})`)}${commit}`];
  for (const f of out.findings ?? []) {
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
  const rows = summary.issues.map((i) => [i.id, i.status, `${plural(i.reviews, "review")}, ${plural(i.fixes, "fix", "fixes")}`, i.branch, ...(prs ? [pullRequestCell(i)] : []), clip(i.reason ?? "", 1)[0] ?? ""].map(n));
  const body = table(["issue", "status", "cycles", "branch", ...(prs ? ["pull request"] : []), "reason"], rows)
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
    ...kept,
    `logs: ${n(summary.logDir)}`,
    "",
  ].join("\n");
}

/** Live, human-readable stream of a run; colour decided by the caller's Style. */
export function terminalSink(stream: NodeJS.WritableStream, s: Style, redactor: Redactor): Sink {
  const out = lineWriter(stream);
  const write = (lines: string[], indent = "") => {
    if (lines.length > 0) out.write(redactor.redact(lines.map((l) => `${indent}${l}`).join("\n") + "\n"));
  };
  const worktrees = new Map<string, string>();
  const relativize = (issue: string) => (path: string) => {
    const root = worktrees.get(issue);
    return root && path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path;
  };
  return {
    handle(event: EngineEvent) {
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
        case "runner.event":
          write(describeRunnerEvent(event.event, s, relativize(event.issue)), "    ");
          break;
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
          out.write(redactor.redact(renderSummary(event.summary, s)));
          out.flush();
          break;
      }
    },
    async close() {
      out.flush();
    },
  };
}
