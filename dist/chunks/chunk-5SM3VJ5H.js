#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);

// src/report/style.ts
var wrap = (open, close) => (s) => `\x1B[${open}m${s}\x1B[${close}m`;
var colour = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  red: wrap(31, 39),
  green: wrap(32, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39)
};
var identity = (s) => s;
var plain = { bold: identity, dim: identity, red: identity, green: identity, yellow: identity, cyan: identity };
function styleFor(stream, env = process.env) {
  const noColor = env.NO_COLOR !== void 0 && env.NO_COLOR !== "";
  const forced = env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "";
  return !noColor && (forced || stream.isTTY === true) ? colour : plain;
}
function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells) => cells.map((c, i) => i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}

export {
  styleFor,
  table
};
//# sourceMappingURL=chunk-5SM3VJ5H.js.map
