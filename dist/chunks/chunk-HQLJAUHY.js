#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  buildPlan,
  loadIssues
} from "./chunk-WKDV5I5E.js";
import {
  loadConfig
} from "./chunk-MKFC7RCH.js";
import {
  fail,
  ok
} from "./chunk-FL7PZ6ZF.js";

// src/engine/prepare.ts
async function loadWorkspace(opts) {
  const loaded = await loadConfig(opts);
  if (!loaded.ok) return loaded;
  const issues = await loadIssues(loaded.value.repoRoot, loaded.value.config.issues);
  if (!issues.ok) return issues;
  return ok({ loaded: loaded.value, issues: issues.value });
}
async function prepareRun(opts) {
  const workspace = await loadWorkspace(opts);
  if (!workspace.ok) return workspace;
  const plan = buildPlan(workspace.value.issues, { milestone: opts.milestone, issue: opts.issue });
  if (!plan.ok) return fail(plan.problems);
  return ok({ ...workspace.value, plan: plan.value });
}

export {
  loadWorkspace,
  prepareRun
};
//# sourceMappingURL=chunk-HQLJAUHY.js.map
