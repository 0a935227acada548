#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  Redactor,
  codexSearchDescription,
  locateCodex,
  openPullRequests,
  preflight,
  secretValuesFrom
} from "./chunk-QIBWRAE5.js";
import "./chunk-PHBKDZCG.js";
import {
  Graphite,
  Worktrees
} from "./chunk-AK3DWAQS.js";
import "./chunk-X6LRK55K.js";
import "./chunk-MAUF2E2R.js";
import "./chunk-FL7PZ6ZF.js";
import "./chunk-HKHRZ4CP.js";

// src/engine/readiness.ts
import { resolve } from "node:path";
async function readiness(loaded, env, cwd) {
  const { repoRoot, config } = loaded;
  const problems = [];
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
  const from = resolve(cwd);
  const codex = locateCodex({ configured: config.runner.codexPath, from: import.meta.url, cwd: from, repoRoot, env });
  const ready = await preflight({ repoRoot, config, env, codex, codexSearch: codexSearchDescription(from, repoRoot), runner: true });
  problems.push(...ready.problems);
  return problems;
}
export {
  readiness
};
//# sourceMappingURL=readiness-DA3RCCRS.js.map
