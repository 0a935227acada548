#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  executeRun,
  runStatus
} from "./chunk-VLAEWVWL.js";
import "./chunk-BLCLASGK.js";
import "./chunk-4JZQMU52.js";
import "./chunk-5XG6AEKP.js";
import "./chunk-SSHZ7KL7.js";
import "./chunk-RWSEBZFN.js";
import "./chunk-7JYCQYLU.js";
import "./chunk-YDIGAN2V.js";
import "./chunk-CXGXT4O7.js";
import "./chunk-JBMVGVPA.js";
import "./chunk-5SM3VJ5H.js";
import "./chunk-4FFY6RUW.js";
import "./chunk-4VB4Y2DW.js";
import "./chunk-HXM76X25.js";
import "./chunk-2JRC3SWS.js";
import "./chunk-UQ3TEZPA.js";
import "./chunk-X6LRK55K.js";
import "./chunk-7LZ6KQNL.js";
import "./chunk-HKHRZ4CP.js";
export {
  executeRun,
  runStatus
};
//# sourceMappingURL=session-YNDQD6LM.js.map
