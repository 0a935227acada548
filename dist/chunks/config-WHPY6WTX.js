#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG,
  loadConfig,
  loadConfigFile,
  validateConfig
} from "./chunk-D34SSJYL.js";
import "./chunk-5ZLQUXYG.js";
import {
  CONFIG_FILE_NAMES,
  findConfig,
  findGitRoot
} from "./chunk-AQOGIO6S.js";
import "./chunk-6QMA47MY.js";
import "./chunk-T47EO7J2.js";
export {
  CONFIG_FILE_NAMES,
  DEFAULT_CONFIG,
  findConfig,
  findGitRoot,
  loadConfig,
  loadConfigFile,
  validateConfig
};
//# sourceMappingURL=config-WHPY6WTX.js.map
