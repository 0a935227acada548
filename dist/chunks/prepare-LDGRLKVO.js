#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  loadWorkspace,
  prepareRun
} from "./chunk-7UESZ6UE.js";
import "./chunk-Q4TOU7SO.js";
import "./chunk-SNGKWNUS.js";
import "./chunk-5ZLQUXYG.js";
import "./chunk-GCCWNA7U.js";
import "./chunk-LVYJHG4M.js";
import "./chunk-T47EO7J2.js";
export {
  loadWorkspace,
  prepareRun
};
//# sourceMappingURL=prepare-LDGRLKVO.js.map
