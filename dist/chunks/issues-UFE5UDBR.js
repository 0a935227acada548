#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  MAX_ISSUE_BYTES,
  buildPlan,
  idProblem,
  loadIssues,
  naturalCompare
} from "./chunk-WKDV5I5E.js";
import "./chunk-FL7PZ6ZF.js";
import "./chunk-HKHRZ4CP.js";
export {
  MAX_ISSUE_BYTES,
  buildPlan,
  idProblem,
  loadIssues,
  naturalCompare
};
//# sourceMappingURL=issues-UFE5UDBR.js.map
