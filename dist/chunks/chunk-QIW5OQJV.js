#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  ExitCode
} from "./chunk-JBMVGVPA.js";
import {
  styleFor
} from "./chunk-5SM3VJ5H.js";
import {
  neutralise
} from "./chunk-4FFY6RUW.js";
import {
  fail,
  formatProblem,
  ok
} from "./chunk-FL7PZ6ZF.js";

// src/doors/problems.ts
function problemText(p, redact = (text) => text) {
  return neutralise(redact(formatProblem(p)));
}
var plain = styleFor({ isTTY: false }, {});
function printProblems(out, problems, opts = {}) {
  const s = opts.style ?? plain;
  if (opts.counted === void 0) {
    for (const p of problems) out.write(`error: ${problemText(p)}
`);
    return;
  }
  const count = problems.length === 1 ? `1 ${opts.counted}` : `${problems.length} ${opts.counted}s`;
  out.write(`${s.red(s.bold("error"))}: ${count}
`);
  for (const p of problems) out.write(`${problemText(p).replace(/^/gm, "  ")}
`);
}

// src/doors/interrupt.ts
function abortOnSignals(say, exit) {
  const controller = new AbortController();
  let signals = 0;
  const onSignal = (name) => {
    signals += 1;
    if (signals > 1) {
      say(`${name} again: exiting without waiting for the phase to stop`);
      exit(ExitCode.Interrupted);
      return;
    }
    say(`${name}: stopping the running phase, writing logs\u2026 (again to force)`);
    controller.abort("interrupt");
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    signal: controller.signal,
    dispose() {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
  };
}

// src/doors/request.ts
function runRequest(settings, door) {
  const { cwd, milestone, issue, configPath, push, pullRequests, githubToken, model, reasoningEffort, maxCostUsd } = settings;
  return {
    ...door,
    cwd,
    configPath,
    milestone,
    issue,
    // The token reaches the push and the API client only, through the engine's GITHUB_TOKEN.
    env: githubToken ? { ...door.env, GITHUB_TOKEN: githubToken } : door.env,
    overrides: {
      push: push || void 0,
      pullRequests: pullRequests === "off" ? void 0 : pullRequests,
      model,
      reasoningEffort,
      maxCostUsdPerRun: maxCostUsd
    }
  };
}

// src/action/inputs.ts
import { isAbsolute, resolve } from "node:path";
function input(env, name) {
  const upper = name.toUpperCase();
  const value = env[`INPUT_${upper}`] ?? env[`INPUT_${upper.replace(/-/g, "_")}`];
  const trimmed = value?.trim();
  return trimmed === void 0 || trimmed === "" ? void 0 : trimmed;
}
function boolean(env, name, fallback, problems) {
  const value = input(env, name);
  if (value === void 0) return fallback;
  if (/^(true|yes|1)$/i.test(value)) return true;
  if (/^(false|no|0)$/i.test(value)) return false;
  problems.push({ code: "USAGE", key: name, message: `input ${name} must be true or false, got ${JSON.stringify(value)}` });
  return fallback;
}
function usd(env, name, problems) {
  const value = input(env, name);
  if (value === void 0) return void 0;
  const amount = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
  if (amount > 0 && Number.isFinite(amount)) return amount;
  problems.push({ code: "USAGE", key: name, message: `input ${name} must be an amount of USD greater than 0 (e.g. 5 or 2.50), got ${JSON.stringify(value)}` });
  return void 0;
}
function choice(env, name, values, problems) {
  const value = input(env, name);
  if (value === void 0 || values.includes(value)) return value;
  problems.push({ code: "USAGE", key: name, message: `input ${name} must be one of ${values.join(", ")}, got ${JSON.stringify(value)}` });
  return void 0;
}
function readInputs(env) {
  const problems = [];
  const milestone = input(env, "milestone");
  if (milestone === void 0) problems.push({ code: "USAGE", key: "milestone", message: "input milestone is required", hint: "Add `milestone: M1` under `with:` in the workflow step." });
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const dir = input(env, "working-directory") ?? ".";
  const parsed = {
    milestone: milestone ?? "",
    issue: input(env, "issue"),
    configPath: input(env, "config"),
    // `working-directory` resolved against GITHUB_WORKSPACE.
    cwd: isAbsolute(dir) ? dir : resolve(workspace, dir),
    push: boolean(env, "push-branches", false, problems),
    uploadLogs: boolean(env, "upload-logs", true, problems),
    artifactName: input(env, "artifact-name"),
    pullRequests: choice(env, "pull-requests", ["off", "draft", "ready"], problems) ?? "off",
    githubToken: input(env, "github-token"),
    model: input(env, "model"),
    reasoningEffort: choice(env, "reasoning-effort", ["minimal", "low", "medium", "high", "xhigh"], problems),
    maxCostUsd: usd(env, "max-cost-usd", problems)
  };
  return problems.length > 0 ? fail(problems) : ok(parsed);
}
function artifactNameFor(inputs, runId, env) {
  if (inputs.artifactName) return inputs.artifactName;
  const parts = ["orchestrator-logs", runId ?? inputs.milestone, env.GITHUB_JOB, env.GITHUB_RUN_ATTEMPT].filter((p) => !!p);
  return parts.join("-").replace(/[^A-Za-z0-9._-]/g, "_");
}
function asksForRun(env) {
  return input(env, "milestone") !== void 0;
}

export {
  problemText,
  printProblems,
  abortOnSignals,
  runRequest,
  readInputs,
  artifactNameFor,
  asksForRun
};
//# sourceMappingURL=chunk-QIW5OQJV.js.map
