#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);

// src/errors.ts
var ok = (value) => ({ ok: true, value });
var fail = (problems) => ({
  ok: false,
  problems: Array.isArray(problems) ? problems : [problems]
});
function formatProblem(p) {
  const where = p.file ? `${p.file}${p.line ? `:${p.line}` : ""}: ` : "";
  const key = p.key ? `${p.key}: ` : "";
  const hint = p.hint ? `
  ${p.hint}` : "";
  return `${where}${key}${p.message}${hint}`;
}
function errorMessage(err) {
  if (err instanceof Error) return err.message;
  return String(err);
}

export {
  ok,
  fail,
  formatProblem,
  errorMessage
};
//# sourceMappingURL=chunk-FL7PZ6ZF.js.map
