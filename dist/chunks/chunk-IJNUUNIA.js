#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  lineWriter
} from "./chunk-WM627BPP.js";
import {
  addUsage,
  formatDuration,
  formatUsd,
  fromCodex,
  noUsage,
  shortTokens,
  totalTokens
} from "./chunk-PHBKDZCG.js";
import {
  liveOutput
} from "./chunk-U3V3BPXA.js";
import {
  table
} from "./chunk-5SM3VJ5H.js";
import {
  neutralise
} from "./chunk-4FFY6RUW.js";

// src/report/command-text.ts
function displayCommand(command) {
  const single = /^\S*\/(?:ba|z)?sh -l?c '(.*)'$/s.exec(command);
  if (single) return single[1].replace(/'\\''/g, "'");
  const double = /^\S*\/(?:ba|z)?sh -l?c "(.*)"$/s.exec(command);
  return double ? double[1].replace(/\\(["\\$`])/g, "$1") : command;
}

// src/report/progress.ts
var MAX_ACTIVITY = 60;
var oneLine = (text) => {
  const line = neutralise(text).replace(/\s*\n\s*/g, " ").trim();
  return line.length > MAX_ACTIVITY ? `${line.slice(0, MAX_ACTIVITY - 1)}\u2026` : line;
};
var Progress = class {
  constructor(now = Date.now) {
    this.now = now;
  }
  now;
  total = 0;
  index = 0;
  issue = null;
  phase = null;
  runStartedAt = null;
  issueUsage = noUsage();
  phaseUsage = noUsage();
  activity = "";
  handle(event) {
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
  get working() {
    return this.issue !== null && this.phase !== null;
  }
  tokens() {
    return totalTokens(addUsage(this.issueUsage, this.phaseUsage));
  }
  /** `▸ 2/7 GREET-1 · dev #1 1m12s · run 14m03s · 18k tokens · $ npm test` (untrusted parts neutralised). */
  statusLine() {
    if (!this.working || !this.phase) return null;
    const t = this.now();
    const run = this.runStartedAt === null ? "" : ` \xB7 run ${formatDuration(t - this.runStartedAt)}`;
    const activity = this.activity ? ` \xB7 ${this.activity}` : "";
    return `\u25B8 ${this.index}/${this.total} ${neutralise(this.issue ?? "")} \xB7 ${this.phase.name} #${this.phase.attempt} ${formatDuration(t - this.phase.startedAt)}${run} \xB7 ${shortTokens(this.tokens())} tokens${activity}`;
  }
  /** `… GREET-1 dev #1 still working (4m10s, 18k tokens)`. */
  heartbeat() {
    if (!this.working || !this.phase) return null;
    return `\u2026 ${neutralise(this.issue ?? "")} ${this.phase.name} #${this.phase.attempt} still working (${formatDuration(this.now() - this.phase.startedAt)}, ${shortTokens(this.tokens())} tokens)`;
  }
};
function activityOf(event) {
  switch (event.type) {
    case "turn.started":
      return "thinking";
    case "item.started":
    case "item.updated":
    case "item.completed": {
      const { item } = event;
      if (item.type === "command_execution") return `$ ${oneLine(displayCommand(item.command))}`;
      if (item.type === "file_change") return `\u270E ${oneLine(item.changes.map((c) => c.path.split("/").at(-1) ?? "").join(", "))}`;
      if (item.type === "reasoning") return "thinking";
      if (item.type === "agent_message") return "writing";
      return null;
    }
    default:
      return null;
  }
}

// src/report/terminal.ts
var SLOW_COMMAND_MS = 5e3;
var MAX_MESSAGE_LINES = 8;
var MAX_LINE = 220;
function clip(text, lines = MAX_MESSAGE_LINES) {
  const all = neutralise(text).split(/␍?\n/).filter((l) => l.trim() !== "");
  const shown = all.slice(0, lines).map((l) => l.length > MAX_LINE ? `${l.slice(0, MAX_LINE - 1)}\u2026` : l);
  if (all.length > lines) shown.push(`\u2026 (${all.length - lines} more lines in the log)`);
  return shown;
}
var plural = (n, word, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
function isContractAnswer(text) {
  if (!text.trimStart().startsWith("{")) return false;
  try {
    const answer = JSON.parse(text);
    return typeof answer === "object" && answer !== null && "phase" in answer && typeof answer.phase === "string";
  } catch {
    return false;
  }
}
var seconds = (ms) => ms < 6e4 ? `${(ms / 1e3).toFixed(1)}s` : formatDuration(ms);
var MAX_OUTPUT_LINES = 200;
var indent = (text, by = "      ") => text.replace(/^/gm, by);
function commandOutput(text, s) {
  const out = neutralise(text).split(/\n/);
  while (out.length > 0 && out.at(-1)?.trim() === "") out.pop();
  const shown = out.slice(0, MAX_OUTPUT_LINES);
  if (out.length > MAX_OUTPUT_LINES) shown.push(`\u2026 ${out.length - MAX_OUTPUT_LINES} more lines (orchestrator logs --raw)`);
  return shown.length > 0 ? [s.dim(indent(shown.join("\n")))] : [];
}
function describeItem(item, s, view) {
  const relativize = view.relativize ?? ((path) => path);
  switch (item.type) {
    case "agent_message":
      if (isContractAnswer(item.text)) return [];
      return view.whole ? [`\u2502 ${neutralise(item.text).replace(/\n/g, "\n  \u2502 ")}`] : clip(item.text).map((l) => `\u2502 ${l}`);
    case "reasoning":
      return view.whole ? [s.dim(`\xB7 ${neutralise(item.text)}`)] : clip(item.text, 2).map((l) => s.dim(`\xB7 ${l}`));
    case "command_execution": {
      const code = item.exit_code ?? null;
      const status = code === null ? neutralise(String(item.status)) : `exit ${code}`;
      const mark = code === 0 ? s.green(status) : s.red(status);
      if (view.whole) return [`$ ${neutralise(displayCommand(item.command))}  ${mark}`, ...commandOutput(item.aggregated_output ?? "", s)];
      const took = view.tookMs === void 0 ? "" : s.dim(` (${seconds(view.tookMs)})`);
      return [`$ ${clip(displayCommand(item.command), 1)[0] ?? ""}  ${mark}${took}`];
    }
    case "file_change":
      return item.changes.map((c) => `\u270E ${neutralise(c.kind)} ${neutralise(relativize(c.path))}`);
    case "mcp_tool_call":
      return [`\u2699 ${neutralise(item.server)}.${neutralise(item.tool)} ${neutralise(item.status)}`];
    case "web_search":
      return [`\u2315 ${neutralise(item.query)}`];
    case "todo_list":
      return item.items.map((t) => s.dim(`${t.completed ? "\u2611" : "\u2610"} ${neutralise(t.text)}`));
    case "error":
      return [s.yellow(`! ${neutralise(item.message)}`)];
    default:
      return [];
  }
}
function describeUsage(u) {
  const c = (x) => x.toLocaleString("en-US");
  return `${c(u.inputTokens)} in (${c(u.cachedInputTokens)} cached), ${c(u.outputTokens)} out (${c(u.reasoningTokens)} reasoning)`;
}
function describeRunnerEvent(event, s, view = {}) {
  switch (event.type) {
    case "item.completed":
      return describeItem(event.item, s, view);
    case "turn.completed":
      return [s.dim(`tokens: ${describeUsage(fromCodex(event.usage))}`)];
    case "turn.failed":
      return [s.red(`turn failed: ${neutralise(event.error.message)}`)];
    case "error":
      return [s.red(`error: ${neutralise(event.message)}`)];
    default:
      return [];
  }
}
function describeResult(r, s) {
  const head = `${r.phase} #${r.attempt}`;
  const used = r.usage ? fromCodex(r.usage) : null;
  const spent = used && totalTokens(used) > 0 ? `, ${shortTokens(totalTokens(used))} tokens${r.costUsd === null ? "" : `, ${formatUsd(r.costUsd)}`}` : "";
  const secs = `${seconds(r.durationMs)}${spent}`;
  const commit = r.commit ? s.dim(` commit ${r.commit.slice(0, 10)}`) : "";
  if (r.error) {
    const lines2 = [s.red(`\u2717 ${head} ${r.status}: ${neutralise(r.error.message)}`) + s.dim(` (${secs})`)];
    for (const d of r.error.details ?? []) lines2.push(s.red(`    ${neutralise(d)}`));
    return lines2;
  }
  const out = r.output;
  const good = r.status === "done" || r.status === "pass";
  const mark = good ? s.green("\u2713") : s.red("\u2717");
  const lines = [`${mark} ${head} ${s.bold(neutralise(r.status))}: ${clip(out?.summary ?? "", 1)[0] ?? ""}${s.dim(` (${secs})`)}${commit}`];
  for (const f of out && "findings" in out ? out.findings : []) {
    const where = f.path ? ` ${neutralise(f.path)}${f.line ? `:${neutralise(String(f.line))}` : ""}` : "";
    lines.push(`    ${neutralise(f.id)} ${neutralise(f.severity)}${where}: ${clip(f.message, 1)[0] ?? ""}`);
  }
  return lines;
}
var STATUS_MARK = {
  passed: (s, t) => s.green(t),
  capped: (s, t) => s.yellow(t),
  failed: (s, t) => s.red(t),
  skipped: (s, t) => s.dim(t)
};
var tokensCell = (u) => totalTokens(u) === 0 ? "" : shortTokens(totalTokens(u));
var costCell = (usd, u) => totalTokens(u) === 0 ? "" : usd === null ? "?" : formatUsd(usd);
function pullRequestCell(i) {
  const pr = i.pullRequest;
  if (!pr) return "";
  if ("error" in pr) return `warning: ${clip(pr.error, 1)[0] ?? ""}`;
  return `#${pr.number} ${pr.action} ${pr.url}`;
}
function renderSummary(summary, s) {
  const prs = summary.issues.some((i) => i.pullRequest);
  const rows = summary.issues.map((i) => [i.id, i.status, `${plural(i.reviews, "review")}, ${plural(i.fixes, "fix", "fixes")}`, i.branch, ...prs ? [pullRequestCell(i)] : [], tokensCell(i.usage), costCell(i.costUsd, i.usage), clip(i.reason ?? "", 1)[0] ?? ""].map(neutralise));
  const body = table(["issue", "status", "cycles", "branch", ...prs ? ["pull request"] : [], "tokens", "cost", "reason"], rows).split("\n").map((line, index) => {
    const issue = index === 0 ? void 0 : summary.issues[index - 1];
    return issue ? STATUS_MARK[issue.status](s, line) : s.bold(line);
  }).join("\n");
  const passed = summary.issues.filter((i) => i.status === "passed").length;
  const verdict = summary.interrupted ? s.red("interrupted") : summary.status === "passed" ? s.green("passed") : s.red("failed");
  const kept = summary.issues.filter((i) => i.worktree).map((i) => `worktree kept for inspection: ${neutralise(i.worktree ?? "")}`);
  kept.push(...summary.issues.filter((i) => i.hint).map((i) => `hint for ${neutralise(i.id)}: ${neutralise(i.hint ?? "")}`));
  return [
    "",
    `Run ${neutralise(summary.runId)}: ${verdict} \u2014 ${passed}/${summary.issues.length} issues passed`,
    "",
    summary.issues.length > 0 ? body : "(no issue to run)",
    "",
    `total: ${describeUsage(summary.usage)}; ${summary.costUsd === null ? "cost unknown (no price for the model; see runner.pricing)" : `about ${formatUsd(summary.costUsd)}`}; ${formatDuration(summary.durationMs)}`,
    ...kept,
    `logs: ${neutralise(summary.logDir)}`,
    ""
  ].join("\n");
}
function terminalSink(stream, s, redactor, opts = {}) {
  const now = opts.now ?? Date.now;
  const progress = new Progress(now);
  const live = liveOutput(opts.live ?? "none", stream, progress);
  const out = lineWriter(live);
  const write = (lines, indent2 = "") => {
    if (lines.length > 0) out.write(redactor.redact(lines.map((l) => `${indent2}${l}`).join("\n") + "\n"));
  };
  const commands = /* @__PURE__ */ new Map();
  const commandStarted = (id, command) => {
    const timer = setTimeout(() => {
      write([s.dim(`$ ${clip(displayCommand(command), 1)[0] ?? ""} \u2026 (running)`)], "    ");
      out.flush();
    }, SLOW_COMMAND_MS);
    timer.unref();
    commands.set(id, { startedAt: now(), timer });
  };
  const commandEnded = (id) => {
    const started = commands.get(id);
    if (!started) return void 0;
    clearTimeout(started.timer);
    commands.delete(id);
    return now() - started.startedAt;
  };
  const forgetCommands = () => {
    for (const { timer } of commands.values()) clearTimeout(timer);
    commands.clear();
  };
  const worktrees = /* @__PURE__ */ new Map();
  const relativize = (issue) => (path) => {
    const root = worktrees.get(issue);
    return root && path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path;
  };
  return {
    handle(event) {
      progress.handle(event);
      live.changed();
      switch (event.type) {
        case "run.started":
          write([
            s.bold(`orchestrator: milestone ${neutralise(event.milestone)}, ${plural(event.plan.length, "issue")}`) + (event.plan.length > 0 ? `: ${event.plan.map((p) => neutralise(p.id)).join(" \u2192 ")}` : ""),
            s.dim(`logs: ${neutralise(event.logDir)}`)
          ]);
          break;
        case "warning":
          write([s.yellow(`warning: ${neutralise(event.message)}`)]);
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
          const lines = ["", s.bold(s.cyan(`\u25B6 ${neutralise(event.issue)}  ${clip(event.title, 1)[0] ?? ""}`))];
          const r = event.resumed;
          if (r === null) lines.push(s.dim(neutralise(`  ${event.branch} from ${from} in ${event.worktree}`)));
          else {
            const found = r.state === "untouched" ? "no engine work yet" : `engine work${r.lastPhase ? ` (last: ${r.lastPhase})` : ""}`;
            const merged = event.merged.length > 0 ? ` + ${event.merged.join(", ")}` : "";
            lines.push(s.dim(neutralise(`  resuming ${event.branch}${r.source === "origin" ? ` (tracked from origin/${event.branch})` : ""}${merged}: ${found} in ${event.worktree}`)));
            if (r.recovered) lines.push(s.dim(neutralise(`  uncommitted work left by a stopped run committed as ${r.recovered.slice(0, 12)} (recovered work)`)));
          }
          write(lines);
          break;
        }
        case "issue.skipped":
          write(["", s.dim(neutralise(`\u25B7 ${event.issue} skipped: ${event.reason}`))]);
          break;
        case "phase.started":
          write([s.bold(neutralise(`\u25CF ${event.phase} #${event.attempt}`))], "  ");
          break;
        case "runner.event": {
          const e = event.event;
          if (e.type === "item.started" && e.item.type === "command_execution") commandStarted(e.item.id, e.item.command);
          const tookMs = e.type === "item.completed" && e.item.type === "command_execution" ? commandEnded(e.item.id) : void 0;
          write(describeRunnerEvent(e, s, { relativize: relativize(event.issue), tookMs }), "    ");
          break;
        }
        case "check.completed": {
          const c = event.check;
          const secs = s.dim(` (${(c.durationMs / 1e3).toFixed(1)}s)`);
          const how = c.status === "passed" ? s.green("passed") : s.red(c.status === "failed" ? `failed (exit ${c.exitCode ?? c.signal})` : c.status === "timeout" ? "timed out" : "aborted");
          write([`${c.status === "passed" ? s.green("\u2713") : s.red("\u2717")} check ${neutralise(c.name)} ${how}${secs}`], "    ");
          break;
        }
        case "verdict":
          write([s.yellow(`\u2696 ${neutralise(event.message)}`)], "  ");
          break;
        case "phase.completed":
          forgetCommands();
          write(describeResult(event.result, s), "  ");
          break;
        case "issue.completed": {
          const i = event.summary;
          const reason = i.reason ? `: ${i.reason}` : "";
          const lines = [STATUS_MARK[i.status](s, neutralise(`\u25A0 ${i.id} ${i.status}${reason}`)) + s.dim(` (${plural(i.reviews, "review")}, ${plural(i.fixes, "fix", "fixes")})`)];
          if (i.hint) lines.push(neutralise(`  hint: ${i.hint}`));
          write(lines, "  ");
          break;
        }
        case "run.completed":
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
    }
  };
}

export {
  displayCommand,
  SLOW_COMMAND_MS,
  indent,
  describeUsage,
  describeRunnerEvent,
  pullRequestCell,
  renderSummary,
  terminalSink
};
//# sourceMappingURL=chunk-IJNUUNIA.js.map
