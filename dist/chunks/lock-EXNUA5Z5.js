#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  LOCK_FILE,
  RunLock,
  recordingChecks,
  recordingCodex
} from "./chunk-5YUFCU6X.js";
import "./chunk-OL2VBYBN.js";
import "./chunk-T47EO7J2.js";
export {
  LOCK_FILE,
  RunLock,
  recordingChecks,
  recordingCodex
};
//# sourceMappingURL=lock-EXNUA5Z5.js.map
