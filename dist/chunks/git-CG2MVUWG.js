#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  GIT_TIMEOUTS,
  GitGuard,
  Graphite,
  MAIN_HEAD,
  NO_HOOKS,
  Worktrees,
  fallbackIdentity,
  gtRefusal,
  movedRefs,
  parseWorktreeList,
  readRefs,
  refusal,
  safeGitEnv
} from "./chunk-AK3DWAQS.js";
import "./chunk-X6LRK55K.js";
import "./chunk-MAUF2E2R.js";
import "./chunk-FL7PZ6ZF.js";
import "./chunk-HKHRZ4CP.js";
export {
  GIT_TIMEOUTS,
  GitGuard,
  Graphite,
  MAIN_HEAD,
  NO_HOOKS,
  Worktrees,
  fallbackIdentity,
  gtRefusal,
  movedRefs,
  parseWorktreeList,
  readRefs,
  refusal,
  safeGitEnv
};
//# sourceMappingURL=git-CG2MVUWG.js.map
