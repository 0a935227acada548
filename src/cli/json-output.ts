import type { Problem } from "../errors";

/**
 * Under `--json` every outcome is JSON on stdout, errors included, so a script never reads stderr:
 * `run` streams NDJSON and ends with an `error` record; `plan`, `status` and `validate` print their
 * documented documents with `problems` filled.
 */
export type JsonCommand = "run" | "plan" | "status" | "validate";

export function runErrorRecord(problems: Problem[], now = new Date()): string {
  return `${JSON.stringify({ type: "error", ts: now.toISOString(), issue: null, phase: null, problems })}\n`;
}

export function planErrorDocument(milestone: string | null, problems: Problem[]): string {
  return `${JSON.stringify({ version: 1, milestone, config: null, issues: [], warnings: [], problems }, null, 2)}\n`;
}

export function statusErrorDocument(milestone: string | null, problems: Problem[]): string {
  return `${JSON.stringify({ version: 1, milestone, issues: [], problems }, null, 2)}\n`;
}

export function validateErrorDocument(problems: Problem[]): string {
  return `${JSON.stringify({ ok: false, config: null, issues: 0, problems }, null, 2)}\n`;
}

export function errorOutput(command: JsonCommand, problems: Problem[], milestone: string | null = null): string {
  if (command === "run") return runErrorRecord(problems);
  if (command === "plan") return planErrorDocument(milestone, problems);
  if (command === "status") return statusErrorDocument(milestone, problems);
  return validateErrorDocument(problems);
}

/**
 * The JSON form of a usage error Clipanion rejected before any command ran, when the input asked for
 * `--json` from a command that has it; null otherwise. `text` is Clipanion's uncoloured error.
 */
export function usageErrorRecord(argv: string[], text: string): string | null {
  const command = argv.find((token) => !token.startsWith("-"));
  if (!argv.includes("--json") || (command !== "run" && command !== "plan" && command !== "status" && command !== "validate")) return null;
  const [first = "", ...rest] = text.trim().split("\n");
  const usage = rest.filter((line) => line.startsWith("$ ")).map((line) => line.slice(2));
  const problem: Problem = { code: "USAGE", message: first.replace(/^[A-Z][a-z]+(?: [A-Z][a-z]+)* Error: /, "") };
  if (usage.length > 0) problem.hint = `usage: ${usage.join(" | ")}`;
  const milestone = argv[argv.findIndex((t) => t === "--milestone" || t === "-m") + 1] ?? null;
  return errorOutput(command, [problem], argv.some((t) => t === "--milestone" || t === "-m") ? milestone : null);
}
