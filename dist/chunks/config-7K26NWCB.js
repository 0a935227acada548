#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG,
  loadConfig,
  loadConfigFile,
  validateConfig
} from "./chunk-EUOAJ7QH.js";
import "./chunk-5ZLQUXYG.js";
import {
  CONFIG_FILE_NAMES,
  findConfig,
  findGitRoot
} from "./chunk-IOH7DN7G.js";
import "./chunk-M36POA5V.js";
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
//# sourceMappingURL=config-7K26NWCB.js.map
