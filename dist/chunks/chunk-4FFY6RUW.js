#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);

// src/report/neutralise.ts
var UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function visible(ch) {
  const code = ch.charCodeAt(0);
  if (code < 32) return String.fromCharCode(9216 + code);
  if (code === 127) return "\u2421";
  return `\\u${code.toString(16).padStart(4, "0")}`;
}
function neutralise(text) {
  return text.replace(UNSAFE, visible);
}

export {
  neutralise
};
//# sourceMappingURL=chunk-4FFY6RUW.js.map
