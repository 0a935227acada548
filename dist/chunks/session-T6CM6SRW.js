#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  executeRun,
  runStatus
} from "./chunk-F724EGGK.js";
import "./chunk-EMHYLZ4T.js";
import "./chunk-4JZQMU52.js";
import "./chunk-QIBWRAE5.js";
import "./chunk-PGFSZBSJ.js";
import "./chunk-PHBKDZCG.js";
import "./chunk-HQLJAUHY.js";
import "./chunk-WKDV5I5E.js";
import "./chunk-MQ6VXM4M.js";
import "./chunk-JBMVGVPA.js";
import "./chunk-5SM3VJ5H.js";
import "./chunk-4FFY6RUW.js";
import "./chunk-MKFC7RCH.js";
import "./chunk-TMII7X7T.js";
import "./chunk-HXM76X25.js";
import "./chunk-77E6756Z.js";
import "./chunk-AK3DWAQS.js";
import "./chunk-X6LRK55K.js";
import "./chunk-MAUF2E2R.js";
import "./chunk-FL7PZ6ZF.js";
import "./chunk-HKHRZ4CP.js";
export {
  executeRun,
  runStatus
};
//# sourceMappingURL=session-T6CM6SRW.js.map
