import { existsSync } from "node:fs";
import { join } from "node:path";
import type { LoadedConfig } from "../config/types";
import type { Result } from "../errors";
import { ok } from "../errors";
import { Worktrees } from "../git";
import type { IssueDoc, Plan } from "../issues/types";
import type { BranchState, IssueOutlook } from "../core/types";
import { branchFor, worktreeFor } from "../git/naming";
import { inspectBranches } from "./resume";


function outlook(id: string, title: string, branch: string, state: BranchState, worktree: string | null, waitsFor: string[], maxCycles: number): IssueOutlook {
  const base = {
    id,
    title,
    branch,
    state: state.kind,
    commit: state.kind === "absent" ? null : state.commit,
    source: state.kind === "absent" ? null : state.source,
    lastPhase: state.kind === "unfinished" ? state.lastPhase : null,
    worktree,
    waitsFor,
  };
  const after = waitsFor.length > 0 ? ` once ${waitsFor.join(", ")} passed` : "";
  const recovered = worktree ? "commit the work left in its worktree, then " : "";
  const fixes = `up to ${maxCycles} fix${maxCycles === 1 ? "" : "es"}`;
  switch (state.kind) {
    case "passed":
      return worktree
        ? { ...base, next: "review", nextText: `reuse the left worktree: if it holds uncommitted work, commit it and review, else nothing` }
        : { ...base, next: "none", nextText: `nothing: passed at ${state.commit.slice(0, 12)}` };
    case "unfinished":
      return { ...base, next: "review", nextText: `${recovered}resume with a review, then ${fixes}${after}` };
    case "untouched":
      return worktree
        ? { ...base, next: "review", nextText: `${recovered}review${after}` }
        : { ...base, next: "dev", nextText: `dev on the existing branch${after}` };
    case "absent":
      return { ...base, next: "dev", nextText: `dev on a new branch${after}` };
  }
}

/**
 * Reads the branches (read-only: no fetch, so an issue branch only origin has counts when its
 * remote-tracking ref is here) and says per issue what the next run would do.
 */
export async function outlookFor(loaded: LoadedConfig, plan: Plan, done: IssueDoc[] = []): Promise<Result<IssueOutlook[]>> {
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
  const finished: IssueOutlook[] = done.map((issue) => ({
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
    nextText: `nothing: done by front matter (${config.issues.statusField}: ${issue.status ?? ""})`,
  }));
  return ok([...finished, ...rows]);
}
