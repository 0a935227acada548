#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  CONFIG_FILE_NAMES,
  findConfig,
  findGitRoot
} from "./chunk-AQOGIO6S.js";
import "./chunk-6QMA47MY.js";
import "./chunk-T47EO7J2.js";
export {
  CONFIG_FILE_NAMES,
  findConfig,
  findGitRoot
};
//# sourceMappingURL=discover-47ZYBQPL.js.map
