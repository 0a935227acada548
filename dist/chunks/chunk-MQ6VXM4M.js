#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  table
} from "./chunk-5SM3VJ5H.js";
import {
  neutralise
} from "./chunk-4FFY6RUW.js";
import {
  branchFor
} from "./chunk-MAUF2E2R.js";

// src/report/plan.ts
import { relative } from "node:path";
function planJson(plan, loaded, next = /* @__PURE__ */ new Map()) {
  return {
    version: 1,
    milestone: plan.milestone,
    config: relative(loaded.repoRoot, loaded.file) || loaded.file,
    issues: plan.issues.map(({ issue, waitsFor }, index) => ({
      order: index + 1,
      id: issue.id,
      title: issue.title,
      path: issue.path,
      dependencies: issue.dependencies,
      waitsFor,
      branch: branchFor(loaded.config.worktrees.branchPrefix, issue.id),
      next: next.get(issue.id)?.next ?? "dev",
      nextText: next.get(issue.id)?.nextText ?? "dev on a new branch"
    })),
    warnings: plan.warnings,
    problems: []
  };
}
function allDone(plan) {
  const n = plan.done.length;
  return `every issue of ${plan.milestone} is done (${n} issue${n === 1 ? "" : "s"}: ${plan.done.join(", ")})`;
}
function renderPlan(plan, s, next = /* @__PURE__ */ new Map()) {
  if (plan.issues.length === 0) {
    return `Milestone ${s.bold(neutralise(plan.milestone))}: nothing to do \u2014 ${neutralise(allDone(plan))}.
`;
  }
  const rows = plan.issues.map(({ issue, waitsFor }, index) => [
    String(index + 1),
    issue.id,
    waitsFor.length > 0 ? waitsFor.join(", ") : "-",
    issue.title.replace(/\r?\n/g, " "),
    next.get(issue.id)?.nextText ?? "dev on a new branch"
  ].map(neutralise));
  const count = plan.issues.length === 1 ? "1 issue" : `${plan.issues.length} issues`;
  return `Milestone ${s.bold(neutralise(plan.milestone))}: ${count} in order

${table(["#", "issue", "waits for", "title", "next run"], rows)}
`;
}

export {
  planJson,
  allDone,
  renderPlan
};
//# sourceMappingURL=chunk-MQ6VXM4M.js.map
