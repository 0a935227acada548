import { runStatus, type RunOutcome } from "../engine/session";
import { formatProblem } from "../errors";

/** The prefix of the shim's last stdout line; the rest of the line is one JSON object. */
export const SUMMARY_PREFIX = "orchestrator-summary: ";

export interface SummaryLine {
  exitCode: number;
  status: "passed" | "failed" | "interrupted" | "error";
  milestone: string | null;
  runDir: string | null;
  issues: { id: string; status: string; reviews: number; fixes: number; branch: string; reason: string | null }[];
  problems: string[];
}

const line = (summary: SummaryLine) => `${SUMMARY_PREFIX}${JSON.stringify(summary)}\n`;

/** The summary of a call that never reached the engine (bad arguments). */
export const usageSummaryLine = (problem: string): string =>
  line({ exitCode: 2, status: "error", milestone: null, runDir: null, issues: [], problems: [problem] });

/** One line a calling agent (or script) can parse without reading the human output above it. */
export function summaryLine(milestone: string, outcome: RunOutcome): string {
  const { summary } = outcome;
  return line({
    exitCode: outcome.exitCode,
    status: runStatus(outcome),
    milestone,
    runDir: summary?.logDir ?? null,
    issues: (summary?.issues ?? []).map(({ id, status, reviews, fixes, branch, reason }) => ({ id, status, reviews, fixes, branch, reason })),
    problems: outcome.problems.map((p) => formatProblem(p)),
  });
}
