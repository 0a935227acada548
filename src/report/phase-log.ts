import { createReadStream, lstatSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { ThreadEvent } from "@openai/codex-sdk";
import type { PhaseResult } from "../core/events";
import { fail, ok, type Result } from "../errors";
import { neutralise as n } from "./neutralise";
import type { Style } from "./style";
import { describeRunnerEvent, describeUsage, indent } from "./terminal";
import { formatUsd, fromCodex } from "./usage";

/** Run ids and issue ids as the engine writes them: nothing that could leave the logs root. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
const PHASE_FILE = /^(\d{2,})-(dev|review|fix)\.jsonl$/;

export interface PhaseLogRef {
  issue: string;
  /** The `NN` of `<NN>-<phase>`. */
  nn: string;
  phase: string;
  /** Absolute path of the `.jsonl`. */
  log: string;
}

const isFile = (path: string) => {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
};
const isDir = (path: string) => {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** The run directory to read: the one named, else the one `<logs root>/latest` names. */
export function resolveRunDir(logsRoot: string, runId: string | undefined): Result<{ runId: string; dir: string }> {
  let id = runId;
  if (id === undefined) {
    try {
      id = readFileSync(join(logsRoot, "latest"), "utf8").trim();
    } catch {
      return fail({ code: "LOGS", file: logsRoot, message: `no run logs in ${logsRoot}`, hint: "Run `orchestrator run --milestone M` first, or pass --config for another repository." });
    }
  }
  if (!SAFE_NAME.test(id)) return fail({ code: "USAGE", message: `not a run id: ${JSON.stringify(n(id))}`, hint: "Run ids look like 20261125T101500Z-M1 (the directory names under logs.root)." });
  const dir = join(logsRoot, id);
  if (!isDir(dir)) {
    const known = isDir(logsRoot) ? readdirSync(logsRoot).filter((d) => SAFE_NAME.test(d) && isDir(join(logsRoot, d))).sort().slice(-5) : [];
    return fail({ code: "LOGS", file: dir, message: `no run ${id} in ${logsRoot}`, hint: known.length > 0 ? `Recent runs: ${known.join(", ")}.` : undefined });
  }
  return ok({ runId: id, dir });
}

/** The phases of a run (one issue, or all in the run's order), in order; `nn` picks one phase of each. */
export function listPhaseLogs(runDir: string, opts: { issue?: string; nn?: string }): Result<PhaseLogRef[]> {
  if (opts.issue !== undefined && !SAFE_NAME.test(opts.issue)) return fail({ code: "USAGE", message: `not an issue id: ${JSON.stringify(n(opts.issue))}` });
  let issues: string[];
  if (opts.issue !== undefined) issues = [opts.issue];
  else {
    // run.json's order is the plan's; a run cut short has none, so the directories say which issues ran.
    let ordered: string[] = [];
    try {
      const run = JSON.parse(readFileSync(join(runDir, "run.json"), "utf8")) as { issues?: { id?: unknown }[] };
      ordered = (run.issues ?? []).map((i) => i.id).filter((id): id is string => typeof id === "string" && SAFE_NAME.test(id));
    } catch {
      ordered = [];
    }
    const dirs = readdirSync(runDir).filter((d) => SAFE_NAME.test(d) && isDir(join(runDir, d))).sort();
    issues = [...ordered.filter((id) => dirs.includes(id)), ...dirs.filter((d) => !ordered.includes(d))];
  }
  const refs: PhaseLogRef[] = [];
  for (const issue of issues) {
    const dir = join(runDir, issue);
    if (!isDir(dir)) return fail({ code: "LOGS", file: dir, message: `no logs for issue ${issue} in this run` });
    for (const file of readdirSync(dir).sort()) {
      const m = PHASE_FILE.exec(file);
      if (!m || !isFile(join(dir, file))) continue;
      const [, nn, phase] = m as unknown as [string, string, string];
      if (opts.nn !== undefined && Number(nn) !== Number(opts.nn)) continue;
      refs.push({ issue, nn, phase, log: join(dir, file) });
    }
  }
  if (refs.length === 0) {
    const what = `${opts.issue ? `issue ${opts.issue}` : "this run"}${opts.nn ? ` phase ${opts.nn}` : ""}`;
    return fail({ code: "LOGS", file: runDir, message: `no phase logs for ${what}` });
  }
  return ok(refs);
}

/** One stored line: `{ts, event}` (current), or a bare runner event (logs written before timestamps). */
function parseLine(line: string): { ts: string | null; event: ThreadEvent } | null {
  try {
    const value = JSON.parse(line) as { ts?: unknown; event?: unknown; type?: unknown };
    if (value && typeof value.event === "object" && value.event !== null) return { ts: typeof value.ts === "string" ? value.ts : null, event: value.event as ThreadEvent };
    if (value && typeof value.type === "string") return { ts: null, event: value as unknown as ThreadEvent };
  } catch {
    // A line cut by a crash: skipped.
  }
  return null;
}

async function* lines(path: string): AsyncGenerator<string> {
  const input = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  for await (const line of input) if (line.trim() !== "") yield line;
}

/** `--raw`: the runner's events as codex emitted them, one JSON object a line. */
export async function writeRawLog(ref: PhaseLogRef, write: (text: string) => void): Promise<void> {
  for await (const line of lines(ref.log)) {
    const parsed = parseLine(line);
    if (parsed) write(`${JSON.stringify(parsed.event)}\n`);
  }
}

const clock = (ts: string | null) => (ts ? `${ts.slice(11, 19)} ` : "");
function describeResult(path: string, s: Style): string[] {
  let r: PhaseResult;
  try {
    if (!isFile(path)) return [s.yellow("(no result: the phase did not finish)")];
    r = JSON.parse(readFileSync(path, "utf8")) as PhaseResult;
  } catch {
    return [s.yellow("(result file unreadable)")];
  }
  const out = r.output as { summary?: unknown; findings?: { id: string; severity: string; path: string | null; line: number | null; message: string }[] } | null;
  const lines = [
    s.bold(`result: ${n(String(r.status))}`) + (typeof out?.summary === "string" ? ` — ${n(out.summary)}` : ""),
    ...(r.error ? [s.red(`error ${n(String(r.error.code))}: ${n(String(r.error.message))}`)] : []),
    ...(Array.isArray(out?.findings) ? out.findings.map((f) => `  ${n(String(f.id))} ${n(String(f.severity))}${f.path ? ` ${n(String(f.path))}${f.line ? `:${f.line}` : ""}` : ""}: ${n(String(f.message))}`) : []),
  ];
  for (const c of Array.isArray(r.checks) ? r.checks : []) {
    const how = c.status === "passed" ? s.green("passed") : s.red(`${n(String(c.status))}${c.exitCode === null ? "" : ` (exit ${c.exitCode})`}`);
    lines.push(`check ${n(String(c.name))} ${how}`);
    if (c.status !== "passed" && typeof c.tail === "string" && c.tail.trim() !== "") lines.push(s.dim(indent(n(c.tail.trimEnd()))));
  }
  const verdict = (r as { verdict?: { status?: unknown; note?: unknown } }).verdict;
  if (verdict && typeof verdict.note === "string" && verdict.note) lines.push(s.yellow(`verdict ${n(String(verdict.status))}: ${n(verdict.note)}`));
  const used = r.usage ? `; ${describeUsage(fromCodex(r.usage))}${typeof r.costUsd === "number" ? `, about ${formatUsd(r.costUsd)}` : ""}` : "";
  lines.push(s.dim(`${(Number(r.durationMs) / 1000).toFixed(1)}s${used}${r.commit ? `; commit ${n(String(r.commit)).slice(0, 10)}` : ""}`));
  return lines;
}

/** One phase as a person reads it: a heading, each event with the time it arrived, then the phase result. */
export async function writePhaseLog(ref: PhaseLogRef, s: Style, write: (text: string) => void): Promise<void> {
  write(`${s.bold(s.cyan(`── ${n(ref.issue)} ${ref.nn}-${ref.phase}`))}\n`);
  for await (const line of lines(ref.log)) {
    const parsed = parseLine(line);
    if (!parsed) continue;
    const shown = describeRunnerEvent(parsed.event, s, { whole: true });
    if (shown.length > 0) write(`${s.dim(clock(parsed.ts))}${shown.join("\n")}\n`);
  }
  write(`${describeResult(ref.log.replace(/\.jsonl$/, ".json"), s).join("\n")}\n\n`);
}

/** `orchestrator logs` for any door: the chosen run's phases, told (or raw), through `write`. */
export async function showLogs(
  logsRoot: string,
  opts: { runId?: string; issue?: string; phase?: string; raw: boolean; style: Style },
  write: (text: string) => void,
): Promise<Result<void>> {
  if (opts.phase !== undefined && !/^\d{1,4}$/.test(opts.phase)) {
    return fail({ code: "USAGE", message: `--phase expects a phase number such as 02, got ${JSON.stringify(n(opts.phase))}` });
  }
  const run = resolveRunDir(logsRoot, opts.runId);
  if (!run.ok) return run;
  const refs = listPhaseLogs(run.value.dir, { issue: opts.issue, nn: opts.phase });
  if (!refs.ok) return refs;
  if (!opts.raw) write(`${opts.style.bold(`run ${run.value.runId}`)}\n\n`);
  for (const ref of refs.value) {
    if (opts.raw) await writeRawLog(ref, write);
    else await writePhaseLog(ref, opts.style, write);
  }
  return ok(undefined);
}
