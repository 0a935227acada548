#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);

// src/git/naming.ts
import { join } from "node:path";
function branchFor(prefix, id) {
  return `${prefix}${id}`;
}
function isIssueBranch(prefix, name) {
  return name !== void 0 && name.startsWith(prefix) && name.length > prefix.length;
}
function worktreeFor(root, id) {
  return join(root, id);
}
var RESERVED_FIRST_PARTS = /* @__PURE__ */ new Set(["refs", "heads", "tags", "remotes", "HEAD"]);
function branchPrefixProblem(prefix) {
  if (prefix === "") return "must not be empty";
  if (prefix.startsWith("-")) return 'must not start with "-"';
  if (prefix.startsWith("/")) return 'must not start with "/"';
  const bad = /[\x00-\x20\x7f~^:?*[\\]/.exec(prefix)?.[0];
  if (bad !== void 0) return `must not contain ${bad.charCodeAt(0) <= 32 || bad === "\x7F" ? "spaces or control characters" : JSON.stringify(bad)}`;
  for (const seq of ["..", "//", "@{"]) if (prefix.includes(seq)) return `must not contain "${seq}"`;
  const parts = prefix.split("/");
  if (parts.some((part) => part.startsWith("."))) return 'no part between slashes may start with "."';
  if (parts.slice(0, -1).some((part) => part.endsWith(".lock"))) return 'no part between slashes may end with ".lock"';
  if (prefix.endsWith(".lock")) return 'must not end with ".lock"';
  if (RESERVED_FIRST_PARTS.has(parts[0]) && parts.length > 1) return `must not start with "${parts[0]}/" (the branch would be read as another ref)`;
  return void 0;
}

export {
  branchFor,
  isIssueBranch,
  worktreeFor,
  branchPrefixProblem
};
//# sourceMappingURL=chunk-MAUF2E2R.js.map
