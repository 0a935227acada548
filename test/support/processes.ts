import { readFileSync } from "node:fs";

/**
 * Whether `pid` still runs, read from /proc by the tests themselves (not through the engine's own process
 * code, which they check): a zombie, killed but not yet reaped by whoever adopted it, does not.
 */
export function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 2 (comm) is in parentheses and may hold spaces: the state follows the last ")".
    return stat.slice(stat.lastIndexOf(")") + 2).charAt(0) !== "Z";
  } catch {
    return false;
  }
}
