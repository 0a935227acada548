#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  MAX_ISSUE_BYTES,
  buildPlan,
  idProblem,
  loadIssues,
  naturalCompare
} from "./chunk-LQZ5YMG6.js";
import "./chunk-OL2VBYBN.js";
import "./chunk-T47EO7J2.js";
export {
  MAX_ISSUE_BYTES,
  buildPlan,
  idProblem,
  loadIssues,
  naturalCompare
};
//# sourceMappingURL=issues-PDOWFX6H.js.map
