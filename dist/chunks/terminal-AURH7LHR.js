#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  displayCommand,
  renderSummary,
  terminalSink
} from "./chunk-7PM5FFGK.js";
import "./chunk-STQLN7AH.js";
import "./chunk-5SM3VJ5H.js";
import "./chunk-T47EO7J2.js";
export {
  displayCommand,
  renderSummary,
  terminalSink
};
//# sourceMappingURL=terminal-AURH7LHR.js.map
