import { loadConfig } from "../config";
import type { LoadedConfig } from "../config/types";
import { fail, ok, type Result } from "../errors";
import { buildPlan, loadIssues } from "../issues";
import type { IssueDoc, Plan } from "../issues/types";

export interface Workspace {
  loaded: LoadedConfig;
  issues: IssueDoc[];
}

/** Config + every issue doc, validated as a whole (SPEC §1–2): all problems come back together. */
export async function loadWorkspace(opts: { cwd: string; configPath?: string }): Promise<Result<Workspace>> {
  const loaded = await loadConfig(opts);
  if (!loaded.ok) return loaded;
  const issues = await loadIssues(loaded.value.repoRoot, loaded.value.config.issues);
  if (!issues.ok) return issues;
  return ok({ loaded: loaded.value, issues: issues.value });
}

export interface Prepared extends Workspace {
  plan: Plan;
}

/** Everything `plan` and `run` need before any git or runner work; nothing is touched on disk. */
export async function prepareRun(opts: {
  cwd: string;
  configPath?: string;
  milestone: string;
  issue?: string;
}): Promise<Result<Prepared>> {
  const workspace = await loadWorkspace(opts);
  if (!workspace.ok) return workspace;
  const plan = buildPlan(workspace.value.issues, { milestone: opts.milestone, issue: opts.issue });
  if (!plan.ok) return fail(plan.problems);
  return ok({ ...workspace.value, plan: plan.value });
}
