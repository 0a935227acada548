#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  CONFIG_FILE_NAMES,
  findConfig,
  findGitRoot
} from "./chunk-2JRC3SWS.js";
import "./chunk-7LZ6KQNL.js";
import "./chunk-HKHRZ4CP.js";
export {
  CONFIG_FILE_NAMES,
  findConfig,
  findGitRoot
};
//# sourceMappingURL=discover-3D346PBY.js.map
