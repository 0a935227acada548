import type { Severity } from "../config/types";
import type { Finding, ReviewOutput } from "../contracts";
import type { Verdict } from "../core/events";
import type { CheckResult } from "../runner/checks";


const failedHow = (c: CheckResult): string => {
  if (c.status === "timeout") return "timed out";
  return c.exitCode !== null ? `exit ${c.exitCode}` : `signal ${c.signal ?? "unknown"}`;
};

/** `check <name> failed (exit N)` and the end of its output: a finding the fix can act on. */
export function checkFinding(c: CheckResult): Finding {
  return {
    // Stable across the reviews of an issue: the same check is the same finding until it passes.
    id: `check:${c.name}`,
    severity: "blocker",
    path: null,
    line: null,
    message: `check ${c.name} failed (${failedHow(c)})${c.tail ? `; the end of its output:\n${c.tail}` : ""}`,
    suggestion: `make \`${c.run}\` exit 0 without changing what it checks`,
  };
}

const failing = (checks: CheckResult[] | null) => (checks ?? []).filter((c) => c.status !== "passed");

/**
 * A review `pass` with a check failing is a fail; a `fail` whose findings all have severities outside
 * `failOn` is a pass. A `fail` with no finding at all stays a fail: the reviewer gave no reason a
 * severity could excuse.
 */
export function decideVerdict(review: ReviewOutput, attempt: number, checks: CheckResult[] | null, failOn: readonly Severity[]): Verdict {
  const red = failing(checks);
  const counted = review.findings.filter((f) => failOn.includes(f.severity));
  const reviewerPasses = review.status === "pass" || (review.findings.length > 0 && counted.length === 0);
  if (red.length > 0) {
    const which = red.map((c) => `check ${c.name} failed (${failedHow(c)})`).join(", ");
    return { status: "fail", note: review.status === "pass" ? `review #${attempt} pass overruled: ${which}` : null, added: red.map(checkFinding) };
  }
  if (review.status === "fail" && reviewerPasses) {
    const severities = [...new Set(review.findings.map((f) => f.severity))].join(", ");
    return { status: "pass", note: `review #${attempt} fail counts as pass: its findings (${severities}) are below review.failOn`, added: [] };
  }
  return { status: review.status, note: null, added: [] };
}

/** What the next fix and review see as "the review": the reviewer's findings and the engine's. */
export function effectiveReview(review: ReviewOutput, verdict: Verdict): ReviewOutput {
  return { ...review, status: verdict.status, findings: [...review.findings, ...verdict.added] };
}

/** The capped reason names the checks still failing, when they are why. */
export function stillFailing(checks: CheckResult[] | null): string {
  const red = failing(checks);
  return red.length > 0 ? `: ${red.map((c) => `check ${c.name} failed (${failedHow(c)})`).join(", ")}` : "";
}

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** `{{checks}}` in a prompt: each check's outcome, and the end of the output of those that failed. */
export function renderChecks(checks: CheckResult[] | null, configured: number): string {
  if (configured === 0) return "No checks are configured for this repository: run the project's tests yourself.";
  if (checks === null || checks.length === 0) return "The checks have not run yet.";
  return checks
    .map((c) => {
      const head = `- ${c.name} (\`${c.run}\`): ${c.status === "passed" ? "passed" : `FAILED (${failedHow(c)})`}, ${secs(c.durationMs)}`;
      return c.status === "passed" || !c.tail ? head : `${head}\n  End of its output:\n${c.tail.split("\n").map((l) => `    ${l}`).join("\n")}`;
    })
    .join("\n");
}
