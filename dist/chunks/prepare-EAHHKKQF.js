#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  loadWorkspace,
  prepareRun
} from "./chunk-HQLJAUHY.js";
import "./chunk-WKDV5I5E.js";
import "./chunk-MKFC7RCH.js";
import "./chunk-TMII7X7T.js";
import "./chunk-HXM76X25.js";
import "./chunk-77E6756Z.js";
import "./chunk-MAUF2E2R.js";
import "./chunk-FL7PZ6ZF.js";
import "./chunk-HKHRZ4CP.js";
export {
  loadWorkspace,
  prepareRun
};
//# sourceMappingURL=prepare-EAHHKKQF.js.map
