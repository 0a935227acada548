#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  loadWorkspace,
  prepareRun
} from "./chunk-TSWZI2TB.js";
import "./chunk-D34SSJYL.js";
import "./chunk-5ZLQUXYG.js";
import "./chunk-AQOGIO6S.js";
import "./chunk-6QMA47MY.js";
import "./chunk-T47EO7J2.js";
export {
  loadWorkspace,
  prepareRun
};
//# sourceMappingURL=prepare-CWXL7ALS.js.map
