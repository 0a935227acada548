import type { EnginePhase } from "../core/types";

/**
 * Engine commits carry git trailers so the branch alone says what a later run needs (SPEC §3 "Reruns
 * continue"): which issue the commit belongs to, which phase made it, and whether it records a pass. They
 * travel with the commits: through `branches.bundle`, a push, or a fetch on another machine.
 */
export const TRAILER = {
  issue: "Orchestrator-Issue",
  phase: "Orchestrator-Phase",
  attempt: "Orchestrator-Attempt",
  verdict: "Orchestrator-Verdict",
} as const;

export interface EngineTrailers {
  issue: string;
  phase: EnginePhase;
  attempt?: number;
  verdict?: "pass";
}

/** Subject line, blank line, trailer block: what `git commit -m` is given. */
export function engineCommitMessage(subject: string, t: EngineTrailers): string {
  const lines = [`${TRAILER.issue}: ${t.issue}`, `${TRAILER.phase}: ${t.phase}`];
  if (t.attempt !== undefined) lines.push(`${TRAILER.attempt}: ${t.attempt}`);
  if (t.verdict) lines.push(`${TRAILER.verdict}: ${t.verdict}`);
  return `${subject}\n\n${lines.join("\n")}\n`;
}

/** `Key: value` lines (git's `%(trailers:only,unfold)`) → the engine's trailers found among them. */
export function parseTrailers(text: string): Partial<Record<keyof typeof TRAILER, string>> {
  const out: Partial<Record<keyof typeof TRAILER, string>> = {};
  const byKey = new Map(Object.entries(TRAILER).map(([name, key]) => [key.toLowerCase(), name as keyof typeof TRAILER]));
  for (const line of text.split("\n")) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = byKey.get(line.slice(0, colon).trim().toLowerCase());
    // The last occurrence wins, as git's own trailer tools read them.
    if (name) out[name] = line.slice(colon + 1).trim();
  }
  return out;
}
