#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  CONFIG_FILE_NAMES,
  findConfig,
  findGitRoot
} from "./chunk-GCCWNA7U.js";
import "./chunk-LVYJHG4M.js";
import "./chunk-T47EO7J2.js";
export {
  CONFIG_FILE_NAMES,
  findConfig,
  findGitRoot
};
//# sourceMappingURL=discover-FFWV6VBQ.js.map
