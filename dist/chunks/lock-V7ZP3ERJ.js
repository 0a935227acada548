#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  LOCK_FILE,
  RunLock,
  recordingChecks,
  recordingCodex
} from "./chunk-SSHZ7KL7.js";
import "./chunk-7LZ6KQNL.js";
import "./chunk-HKHRZ4CP.js";
export {
  LOCK_FILE,
  RunLock,
  recordingChecks,
  recordingCodex
};
//# sourceMappingURL=lock-V7ZP3ERJ.js.map
