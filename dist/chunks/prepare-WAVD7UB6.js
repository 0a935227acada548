#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  loadWorkspace,
  prepareRun
} from "./chunk-7JYCQYLU.js";
import "./chunk-YDIGAN2V.js";
import "./chunk-4VB4Y2DW.js";
import "./chunk-HXM76X25.js";
import "./chunk-2JRC3SWS.js";
import "./chunk-7LZ6KQNL.js";
import "./chunk-HKHRZ4CP.js";
export {
  loadWorkspace,
  prepareRun
};
//# sourceMappingURL=prepare-WAVD7UB6.js.map
