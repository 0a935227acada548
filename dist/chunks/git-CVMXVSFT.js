#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  GitGuard,
  Graphite,
  Worktrees,
  gtRefusal,
  parseWorktreeList,
  refusal
} from "./chunk-T6UZMKA4.js";
import "./chunk-6QMA47MY.js";
import "./chunk-T47EO7J2.js";
export {
  GitGuard,
  Graphite,
  Worktrees,
  gtRefusal,
  parseWorktreeList,
  refusal
};
//# sourceMappingURL=git-CVMXVSFT.js.map
