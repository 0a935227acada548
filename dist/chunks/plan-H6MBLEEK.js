#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  allDone,
  planJson,
  renderPlan
} from "./chunk-MQ6VXM4M.js";
import "./chunk-5SM3VJ5H.js";
import "./chunk-4FFY6RUW.js";
import "./chunk-MAUF2E2R.js";
import "./chunk-HKHRZ4CP.js";
export {
  allDone,
  planJson,
  renderPlan
};
//# sourceMappingURL=plan-H6MBLEEK.js.map
