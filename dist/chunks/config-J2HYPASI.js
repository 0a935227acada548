#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG,
  loadConfig,
  loadConfigFile,
  validateConfig
} from "./chunk-UUW2XNO3.js";
import "./chunk-5ZLQUXYG.js";
import {
  CONFIG_FILE_NAMES,
  findConfig,
  findGitRoot
} from "./chunk-7CVJ7UMC.js";
import "./chunk-OL2VBYBN.js";
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
//# sourceMappingURL=config-J2HYPASI.js.map
