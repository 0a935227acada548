#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  fail,
  ok
} from "./chunk-FL7PZ6ZF.js";

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
    config: input(env, "config"),
    workingDirectory: isAbsolute(dir) ? dir : resolve(workspace, dir),
    pushBranches: boolean(env, "push-branches", false, problems),
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
function runCommandFromInputs(env) {
  if (input(env, "milestone") === void 0) return null;
  const inputs = readInputs(env);
  if (!inputs.ok) return inputs;
  const { milestone, issue, config, workingDirectory, maxCostUsd } = inputs.value;
  if (maxCostUsd !== void 0) {
    return fail({ code: "USAGE", key: "max-cost-usd", message: "input max-cost-usd is not supported with docker://", hint: "Set budget.maxCostUsdPerRun in the config instead, or use the action (uses: org/orchestrator@v1)." });
  }
  const argv = ["run", "--milestone", milestone, ...issue ? ["--issue", issue] : [], ...config ? ["--config", config] : []];
  return ok({ argv, cwd: workingDirectory });
}

export {
  readInputs,
  artifactNameFor,
  runCommandFromInputs
};
//# sourceMappingURL=chunk-MQLYIQKN.js.map
