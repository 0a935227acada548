#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);

// src/engine/exit-codes.ts
var ExitCode = {
  /** Every selected issue passed, or there was nothing to do. */
  Ok: 0,
  /** Some issue did not pass. */
  NotPassed: 1,
  /** Usage, config or issue-doc error: nothing was run. */
  Usage: 2,
  /** SIGINT/SIGTERM: the running phase was aborted, logs flushed, run.json written. */
  Interrupted: 130
};

export {
  ExitCode
};
//# sourceMappingURL=chunk-JBMVGVPA.js.map
