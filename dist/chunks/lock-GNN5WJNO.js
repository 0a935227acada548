#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  LOCK_FILE,
  RunLock,
  recordingChecks,
  recordingCodex
} from "./chunk-UUYZUSLK.js";
import "./chunk-LVYJHG4M.js";
import "./chunk-T47EO7J2.js";
export {
  LOCK_FILE,
  RunLock,
  recordingChecks,
  recordingCodex
};
//# sourceMappingURL=lock-GNN5WJNO.js.map
