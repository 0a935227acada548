#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  loadWorkspace,
  prepareRun
} from "./chunk-C436IJH5.js";
import "./chunk-4ST2HMOY.js";
import "./chunk-5ZLQUXYG.js";
import "./chunk-AQOGIO6S.js";
import "./chunk-6QMA47MY.js";
import "./chunk-T47EO7J2.js";
export {
  loadWorkspace,
  prepareRun
};
//# sourceMappingURL=prepare-SPMCILW6.js.map
