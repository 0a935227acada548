#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  inspectBranches
} from "./chunk-EMHYLZ4T.js";
import {
  Worktrees
} from "./chunk-AK3DWAQS.js";
import "./chunk-X6LRK55K.js";
import {
  branchFor,
  worktreeFor
} from "./chunk-MAUF2E2R.js";
import {
  ok
} from "./chunk-FL7PZ6ZF.js";
import "./chunk-HKHRZ4CP.js";

// src/engine/next-action.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
function outlook(id, title, branch, state, worktree, waitsFor, maxCycles) {
  const base = {
    id,
    title,
    branch,
    state: state.kind,
    commit: state.kind === "absent" ? null : state.commit,
    source: state.kind === "absent" ? null : state.source,
    lastPhase: state.kind === "unfinished" ? state.lastPhase : null,
    worktree,
    waitsFor
  };
  const after = waitsFor.length > 0 ? ` once ${waitsFor.join(", ")} passed` : "";
  const recovered = worktree ? "commit the work left in its worktree, then " : "";
  const fixes = `up to ${maxCycles} fix${maxCycles === 1 ? "" : "es"}`;
  switch (state.kind) {
    case "passed":
      return worktree ? { ...base, next: "review", nextText: `reuse the left worktree: if it holds uncommitted work, commit it and review, else nothing` } : { ...base, next: "none", nextText: `nothing: passed at ${state.commit.slice(0, 12)}` };
    case "unfinished":
      return { ...base, next: "review", nextText: `${recovered}resume with a review, then ${fixes}${after}` };
    case "untouched":
      return worktree ? { ...base, next: "review", nextText: `${recovered}review${after}` } : { ...base, next: "dev", nextText: `dev on the existing branch${after}` };
    case "absent":
      return { ...base, next: "dev", nextText: `dev on a new branch${after}` };
  }
}
async function outlookFor(loaded, plan, done = []) {
  const { repoRoot, config } = loaded;
  const git = await Worktrees.open({ repoRoot, config });
  if (!git.ok) return git;
  const prefix = config.worktrees.branchPrefix;
  const states = await inspectBranches(git.value.guard, repoRoot, prefix, plan.issues.map((p) => p.issue.id));
  if (!states.ok) return states;
  const rows = plan.issues.map(({ issue, waitsFor }) => {
    const path = worktreeFor(config.worktrees.root, issue.id);
    const left = existsSync(join(repoRoot, path)) ? path : null;
    return outlook(issue.id, issue.title, branchFor(prefix, issue.id), states.value.get(issue.id) ?? { kind: "absent" }, left, waitsFor, config.review.maxCycles);
  });
  const finished = done.map((issue) => ({
    id: issue.id,
    title: issue.title,
    branch: branchFor(prefix, issue.id),
    state: "done",
    commit: null,
    source: null,
    lastPhase: null,
    worktree: null,
    waitsFor: [],
    next: "none",
    nextText: `nothing: done by front matter (${config.issues.statusField}: ${issue.status ?? ""})`
  }));
  return ok([...finished, ...rows]);
}
export {
  outlookFor
};
//# sourceMappingURL=next-action-XC4ABYKD.js.map
