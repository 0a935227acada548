#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  SLOW_COMMAND_MS,
  describeRunnerEvent,
  describeUsage,
  displayCommand,
  indent,
  pullRequestCell,
  renderSummary,
  terminalSink
} from "./chunk-IJNUUNIA.js";
import "./chunk-WM627BPP.js";
import "./chunk-PHBKDZCG.js";
import "./chunk-U3V3BPXA.js";
import "./chunk-5SM3VJ5H.js";
import "./chunk-4FFY6RUW.js";
import "./chunk-HKHRZ4CP.js";
export {
  SLOW_COMMAND_MS,
  describeRunnerEvent,
  describeUsage,
  displayCommand,
  indent,
  pullRequestCell,
  renderSummary,
  terminalSink
};
//# sourceMappingURL=terminal-5HFSVUDO.js.map
