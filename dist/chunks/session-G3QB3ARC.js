#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  executeRun,
  runStatus
} from "./chunk-R3PTR5D6.js";
import "./chunk-54CMLG6R.js";
import "./chunk-3SXXGMEK.js";
import "./chunk-YBIJL2DL.js";
import "./chunk-N3JGKYSS.js";
import "./chunk-Q4HYAUQT.js";
import "./chunk-EDEY4REW.js";
import "./chunk-4JZQMU52.js";
import "./chunk-JBMVGVPA.js";
import "./chunk-FWGU63SB.js";
import "./chunk-2O6VK6EI.js";
import "./chunk-5ZLQUXYG.js";
import "./chunk-F6PNWZWH.js";
import "./chunk-MYJJAZC5.js";
import "./chunk-4NXFIKWF.js";
import "./chunk-T47EO7J2.js";
export {
  executeRun,
  runStatus
};
//# sourceMappingURL=session-G3QB3ARC.js.map
