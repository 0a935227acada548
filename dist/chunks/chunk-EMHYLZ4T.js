#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  TRAILER,
  parseTrailers
} from "./chunk-AK3DWAQS.js";
import {
  branchFor
} from "./chunk-MAUF2E2R.js";
import {
  ok
} from "./chunk-FL7PZ6ZF.js";

// src/engine/resume.ts
var PHASES = ["dev", "review", "fix", "recovered"];
var asPhase = (value) => value !== void 0 && PHASES.includes(value) ? value : null;
var escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
async function inspectBranches(git, repoRoot, branchPrefix, ids) {
  const listed = await git.run(repoRoot, ["for-each-ref", "--format=%(refname)%00%(objectname)%00%(trailers:only,unfold)%00", "refs/heads/", "refs/remotes/origin/"]);
  if (!listed.ok) return listed;
  const tips = /* @__PURE__ */ new Map();
  for (const record of listed.value.split("\0\n")) {
    const [ref, sha, trailers = ""] = record.replace(/^\n/, "").split("\0");
    if (ref && sha) tips.set(ref, { sha, trailers });
  }
  const states = /* @__PURE__ */ new Map();
  for (const id of ids) {
    const branch = branchFor(branchPrefix, id);
    const local = tips.get(`refs/heads/${branch}`);
    const remote = local ? void 0 : tips.get(`refs/remotes/origin/${branch}`);
    const tip = local ?? remote;
    if (!tip) {
      states.set(id, { kind: "absent" });
      continue;
    }
    const source = local ? "local" : "origin";
    const t = parseTrailers(tip.trailers);
    if (t.issue === id && t.verdict === "pass") {
      states.set(id, { kind: "passed", commit: tip.sha, source });
      continue;
    }
    const last = await git.run(repoRoot, ["log", "-n", "1", "--format=%H%x00%(trailers:only,unfold)", "-E", `--grep=^${TRAILER.issue}: ${escapeRegex(id)}$`, tip.sha, "--"]);
    if (!last.ok) return last;
    if (last.value === "") {
      states.set(id, { kind: "untouched", commit: tip.sha, source });
      continue;
    }
    const [lastCommit = "", lastTrailers = ""] = last.value.split("\0");
    states.set(id, { kind: "unfinished", commit: tip.sha, source, lastPhase: asPhase(parseTrailers(lastTrailers).phase), lastCommit });
  }
  return ok(states);
}

export {
  inspectBranches
};
//# sourceMappingURL=chunk-EMHYLZ4T.js.map
