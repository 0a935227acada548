import type { Problem } from "../errors";
import { naturalCompare } from "./natural";
import type { IssueDoc } from "./types";

/** Edit distance, for "did you mean": milestone ids are short, so the quadratic table is nothing. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** The known milestone a typo most likely meant: same letters in another case, or one or two edits away. */
function nearest(wanted: string, known: string[]): string | null {
  const folded = known.find((m) => m.toLowerCase() === wanted.toLowerCase());
  if (folded) return folded;
  const scored = known.map((m) => ({ m, d: distance(wanted.toLowerCase(), m.toLowerCase()) })).filter(({ m, d }) => d <= Math.min(2, Math.max(1, Math.floor(m.length / 2))));
  scored.sort((x, y) => x.d - y.d || naturalCompare(x.m, y.m));
  return scored[0]?.m ?? null;
}

/**
 * A `--milestone` no issue doc carries is a typo, not an empty milestone: exit 2 with the milestones that
 * exist, so a misspelt workflow input cannot stay green. Null when some doc (done or not) has it.
 */
export function unknownMilestone(issues: IssueDoc[], milestone: string): Problem | null {
  const known = [...new Set(issues.map((i) => i.milestone).filter((m): m is string => m !== undefined))].sort(naturalCompare);
  if (known.includes(milestone)) return null;
  const guess = nearest(milestone, known);
  return {
    code: "USAGE",
    message: `no issue doc has milestone ${JSON.stringify(milestone)}; ${known.length === 0 ? "no issue doc has a milestone at all" : `milestones: ${known.join(", ")}`}`,
    hint: guess ? `Did you mean --milestone ${guess}?` : "Milestones are compared as written, in the field `issues.milestoneField` of each issue doc.",
  };
}
