import { resolve } from "node:path";
import type { LoadedConfig } from "../config/types";
import type { Problem } from "../errors";
import { Graphite, Worktrees } from "../git";
import { codexSearchDescription, locateCodex } from "../runner/codex-binary";
import { preflight } from "./preflight";
import { openPullRequests } from "../github/open";
import { Redactor, secretValuesFrom } from "../report/redact";

/** `validate`'s share of the run's checks: the repository and base, Graphite, then the preflight. */
export async function readiness(loaded: LoadedConfig, env: NodeJS.ProcessEnv, cwd: string): Promise<Problem[]> {
  const { repoRoot, config } = loaded;
  const problems: Problem[] = [];
  const git = await Worktrees.open({ repoRoot, config });
  if (!git.ok) problems.push(...git.problems);
  else {
    if (config.graphite.enabled) {
      const gt = await Graphite.open({ repoRoot, git: git.value.guard, submit: config.graphite.submit, draft: config.graphite.draft });
      if (!gt.ok) problems.push(...gt.problems);
    }
    const prs = await openPullRequests({ config, env, git: git.value, redact: (text) => new Redactor(secretValuesFrom(env, {})).redact(text) });
    if (!prs.ok) problems.push(...prs.problems);
  }
  // The codex `run` would find from here (SPEC §3): the same search, the same probe.
  const from = resolve(cwd);
  const codex = locateCodex({ configured: config.runner.codexPath, from: import.meta.url, cwd: from, repoRoot, env });
  const ready = await preflight({ repoRoot, config, env, codex, codexSearch: codexSearchDescription(from, repoRoot), runner: true });
  problems.push(...ready.problems);
  return problems;
}
