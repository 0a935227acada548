#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  loadWorkspace,
  prepareRun
} from "./chunk-5MLW34SJ.js";
import "./chunk-P3WBHYVC.js";
import "./chunk-5ZLQUXYG.js";
import "./chunk-UZO4I2GN.js";
import "./chunk-ZSTMBARI.js";
import "./chunk-T47EO7J2.js";
export {
  loadWorkspace,
  prepareRun
};
//# sourceMappingURL=prepare-GLOFJ7JH.js.map
