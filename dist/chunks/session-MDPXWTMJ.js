#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  executeRun,
  runStatus
} from "./chunk-KUAZDMVG.js";
import "./chunk-5EOUG5DL.js";
import "./chunk-5YUFCU6X.js";
import "./chunk-CK3VKE6S.js";
import "./chunk-LQZ5YMG6.js";
import "./chunk-CXGXT4O7.js";
import "./chunk-LPVQCICT.js";
import "./chunk-4JZQMU52.js";
import "./chunk-JBMVGVPA.js";
import "./chunk-5SM3VJ5H.js";
import "./chunk-4FFY6RUW.js";
import "./chunk-UUW2XNO3.js";
import "./chunk-5ZLQUXYG.js";
import "./chunk-7CVJ7UMC.js";
import "./chunk-MF3CTRXE.js";
import "./chunk-X6LRK55K.js";
import "./chunk-OL2VBYBN.js";
import "./chunk-T47EO7J2.js";
export {
  executeRun,
  runStatus
};
//# sourceMappingURL=session-MDPXWTMJ.js.map
