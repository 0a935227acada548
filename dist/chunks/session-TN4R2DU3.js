#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  executeRun,
  runStatus
} from "./chunk-DK7BVDWA.js";
import "./chunk-QQGGGRT4.js";
import "./chunk-UUYZUSLK.js";
import "./chunk-7UESZ6UE.js";
import "./chunk-Q4TOU7SO.js";
import "./chunk-Q4HYAUQT.js";
import "./chunk-RIVLKP3Z.js";
import "./chunk-4JZQMU52.js";
import "./chunk-JBMVGVPA.js";
import "./chunk-FWGU63SB.js";
import "./chunk-SNGKWNUS.js";
import "./chunk-5ZLQUXYG.js";
import "./chunk-GCCWNA7U.js";
import "./chunk-N74JDHTM.js";
import "./chunk-LVYJHG4M.js";
import "./chunk-T47EO7J2.js";
export {
  executeRun,
  runStatus
};
//# sourceMappingURL=session-TN4R2DU3.js.map
