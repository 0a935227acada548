#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  LOCK_FILE,
  RunLock,
  recordingChecks,
  recordingCodex
} from "./chunk-PGFSZBSJ.js";
import "./chunk-FL7PZ6ZF.js";
import "./chunk-HKHRZ4CP.js";
export {
  LOCK_FILE,
  RunLock,
  recordingChecks,
  recordingCodex
};
//# sourceMappingURL=lock-TU5KUEAW.js.map
