#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  loadConfig,
  loadConfigFile
} from "./chunk-MKFC7RCH.js";
import {
  DEFAULT_CONFIG,
  validateConfig
} from "./chunk-TMII7X7T.js";
import "./chunk-HXM76X25.js";
import {
  CONFIG_FILE_NAMES,
  findConfig,
  findGitRoot
} from "./chunk-77E6756Z.js";
import "./chunk-MAUF2E2R.js";
import "./chunk-FL7PZ6ZF.js";
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
//# sourceMappingURL=config-V6B4RPRH.js.map
