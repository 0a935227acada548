import { relative } from "node:path";
import type { LoadedConfig } from "../config/types";
import type { IssueOutlook } from "../core/types";
import { branchFor } from "../git/naming";
import type { Plan } from "../issues/types";
import { neutralise } from "./neutralise";
import { table, type Style } from "./style";

/** The stable machine-readable shape of `plan --json` (documented in the README). */
export function planJson(plan: Plan, loaded: LoadedConfig, next: ReadonlyMap<string, IssueOutlook> = new Map()) {
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
      nextText: next.get(issue.id)?.nextText ?? "dev on a new branch",
    })),
    warnings: plan.warnings,
    problems: [],
  };
}

/** Why a milestone has nothing to run (an unknown milestone never gets this far: buildPlan refuses it). */
export function allDone(plan: Plan): string {
  const n = plan.done.length;
  return `every issue of ${plan.milestone} is done (${n} issue${n === 1 ? "" : "s"}: ${plan.done.join(", ")})`;
}

export function renderPlan(plan: Plan, s: Style, next: ReadonlyMap<string, IssueOutlook> = new Map()): string {
  if (plan.issues.length === 0) {
    return `Milestone ${s.bold(neutralise(plan.milestone))}: nothing to do — ${neutralise(allDone(plan))}.
`;
  }
  // Titles come from issue docs: untrusted text, shown neutralised (one line each).
  const rows = plan.issues.map(({ issue, waitsFor }, index) => [
    String(index + 1),
    issue.id,
    waitsFor.length > 0 ? waitsFor.join(", ") : "-",
    issue.title.replace(/\r?\n/g, " "),
    next.get(issue.id)?.nextText ?? "dev on a new branch",
  ].map(neutralise));
  const count = plan.issues.length === 1 ? "1 issue" : `${plan.issues.length} issues`;
  return `Milestone ${s.bold(neutralise(plan.milestone))}: ${count} in order\n\n${table(["#", "issue", "waits for", "title", "next run"], rows)}\n`;
}
