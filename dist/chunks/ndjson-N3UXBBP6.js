#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  lineWriter
} from "./chunk-WM627BPP.js";
import "./chunk-HKHRZ4CP.js";

// src/report/ndjson.ts
function ndjsonSink(out, redactor) {
  const writer = lineWriter(out);
  return {
    handle(event) {
      writer.write(`${redactor.redact(JSON.stringify(event))}
`);
    },
    async close() {
      writer.flush();
    }
  };
}
export {
  ndjsonSink
};
//# sourceMappingURL=ndjson-N3UXBBP6.js.map
