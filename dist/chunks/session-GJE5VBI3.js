#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  executeRun
} from "./chunk-FYFR2Z4I.js";
import "./chunk-S4QS3L7Q.js";
import "./chunk-JBMVGVPA.js";
import "./chunk-SLEA5HG5.js";
import "./chunk-5ZLQUXYG.js";
import "./chunk-4C2RLI7K.js";
import "./chunk-COHWBIPO.js";
import "./chunk-ZSTMBARI.js";
import "./chunk-T47EO7J2.js";
export {
  executeRun
};
//# sourceMappingURL=session-GJE5VBI3.js.map
