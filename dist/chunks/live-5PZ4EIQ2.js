#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  HEARTBEAT_MS,
  STATUS_REFRESH_MS,
  heartbeat,
  liveModeFor,
  liveOutput,
  plain,
  statusLine
} from "./chunk-U3V3BPXA.js";
import "./chunk-HKHRZ4CP.js";
export {
  HEARTBEAT_MS,
  STATUS_REFRESH_MS,
  heartbeat,
  liveModeFor,
  liveOutput,
  plain,
  statusLine
};
//# sourceMappingURL=live-5PZ4EIQ2.js.map
