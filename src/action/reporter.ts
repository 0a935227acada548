import { relative } from "node:path";
import * as core from "@actions/core";
import type { EngineEvent, IssueSummary, RunSummary, Sink } from "../engine/events";
import type { Redactor } from "../report/redact";
import { styleFor } from "../report/style";
import { terminalSink } from "../report/terminal";

/**
 * The Actions log: one `::group::` per phase holding the streamed runner output, the phase result and the
 * issue's outcome outside the groups, an error annotation on the issue doc of every issue that failed or
 * was capped, and warnings as warning annotations. Workflow-command text is escaped by @actions/core.
 */
export function actionsSink(out: NodeJS.WritableStream, redactor: Redactor, opts: { repoRoot: () => string | null; workspace: string }): Sink {
  const term = terminalSink(out, styleFor({ isTTY: false }, { NO_COLOR: "1" }), redactor);
  // The terminal sink coalesces its writes; flush before a workflow command so the log keeps its order.
  const flush = () => void term.close?.();
  let open = false;
  const closeGroup = () => {
    if (!open) return;
    flush();
    core.endGroup();
    open = false;
  };
  const docPath = (issue: IssueSummary) => {
    const root = opts.repoRoot();
    return root ? relative(opts.workspace, `${root}/${issue.path}`) : issue.path;
  };
  return {
    handle(event: EngineEvent) {
      if (event.type === "phase.started") {
        flush();
        core.startGroup(redactor.redact(`${event.issue} ${event.phase} #${event.attempt}`));
        open = true;
      }
      if (event.type === "phase.completed") {
        closeGroup();
      }
      if (event.type === "run.completed") closeGroup();
      term.handle(event);
      if (event.type === "warning") {
        flush();
        core.warning(redactor.redact(event.message), { title: event.issue ? `orchestrator: ${event.issue}` : "orchestrator" });
      }
      if (event.type === "issue.completed" && (event.summary.status === "failed" || event.summary.status === "capped")) {
        flush();
        const i = event.summary;
        core.error(redactor.redact(`${i.id} ${i.status}: ${i.reason ?? ""}`), { title: `orchestrator: ${i.id} ${i.status}`, file: docPath(i) });
      }
    },
    async close() {
      closeGroup();
      await term.close?.();
    },
  };
}

/** The job summary: a table of every issue (status, cycles, branch, tokens) and where the logs went. */
export async function writeJobSummary(summary: RunSummary, redact: (text: string) => string, opts: { artifactName: string | null; bundle: string | null }): Promise<void> {
  const rows = summary.issues.map((i) => [i.id, i.status, String(i.reviews), String(i.fixes), i.status === "skipped" ? "" : i.branch, `${i.usage.inputTokens} in / ${i.usage.outputTokens} out`].map(redact));
  const passed = summary.issues.filter((i) => i.status === "passed").length;
  core.summary
    .addHeading(`orchestrator: milestone ${summary.milestone} ${summary.interrupted ? "interrupted" : summary.status}`, 2)
    .addRaw(`${passed}/${summary.issues.length} issues passed. Run \`${summary.runId}\`.`, true)
    .addTable([
      [
        { data: "issue", header: true },
        { data: "status", header: true },
        { data: "reviews", header: true },
        { data: "fixes", header: true },
        { data: "branch", header: true },
        { data: "tokens", header: true },
      ],
      ...rows,
    ]);
  const notes = [
    opts.artifactName ? `Logs: artifact \`${opts.artifactName}\`.` : null,
    opts.bundle ? `Branches: \`${opts.bundle}\` in the logs (restore with \`git fetch <bundle> 'refs/heads/*:refs/heads/*'\`).` : null,
  ].filter((n): n is string => n !== null);
  if (notes.length > 0) core.summary.addRaw(notes.join(" "), true);
  await core.summary.write();
}
