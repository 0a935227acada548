#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  loadWorkspace,
  prepareRun
} from "./chunk-HKC6FNGU.js";
import "./chunk-RP3LGHMD.js";
import "./chunk-5ZLQUXYG.js";
import "./chunk-RKN4KMUE.js";
import "./chunk-XB3BV4XB.js";
import "./chunk-T47EO7J2.js";
export {
  loadWorkspace,
  prepareRun
};
//# sourceMappingURL=prepare-FZKV4D3R.js.map
