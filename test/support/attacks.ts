/**
 * Hostile inputs of issue 14, shared by the unit and end-to-end tests that attack the same promise.
 */

const front = [
  "---",
  "id: BOMB-1",
  "milestone: M1",
  `a: &a [${Array(9).fill('"lol"').join(", ")}]`,
  ...["b", "c", "d", "e", "f", "g", "h", "i"].map((name, i) => `${name}: &${name} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(", ")}]`),
  "---",
].join("\n");
const body = "\n# Billion laughs\n\nNine levels of nine aliases: 9^9 strings once expanded. A parser must refuse it quickly.\n";

/** The 558-byte "billion laughs" YAML front matter of issue 14. */
export const ALIAS_BOMB = `${front}${body}`.padEnd(558, "\n");
