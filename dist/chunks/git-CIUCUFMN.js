#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  GitGuard,
  Worktrees,
  parseWorktreeList,
  refusal
} from "./chunk-YXPBOWQE.js";
import "./chunk-XB3BV4XB.js";
import "./chunk-T47EO7J2.js";
export {
  GitGuard,
  Worktrees,
  parseWorktreeList,
  refusal
};
//# sourceMappingURL=git-CIUCUFMN.js.map
