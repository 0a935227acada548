#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  describeRunnerEvent,
  describeUsage,
  indent
} from "./chunk-IJNUUNIA.js";
import "./chunk-WM627BPP.js";
import {
  formatUsd,
  fromCodex
} from "./chunk-PHBKDZCG.js";
import "./chunk-U3V3BPXA.js";
import "./chunk-5SM3VJ5H.js";
import {
  neutralise
} from "./chunk-4FFY6RUW.js";
import {
  fail,
  ok
} from "./chunk-FL7PZ6ZF.js";
import "./chunk-HKHRZ4CP.js";

// src/report/phase-log.ts
import { createReadStream, lstatSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
var SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
var PHASE_FILE = /^(\d{2,})-(dev|review|fix)\.jsonl$/;
var isFile = (path) => {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
};
var isDir = (path) => {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
};
function resolveRunDir(logsRoot, runId) {
  let id = runId;
  if (id === void 0) {
    try {
      id = readFileSync(join(logsRoot, "latest"), "utf8").trim();
    } catch {
      return fail({ code: "LOGS", file: logsRoot, message: `no run logs in ${logsRoot}`, hint: "Run `orchestrator run --milestone M` first, or pass --config for another repository." });
    }
  }
  if (!SAFE_NAME.test(id)) return fail({ code: "USAGE", message: `not a run id: ${JSON.stringify(neutralise(id))}`, hint: "Run ids look like 20261125T101500Z-M1 (the directory names under logs.root)." });
  const dir = join(logsRoot, id);
  if (!isDir(dir)) {
    const known = isDir(logsRoot) ? readdirSync(logsRoot).filter((d) => SAFE_NAME.test(d) && isDir(join(logsRoot, d))).sort().slice(-5) : [];
    return fail({ code: "LOGS", file: dir, message: `no run ${id} in ${logsRoot}`, hint: known.length > 0 ? `Recent runs: ${known.join(", ")}.` : void 0 });
  }
  return ok({ runId: id, dir });
}
function listPhaseLogs(runDir, opts) {
  if (opts.issue !== void 0 && !SAFE_NAME.test(opts.issue)) return fail({ code: "USAGE", message: `not an issue id: ${JSON.stringify(neutralise(opts.issue))}` });
  let issues;
  if (opts.issue !== void 0) issues = [opts.issue];
  else {
    let ordered = [];
    try {
      const run = JSON.parse(readFileSync(join(runDir, "run.json"), "utf8"));
      ordered = (run.issues ?? []).map((i) => i.id).filter((id) => typeof id === "string" && SAFE_NAME.test(id));
    } catch {
      ordered = [];
    }
    const dirs = readdirSync(runDir).filter((d) => SAFE_NAME.test(d) && isDir(join(runDir, d))).sort();
    issues = [...ordered.filter((id) => dirs.includes(id)), ...dirs.filter((d) => !ordered.includes(d))];
  }
  const refs = [];
  for (const issue of issues) {
    const dir = join(runDir, issue);
    if (!isDir(dir)) return fail({ code: "LOGS", file: dir, message: `no logs for issue ${issue} in this run` });
    for (const file of readdirSync(dir).sort()) {
      const m = PHASE_FILE.exec(file);
      if (!m || !isFile(join(dir, file))) continue;
      const [, nn, phase] = m;
      if (opts.nn !== void 0 && Number(nn) !== Number(opts.nn)) continue;
      refs.push({ issue, nn, phase, log: join(dir, file) });
    }
  }
  if (refs.length === 0) {
    const what = `${opts.issue ? `issue ${opts.issue}` : "this run"}${opts.nn ? ` phase ${opts.nn}` : ""}`;
    return fail({ code: "LOGS", file: runDir, message: `no phase logs for ${what}` });
  }
  return ok(refs);
}
function parseLine(line) {
  try {
    const value = JSON.parse(line);
    if (value && typeof value.event === "object" && value.event !== null) return { ts: typeof value.ts === "string" ? value.ts : null, event: value.event };
    if (value && typeof value.type === "string") return { ts: null, event: value };
  } catch {
  }
  return null;
}
async function* lines(path) {
  const input = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  for await (const line of input) if (line.trim() !== "") yield line;
}
async function writeRawLog(ref, write) {
  for await (const line of lines(ref.log)) {
    const parsed = parseLine(line);
    if (parsed) write(`${JSON.stringify(parsed.event)}
`);
  }
}
var clock = (ts) => ts ? `${ts.slice(11, 19)} ` : "";
function describeResult(path, s) {
  let r;
  try {
    if (!isFile(path)) return [s.yellow("(no result: the phase did not finish)")];
    r = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return [s.yellow("(result file unreadable)")];
  }
  const out = r.output;
  const lines2 = [
    s.bold(`result: ${neutralise(String(r.status))}`) + (typeof out?.summary === "string" ? ` \u2014 ${neutralise(out.summary)}` : ""),
    ...r.error ? [s.red(`error ${neutralise(String(r.error.code))}: ${neutralise(String(r.error.message))}`)] : [],
    ...Array.isArray(out?.findings) ? out.findings.map((f) => `  ${neutralise(String(f.id))} ${neutralise(String(f.severity))}${f.path ? ` ${neutralise(String(f.path))}${f.line ? `:${f.line}` : ""}` : ""}: ${neutralise(String(f.message))}`) : []
  ];
  for (const c of Array.isArray(r.checks) ? r.checks : []) {
    const how = c.status === "passed" ? s.green("passed") : s.red(`${neutralise(String(c.status))}${c.exitCode === null ? "" : ` (exit ${c.exitCode})`}`);
    lines2.push(`check ${neutralise(String(c.name))} ${how}`);
    if (c.status !== "passed" && typeof c.tail === "string" && c.tail.trim() !== "") lines2.push(s.dim(indent(neutralise(c.tail.trimEnd()))));
  }
  const verdict = r.verdict;
  if (verdict && typeof verdict.note === "string" && verdict.note) lines2.push(s.yellow(`verdict ${neutralise(String(verdict.status))}: ${neutralise(verdict.note)}`));
  const used = r.usage ? `; ${describeUsage(fromCodex(r.usage))}${typeof r.costUsd === "number" ? `, about ${formatUsd(r.costUsd)}` : ""}` : "";
  lines2.push(s.dim(`${(Number(r.durationMs) / 1e3).toFixed(1)}s${used}${r.commit ? `; commit ${neutralise(String(r.commit)).slice(0, 10)}` : ""}`));
  return lines2;
}
async function writePhaseLog(ref, s, write) {
  write(`${s.bold(s.cyan(`\u2500\u2500 ${neutralise(ref.issue)} ${ref.nn}-${ref.phase}`))}
`);
  for await (const line of lines(ref.log)) {
    const parsed = parseLine(line);
    if (!parsed) continue;
    const shown = describeRunnerEvent(parsed.event, s, { whole: true });
    if (shown.length > 0) write(`${s.dim(clock(parsed.ts))}${shown.join("\n")}
`);
  }
  write(`${describeResult(ref.log.replace(/\.jsonl$/, ".json"), s).join("\n")}

`);
}
async function showLogs(logsRoot, opts, write) {
  if (opts.phase !== void 0 && !/^\d{1,4}$/.test(opts.phase)) {
    return fail({ code: "USAGE", message: `--phase expects a phase number such as 02, got ${JSON.stringify(neutralise(opts.phase))}` });
  }
  const run = resolveRunDir(logsRoot, opts.runId);
  if (!run.ok) return run;
  const refs = listPhaseLogs(run.value.dir, { issue: opts.issue, nn: opts.phase });
  if (!refs.ok) return refs;
  if (!opts.raw) write(`${opts.style.bold(`run ${run.value.runId}`)}

`);
  for (const ref of refs.value) {
    if (opts.raw) await writeRawLog(ref, write);
    else await writePhaseLog(ref, opts.style, write);
  }
  return ok(void 0);
}
export {
  listPhaseLogs,
  resolveRunDir,
  showLogs,
  writePhaseLog,
  writeRawLog
};
//# sourceMappingURL=phase-log-FRR4CDYV.js.map
