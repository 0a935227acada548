#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  allDone,
  planJson,
  renderPlan
} from "./chunk-Q4HYAUQT.js";
import "./chunk-FWGU63SB.js";
import "./chunk-T47EO7J2.js";
export {
  allDone,
  planJson,
  renderPlan
};
//# sourceMappingURL=plan-LKMIAFHP.js.map
