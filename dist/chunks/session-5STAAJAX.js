#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  executeRun,
  runStatus
} from "./chunk-XIITBDH3.js";
import "./chunk-5MLW34SJ.js";
import "./chunk-4JZQMU52.js";
import "./chunk-JBMVGVPA.js";
import "./chunk-P3WBHYVC.js";
import "./chunk-5ZLQUXYG.js";
import "./chunk-UZO4I2GN.js";
import "./chunk-4C2RLI7K.js";
import "./chunk-ZSTMBARI.js";
import "./chunk-T47EO7J2.js";
export {
  executeRun,
  runStatus
};
//# sourceMappingURL=session-5STAAJAX.js.map
