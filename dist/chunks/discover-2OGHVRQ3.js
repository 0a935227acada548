#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  CONFIG_FILE_NAMES,
  findConfig,
  findGitRoot
} from "./chunk-IOH7DN7G.js";
import "./chunk-M36POA5V.js";
import "./chunk-T47EO7J2.js";
export {
  CONFIG_FILE_NAMES,
  findConfig,
  findGitRoot
};
//# sourceMappingURL=discover-2OGHVRQ3.js.map
