#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import "./chunks/chunk-HKHRZ4CP.js";

// src/index.ts
function defineConfig(config) {
  return config;
}
export {
  defineConfig
};
//# sourceMappingURL=index.js.map
