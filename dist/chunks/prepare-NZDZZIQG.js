#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  loadWorkspace,
  prepareRun
} from "./chunk-CK3VKE6S.js";
import "./chunk-LQZ5YMG6.js";
import "./chunk-UUW2XNO3.js";
import "./chunk-5ZLQUXYG.js";
import "./chunk-7CVJ7UMC.js";
import "./chunk-OL2VBYBN.js";
import "./chunk-T47EO7J2.js";
export {
  loadWorkspace,
  prepareRun
};
//# sourceMappingURL=prepare-NZDZZIQG.js.map
