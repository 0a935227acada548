const collator = new Intl.Collator("en", { numeric: true, sensitivity: "variant" });

/**
 * Natural order of ids (`ISSUE-2` before `ISSUE-10`). A total order: strings the collator considers
 * equal (e.g. `A-01` and `A-1`) fall back to code-point order so no two ids ever tie.
 */
export function naturalCompare(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
