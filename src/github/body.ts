import type { IssueSummary, PhaseResult } from "../core/events";
import { neutralise } from "../report/neutralise";

/**
 * A pull request's title and body, generated from the run. Everything the agent, the model or the issue
 * wrote is untrusted: it goes inside code spans and fenced blocks, where GitHub renders no markup, notifies
 * no @mention, links no #reference and honours no closing keyword ("fixes #1" in agent text must not close
 * an issue when a person merges the PR).
 */

export interface RunLink {
  runId: string;
  /** `GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID` in Actions, else null. */
  actionsRunUrl: string | null;
  /** The logs artifact's name in Actions, else null. */
  artifact: string | null;
}

export interface BodyInput {
  issue: { id: string; title: string; path: string };
  summary: Pick<IssueSummary, "reviews" | "fixes" | "usage" | "branch">;
  phases: PhaseResult[];
  run: RunLink;
}

/** GitHub refuses bodies over 65536 characters; the end is cut with a note instead. */
const MAX_BODY = 60_000;
const MAX_SPAN = 300;
const MAX_TITLE = 256;

interface Finding {
  id: string;
  severity: string;
  path: string | null;
  line: number | null;
  message: string;
}
interface Test {
  command: string;
  outcome: string;
}

const longestRun = (text: string) => Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));

/** One line of untrusted text as inline code. */
export function codeSpan(text: string): string {
  let line = neutralise(text).replace(/\s+/g, " ").trim();
  if (line.length > MAX_SPAN) line = `${line.slice(0, MAX_SPAN - 1)}…`;
  if (line === "") return "";
  const fence = "`".repeat(longestRun(line) + 1);
  const pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
  return `${fence}${pad}${line}${pad}${fence}`;
}

/** Untrusted paragraphs as a fenced block whose fence no line inside can close. */
export function codeBlock(text: string): string {
  const body = neutralise(text).trimEnd();
  const fence = "`".repeat(Math.max(3, longestRun(body) + 1));
  return `${fence}text\n${body}\n${fence}`;
}

export function pullRequestTitle(issue: { id: string; title: string }): string {
  const title = neutralise(`${issue.id}: ${issue.title}`).replace(/\s+/g, " ").trim();
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
}

const outputOf = <T>(r: PhaseResult) => (r.output ?? null) as T | null;
const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

export function pullRequestBody(input: BodyInput): string {
  const { issue, summary, phases, run } = input;
  const lines: string[] = [`Issue ${codeSpan(issue.path)} (${codeSpan(issue.id)}), implemented and reviewed by orchestrator.`, ""];

  const reviews = phases.filter((p) => p.phase === "review");
  const last = reviews.at(-1);
  const lastReview = last ? outputOf<{ summary: string; findings: Finding[] }>(last) : null;
  if (lastReview) lines.push("## Review", "", `Final review (${codeSpan(`review #${last?.attempt}`)}): ${last?.status}`, "", codeBlock(lastReview.summary), "");

  const fixes = phases.filter((p) => p.phase === "fix");
  if (fixes.length > 0) {
    lines.push("## Fixes", "");
    for (const fix of fixes) {
      const answer = outputOf<{ summary: string; addressed: string[] }>(fix);
      // The findings a fix answered are those of the review right before it.
      const before = [...phases.slice(0, phases.indexOf(fix))].reverse().find((p) => p.phase === "review");
      // The reviewer's findings and those the engine added for failing checks.
      const listed = before ? [...(outputOf<{ findings: Finding[] }>(before)?.findings ?? []), ...(before.verdict?.added ?? [])] : [];
      const findings = new Map(listed.map((f) => [f.id, f]));
      lines.push(`- fix #${fix.attempt} (${fix.status}): ${answer ? codeSpan(answer.summary) : "no answer"}`);
      for (const id of answer?.addressed ?? []) {
        const f = findings.get(id);
        const where = f?.path ? ` ${codeSpan(`${f.path}${f.line ? `:${f.line}` : ""}`)}` : "";
        lines.push(`  - ${codeSpan(id)}${f ? ` ${codeSpan(f.severity)}${where}: ${codeSpan(f.message)}` : ""}`);
      }
    }
    lines.push("");
  }

  const tests = phases.flatMap((p) => (p.phase === "review" ? [] : (outputOf<{ tests?: Test[] }>(p)?.tests ?? []).map((t) => ({ ...t, phase: `${p.phase} #${p.attempt}` }))));
  if (tests.length > 0) {
    lines.push("## Tests the agent reported", "");
    for (const t of tests) lines.push(`- ${codeSpan(t.command)}: ${codeSpan(t.outcome)} (${t.phase})`);
    lines.push("");
  }

  const checked = [...phases].reverse().find((p) => p.checks && p.checks.length > 0);
  if (checked?.checks) {
    lines.push(`## Checks (after ${checked.phase} #${checked.attempt})`, "");
    for (const c of checked.checks) lines.push(`- ${codeSpan(c.name)} ${codeSpan(c.run)}: ${c.status} (${(c.durationMs / 1000).toFixed(1)} s)`);
    lines.push("");
  }

  lines.push(
    "## Run",
    "",
    `- cycles: ${plural(summary.reviews, "review")}, ${plural(summary.fixes, "fix", "fixes")}`,
    `- tokens: ${summary.usage.inputTokens} in, ${summary.usage.outputTokens} out`,
    `- run: ${codeSpan(run.runId)}${run.actionsRunUrl ? ` — [Actions run](${run.actionsRunUrl})` : ""}${run.artifact ? `, logs in the artifact ${codeSpan(run.artifact)}` : ""}`,
  );
  const body = lines.join("\n");
  return body.length > MAX_BODY ? `${body.slice(0, MAX_BODY)}\n\n… (cut: the full answers are in the run's logs)` : body;
}
