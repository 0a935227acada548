import type { PhaseName } from "../core/events";

/** `YYYYMMDDTHHMMSSZ-<milestone>` (SPEC §6); the milestone is made safe for a directory name. */
export function runIdFor(date: Date, milestone: string): string {
  const stamp = date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}Z$/, "Z");
  const safe = milestone.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^[.]+/, "_").slice(0, 80) || "_";
  return `${stamp}-${safe}`;
}

/** `<NN>-<phase>`: NN counts the issue's phases in order (01-dev, 02-review, 03-fix, …). */
export function phaseFileBase(seq: number, phase: PhaseName): string {
  return `${String(seq).padStart(2, "0")}-${phase}`;
}

/** Paths inside a run directory, relative to it (so a downloaded artifact stays self-consistent). */
export const phaseFiles = (issue: string, seq: number, phase: PhaseName) => {
  const base = `${issue}/${phaseFileBase(seq, phase)}`;
  const checks = `${issue}/${String(seq).padStart(2, "0")}-checks.log`;
  return { log: `${base}.jsonl`, prompt: `${base}.prompt.md`, result: `${base}.json`, checks };
};
