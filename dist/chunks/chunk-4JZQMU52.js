#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);

// src/atomic-write.ts
import { chmodSync, renameSync, rmSync, writeFileSync } from "node:fs";
function writeFileAtomic(path, data, mode) {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    rmSync(tmp, { force: true });
    writeFileSync(tmp, data, { flag: "wx", mode });
    if (mode !== void 0) chmodSync(tmp, mode);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

export {
  writeFileAtomic
};
//# sourceMappingURL=chunk-4JZQMU52.js.map
