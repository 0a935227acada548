#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  loadWorkspace,
  prepareRun
} from "./chunk-64JXT444.js";
import "./chunk-EUOAJ7QH.js";
import "./chunk-5ZLQUXYG.js";
import "./chunk-IOH7DN7G.js";
import "./chunk-M36POA5V.js";
import "./chunk-T47EO7J2.js";
export {
  loadWorkspace,
  prepareRun
};
//# sourceMappingURL=prepare-OCUU3FYE.js.map
