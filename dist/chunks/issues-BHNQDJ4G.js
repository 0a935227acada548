#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  MAX_ISSUE_BYTES,
  buildPlan,
  idProblem,
  loadIssues,
  naturalCompare
} from "./chunk-Q4TOU7SO.js";
import "./chunk-LVYJHG4M.js";
import "./chunk-T47EO7J2.js";
export {
  MAX_ISSUE_BYTES,
  buildPlan,
  idProblem,
  loadIssues,
  naturalCompare
};
//# sourceMappingURL=issues-BHNQDJ4G.js.map
