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
} from "./chunk-UQ3TEZPA.js";
import "./chunk-X6LRK55K.js";
import "./chunk-7LZ6KQNL.js";
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
//# sourceMappingURL=git-V2GMYXGP.js.map
