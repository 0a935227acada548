#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  displayCommand,
  pullRequestCell,
  renderSummary,
  terminalSink
} from "./chunk-5MQTYKL3.js";
import "./chunk-STQLN7AH.js";
import "./chunk-5SM3VJ5H.js";
import "./chunk-4FFY6RUW.js";
import "./chunk-T47EO7J2.js";
export {
  displayCommand,
  pullRequestCell,
  renderSummary,
  terminalSink
};
//# sourceMappingURL=terminal-BAVBY6TT.js.map
