#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  LOCK_FILE,
  RunLock,
  recordingCodex
} from "./chunk-3SXXGMEK.js";
import "./chunk-4NXFIKWF.js";
import "./chunk-T47EO7J2.js";
export {
  LOCK_FILE,
  RunLock,
  recordingCodex
};
//# sourceMappingURL=lock-IJLDWJUE.js.map
