#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  neutralise,
  table
} from "./chunk-FWGU63SB.js";
import "./chunk-T47EO7J2.js";

// src/report/plan.ts
import { relative } from "node:path";
function planJson(plan, loaded) {
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
      branch: `${loaded.config.worktrees.branchPrefix}${issue.id}`
    })),
    warnings: plan.warnings
  };
}
function renderPlan(plan, s) {
  if (plan.issues.length === 0) {
    return `Milestone ${s.bold(neutralise(plan.milestone))}: nothing to do (no open issue).
`;
  }
  const rows = plan.issues.map(({ issue, waitsFor }, index) => [
    String(index + 1),
    issue.id,
    waitsFor.length > 0 ? waitsFor.join(", ") : "-",
    issue.title.replace(/\r?\n/g, " ")
  ].map(neutralise));
  const count = plan.issues.length === 1 ? "1 issue" : `${plan.issues.length} issues`;
  return `Milestone ${s.bold(neutralise(plan.milestone))}: ${count} in order

${table(["#", "issue", "waits for", "title"], rows)}
`;
}
export {
  planJson,
  renderPlan
};
//# sourceMappingURL=plan-BJJQBPXF.js.map
