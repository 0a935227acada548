#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  executeRun,
  runStatus
} from "./chunk-B2SHSHJ5.js";
import "./chunk-TSWZI2TB.js";
import "./chunk-V24GLA6S.js";
import "./chunk-4JZQMU52.js";
import "./chunk-JBMVGVPA.js";
import "./chunk-FWGU63SB.js";
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
//# sourceMappingURL=session-4CRSTQ5H.js.map
