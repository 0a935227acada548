import type { LoadedConfig } from "../config/types";
import type { Problem } from "../errors";
import { Graphite, Worktrees } from "../git";
import { preflight } from "./preflight";

/** `validate`'s share of the run's checks: the repository and base, Graphite, then the preflight. */
export async function readiness(loaded: LoadedConfig, env: NodeJS.ProcessEnv): Promise<Problem[]> {
  const { repoRoot, config } = loaded;
  const problems: Problem[] = [];
  const git = await Worktrees.open({ repoRoot, config });
  if (!git.ok) problems.push(...git.problems);
  else if (config.graphite.enabled) {
    const gt = await Graphite.open({ repoRoot, git: git.value.guard, env, branchPrefix: config.worktrees.branchPrefix, submit: config.graphite.submit, draft: config.graphite.draft });
    if (!gt.ok) problems.push(...gt.problems);
  }
  problems.push(...(await preflight({ repoRoot, config, env, runner: true })));
  return problems;
}
