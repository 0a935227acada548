#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  executeRun,
  runStatus
} from "./chunk-VEUSAJ64.js";
import "./chunk-JGZAZ6M6.js";
import "./chunk-4JZQMU52.js";
import "./chunk-4WXF3QNH.js";
import "./chunk-PGFSZBSJ.js";
import "./chunk-PHBKDZCG.js";
import "./chunk-QCPHZXSO.js";
import "./chunk-WKDV5I5E.js";
import "./chunk-CXGXT4O7.js";
import "./chunk-JBMVGVPA.js";
import "./chunk-5SM3VJ5H.js";
import "./chunk-4FFY6RUW.js";
import "./chunk-AOUOZNAB.js";
import "./chunk-IW3E3M27.js";
import "./chunk-HXM76X25.js";
import "./chunk-77E6756Z.js";
import "./chunk-LW653NU6.js";
import "./chunk-X6LRK55K.js";
import "./chunk-FL7PZ6ZF.js";
import "./chunk-HKHRZ4CP.js";
export {
  executeRun,
  runStatus
};
//# sourceMappingURL=session-F26Z6AQR.js.map
