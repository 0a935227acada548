#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  executeRun,
  runStatus
} from "./chunk-ZZRAPXL5.js";
import "./chunk-64JXT444.js";
import "./chunk-V24GLA6S.js";
import "./chunk-4JZQMU52.js";
import "./chunk-JBMVGVPA.js";
import "./chunk-FWGU63SB.js";
import "./chunk-EUOAJ7QH.js";
import "./chunk-5ZLQUXYG.js";
import "./chunk-IOH7DN7G.js";
import "./chunk-E3QKBZ72.js";
import "./chunk-M36POA5V.js";
import "./chunk-T47EO7J2.js";
export {
  executeRun,
  runStatus
};
//# sourceMappingURL=session-KZ2HYQMB.js.map
