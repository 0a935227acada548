import { randomUUID } from "node:crypto";
import { relative } from "node:path";
import * as core from "@actions/core";
import type { EngineEvent, IssueSummary, RunSummary, Sink } from "../core/events";
import { neutralise } from "../report/neutralise";
import type { Redactor } from "../report/redact";
import { styleFor } from "../report/style";
import { terminalSink } from "../report/terminal";
import { formatDuration, formatUsd, type TokenUsage } from "../report/usage";

/** A workflow command line as @actions/core writes it: data and properties escaped so text cannot end it. */
export function workflowCommand(name: string, properties: Record<string, string | number | undefined>, message: string): string {
  const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
  const props = Object.entries(properties)
    .filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== "")
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(",");
  return `::${name}${props ? ` ${props}` : ""}::${escapeData(message)}\n`;
}

/**
 * Keeps the runner from reading untrusted text as workflow commands. Everything the run streams is written
 * while commands are stopped (`::stop-commands::<token>`, the documented mechanism); the engine's own
 * commands (groups, annotations) resume processing with the token for one line and stop again under a
 * fresh random token, which the agent never saw before it was written, so it cannot resume them itself.
 */
export function commandGate(out: NodeJS.WritableStream) {
  let token: string | null = null;
  const stop = () => {
    token = randomUUID().replace(/-/g, "");
    out.write(`::stop-commands::${token}\n`);
  };
  const resume = () => {
    if (token) out.write(`::${token}::\n`);
    token = null;
  };
  return {
    stop,
    /** Writes the engine's own command lines with processing on, then stops it again. */
    issue(lines: string) {
      resume();
      out.write(lines);
      stop();
    },
    /** Processing back on for good (the run's output is over). */
    end: resume,
  };
}

/**
 * The Actions log: one group per phase holding the streamed runner output, the phase result and the issue's
 * outcome outside the groups, an error annotation on the issue doc of every issue that failed or was
 * capped, and warnings as warning annotations. Untrusted text is neutralised by the terminal sink and can
 * never issue a workflow command (see `commandGate`).
 */
export function actionsSink(out: NodeJS.WritableStream, redactor: Redactor, opts: { repoRoot: () => string | null; workspace: string }): Sink {
  const term = terminalSink(out, styleFor({ isTTY: false }, { NO_COLOR: "1" }), redactor, { live: "heartbeat" });
  const gate = commandGate(out);
  let started = false;
  // The terminal sink coalesces its writes; flush before a workflow command so the log keeps its order.
  const command = (name: string, properties: Record<string, string | number | undefined>, message: string) => {
    term.flush();
    gate.issue(workflowCommand(name, properties, neutralise(redactor.redact(message))));
  };
  let open = false;
  const closeGroup = () => {
    if (!open) return;
    command("endgroup", {}, "");
    open = false;
  };
  const docPath = (issue: IssueSummary) => {
    const root = opts.repoRoot();
    return root ? relative(opts.workspace, `${root}/${issue.path}`) : issue.path;
  };
  return {
    handle(event: EngineEvent) {
      if (!started) {
        started = true;
        gate.stop();
      }
      if (event.type === "phase.started") {
        command("group", {}, `${event.issue} ${event.phase} #${event.attempt}`);
        open = true;
      }
      if (event.type === "phase.completed") closeGroup();
      if (event.type === "run.completed") closeGroup();
      term.handle(event);
      if (event.type === "warning") command("warning", { title: event.issue ? `orchestrator: ${event.issue}` : "orchestrator" }, event.message);
      if (event.type === "issue.completed" && (event.summary.status === "failed" || event.summary.status === "capped")) {
        const i = event.summary;
        command("error", { title: `orchestrator: ${i.id} ${i.status}`, file: docPath(i) }, `${i.id} ${i.status}: ${i.reason ?? ""}`);
      }
    },
    async close() {
      closeGroup();
      await term.close?.();
      gate.end();
    },
  };
}

/** Text for an HTML cell or line of the job summary: no markup, no markdown, no control characters. */
export function summaryText(text: string): string {
  // One pass, so an entity written for one character is never escaped again for another.
  return neutralise(text).replace(/[&<>"'\\`*_[\]()!|~#]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A link to the issue's pull request (only an http(s) URL the API returned), or the warning. */
function pullRequestHtml(i: IssueSummary, text: (s: string) => string): string {
  const pr = i.pullRequest;
  if (!pr) return "";
  if ("error" in pr) return `warning: ${text(pr.error)}`;
  const label = `#${pr.number} ${pr.action}`;
  return /^https?:\/\/[^\s"'<>]+$/.test(pr.url) ? `<a href="${pr.url.replace(/&/g, "&amp;")}">${text(label)}</a>` : text(label);
}

/** The job summary: a table of every issue (status, cycles, branch, tokens) and where the logs went. */
export async function writeJobSummary(summary: RunSummary, redact: (text: string) => string, opts: { artifactName: string | null; bundle: string | null }): Promise<void> {
  const text = (s: string) => summaryText(redact(s));
  const c = (x: number) => x.toLocaleString("en-US");
  const tokens = (u: TokenUsage) => `${c(u.inputTokens)} in (${c(u.cachedInputTokens)} cached) / ${c(u.outputTokens)} out`;
  const cost = (usd: number | null) => (usd === null ? "unknown" : formatUsd(usd));
  const prs = summary.issues.some((i) => i.pullRequest);
  const rows = summary.issues.map((i) => [
    ...[i.id, i.status, String(i.reviews), String(i.fixes), i.status === "skipped" ? "" : i.branch, tokens(i.usage), i.status === "skipped" ? "" : cost(i.costUsd)].map(text),
    ...(prs ? [pullRequestHtml(i, text)] : []),
  ]);
  const passed = summary.issues.filter((i) => i.status === "passed").length;
  core.summary
    .addHeading(text(`orchestrator: milestone ${summary.milestone} ${summary.interrupted ? "interrupted" : summary.status}`), 2)
    .addRaw(`${passed}/${summary.issues.length} issues passed. Run <code>${text(summary.runId)}</code>.`, true)
    .addTable([
      [
        { data: "issue", header: true },
        { data: "status", header: true },
        { data: "reviews", header: true },
        { data: "fixes", header: true },
        { data: "branch", header: true },
        { data: "tokens", header: true },
        { data: "cost", header: true },
        ...(prs ? [{ data: "pull request", header: true }] : []),
      ],
      ...rows,
      ["total", "", "", "", "", tokens(summary.usage), cost(summary.costUsd), ...(prs ? [""] : [])].map((cell, index) => (index === 0 ? { data: `<b>${text(cell)}</b>` } : { data: text(cell) })),
    ])
    .addRaw(`Run time ${text(formatDuration(summary.durationMs))}; cost is an estimate from ${summary.costUsd === null ? "no known price (set runner.pricing)" : "runner.pricing or the built-in price table"}.`, true);
  const notes = [
    opts.artifactName ? `Logs: artifact <code>${text(opts.artifactName)}</code>.` : null,
    opts.bundle ? `Branches: <code>${text(opts.bundle)}</code> in the logs (restore with <code>git fetch &lt;bundle&gt; &#39;refs/heads/&#42;:refs/heads/&#42;&#39;</code>).` : null,
  ].filter((n): n is string => n !== null);
  if (notes.length > 0) core.summary.addRaw(notes.join(" "), true);
  await core.summary.write();
}
