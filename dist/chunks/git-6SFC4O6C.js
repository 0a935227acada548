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
} from "./chunk-N74JDHTM.js";
import "./chunk-LVYJHG4M.js";
import "./chunk-T47EO7J2.js";
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
//# sourceMappingURL=git-6SFC4O6C.js.map
