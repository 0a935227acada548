#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  displayCommand,
  renderSummary,
  terminalSink
} from "./chunk-IYXZK6PM.js";
import "./chunk-STQLN7AH.js";
import "./chunk-FWGU63SB.js";
import "./chunk-T47EO7J2.js";
export {
  displayCommand,
  renderSummary,
  terminalSink
};
//# sourceMappingURL=terminal-EI4RMKOT.js.map
