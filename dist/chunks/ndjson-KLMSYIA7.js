#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import "./chunk-T47EO7J2.js";

// src/report/ndjson.ts
function ndjsonSink(out, redactor) {
  return {
    handle(event) {
      out.write(`${redactor.redact(JSON.stringify(event))}
`);
    }
  };
}
export {
  ndjsonSink
};
//# sourceMappingURL=ndjson-KLMSYIA7.js.map
