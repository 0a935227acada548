#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  executeRun,
  runStatus
} from "./chunk-ERLI2CXQ.js";
import "./chunk-4YQTAECN.js";
import "./chunk-4JZQMU52.js";
import "./chunk-JBMVGVPA.js";
import "./chunk-D34SSJYL.js";
import "./chunk-5ZLQUXYG.js";
import "./chunk-AQOGIO6S.js";
import "./chunk-T6UZMKA4.js";
import "./chunk-6QMA47MY.js";
import "./chunk-T47EO7J2.js";
export {
  executeRun,
  runStatus
};
//# sourceMappingURL=session-O7VX3CCG.js.map
