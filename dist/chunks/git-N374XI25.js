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
} from "./chunk-MF3CTRXE.js";
import "./chunk-X6LRK55K.js";
import "./chunk-OL2VBYBN.js";
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
//# sourceMappingURL=git-N374XI25.js.map
