#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG,
  loadConfig,
  loadConfigFile,
  validateConfig
} from "./chunk-4VB4Y2DW.js";
import "./chunk-HXM76X25.js";
import {
  CONFIG_FILE_NAMES,
  findConfig,
  findGitRoot
} from "./chunk-2JRC3SWS.js";
import "./chunk-7LZ6KQNL.js";
import "./chunk-HKHRZ4CP.js";
export {
  CONFIG_FILE_NAMES,
  DEFAULT_CONFIG,
  findConfig,
  findGitRoot,
  loadConfig,
  loadConfigFile,
  validateConfig
};
//# sourceMappingURL=config-OIWAFBNK.js.map
