#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  CONFIG_FILE_NAMES,
  findConfig,
  findGitRoot
} from "./chunk-77E6756Z.js";
import "./chunk-FL7PZ6ZF.js";
import "./chunk-HKHRZ4CP.js";
export {
  CONFIG_FILE_NAMES,
  findConfig,
  findGitRoot
};
//# sourceMappingURL=discover-TQX5QITB.js.map
