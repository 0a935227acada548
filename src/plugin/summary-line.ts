import type { RunOutcome } from "../engine/session";
import { formatProblem } from "../errors";

/** The prefix of the shim's last stdout line; the rest of the line is one JSON object. */
export const SUMMARY_PREFIX = "orchestrator-summary: ";

export interface SummaryLine {
  exitCode: number;
  status: "passed" | "failed" | "interrupted" | "error";
  milestone: string;
  runDir: string | null;
  issues: { id: string; status: string; reviews: number; fixes: number; branch: string; reason: string | null }[];
  problems: string[];
}

/** One line a calling agent (or script) can parse without reading the human output above it. */
export function summaryLine(milestone: string, outcome: RunOutcome): string {
  const { summary } = outcome;
  const line: SummaryLine = {
    exitCode: outcome.exitCode,
    status: summary === null ? "error" : summary.interrupted ? "interrupted" : summary.status,
    milestone,
    runDir: summary?.logDir ?? null,
    issues: (summary?.issues ?? []).map(({ id, status, reviews, fixes, branch, reason }) => ({ id, status, reviews, fixes, branch, reason })),
    problems: outcome.problems.map((p) => formatProblem(p)),
  };
  return `${SUMMARY_PREFIX}${JSON.stringify(line)}\n`;
}
