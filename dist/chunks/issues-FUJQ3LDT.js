#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  MAX_ISSUE_BYTES,
  buildPlan,
  idProblem,
  loadIssues,
  naturalCompare
} from "./chunk-YDIGAN2V.js";
import "./chunk-7LZ6KQNL.js";
import "./chunk-HKHRZ4CP.js";
export {
  MAX_ISSUE_BYTES,
  buildPlan,
  idProblem,
  loadIssues,
  naturalCompare
};
//# sourceMappingURL=issues-FUJQ3LDT.js.map
