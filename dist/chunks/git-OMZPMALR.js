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
} from "./chunk-4C2RLI7K.js";
import "./chunk-ZSTMBARI.js";
import "./chunk-T47EO7J2.js";
export {
  GitGuard,
  Graphite,
  Worktrees,
  gtRefusal,
  parseWorktreeList,
  refusal
};
//# sourceMappingURL=git-OMZPMALR.js.map
