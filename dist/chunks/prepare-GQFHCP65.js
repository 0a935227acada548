#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  loadWorkspace,
  prepareRun
} from "./chunk-S4QS3L7Q.js";
import "./chunk-SLEA5HG5.js";
import "./chunk-5ZLQUXYG.js";
import "./chunk-COHWBIPO.js";
import "./chunk-ZSTMBARI.js";
import "./chunk-T47EO7J2.js";
export {
  loadWorkspace,
  prepareRun
};
//# sourceMappingURL=prepare-GQFHCP65.js.map
