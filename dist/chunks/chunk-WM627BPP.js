#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);

// src/report/line-writer.ts
var MAX_PENDING = 64 * 1024;
function lineWriter(out) {
  let pending = [];
  let size = 0;
  let scheduled = null;
  const flush = () => {
    if (scheduled) clearImmediate(scheduled);
    scheduled = null;
    if (pending.length === 0) return;
    const text = pending.join("");
    pending = [];
    size = 0;
    out.write(text);
  };
  return {
    write(text) {
      pending.push(text);
      size += text.length;
      if (size >= MAX_PENDING) flush();
      else scheduled ??= setImmediate(flush);
    },
    flush
  };
}

export {
  lineWriter
};
//# sourceMappingURL=chunk-WM627BPP.js.map
