#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  loadWorkspace,
  prepareRun
} from "./chunk-YBIJL2DL.js";
import "./chunk-N3JGKYSS.js";
import "./chunk-2O6VK6EI.js";
import "./chunk-5ZLQUXYG.js";
import "./chunk-F6PNWZWH.js";
import "./chunk-4NXFIKWF.js";
import "./chunk-T47EO7J2.js";
export {
  loadWorkspace,
  prepareRun
};
//# sourceMappingURL=prepare-BHRHCDMD.js.map
