#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  fail,
  ok
} from "./chunk-FL7PZ6ZF.js";

// src/config/discover.ts
import { realpath, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
var CONFIG_FILE_NAMES = [
  "orchestrator.config.json",
  "orchestrator.config.ts",
  "orchestrator.config.mjs",
  "orchestrator.config.js"
];
async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
async function isGitMarker(path) {
  try {
    const st = await stat(path);
    return st.isFile() || st.isDirectory() && await isFile(join(path, "HEAD"));
  } catch {
    return false;
  }
}
async function realDir(dir) {
  try {
    const real = await realpath(resolve(dir));
    return (await stat(real)).isDirectory() ? real : null;
  } catch {
    return null;
  }
}
async function findGitRoot(startDir) {
  const start = await realDir(startDir);
  if (!start) return null;
  for (let dir = start; ; dir = dirname(dir)) {
    if (await isGitMarker(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return null;
  }
}
function notInRepo(dir) {
  return {
    code: "USAGE",
    message: `${dir} is not inside a git repository (no .git in it or any parent directory)`,
    hint: "Run orchestrator inside a git checkout (`git init` creates one), then `orchestrator init`."
  };
}
async function explicitConfig(startDir, explicit) {
  const requested = resolve(startDir, explicit);
  if (!await isFile(requested)) {
    return fail({
      code: "CONFIG_NOT_FOUND",
      file: requested,
      message: `config file ${requested} does not exist or is not a file (from --config ${explicit})`,
      hint: "Check the path (relative to the current directory), or drop --config to discover the config."
    });
  }
  const repoRoot = await findGitRoot(startDir);
  if (!repoRoot) return fail(notInRepo(resolve(startDir)));
  return ok({ file: await realpath(requested), repoRoot });
}
async function findConfig(startDir, explicit) {
  if (explicit !== void 0) return explicitConfig(startDir, explicit);
  const start = await realDir(startDir);
  if (!start) {
    return fail({ code: "USAGE", message: `directory ${resolve(startDir)} does not exist`, hint: "Run orchestrator from inside your repository." });
  }
  const repoRoot = await findGitRoot(start);
  if (!repoRoot) return fail(notInRepo(start));
  const searched = [];
  for (let dir = start; ; dir = dirname(dir)) {
    searched.push(dir);
    const present = [];
    for (const name of CONFIG_FILE_NAMES) {
      if (await isFile(join(dir, name))) present.push(join(dir, name));
    }
    if (present.length > 1) {
      return fail({
        code: "CONFIG_AMBIGUOUS",
        file: present[0],
        message: `${present.length} config files at the same level: ${present.join(", ")}`,
        hint: "Keep exactly one of them (or pick one with --config)."
      });
    }
    if (present[0]) return ok({ file: present[0], repoRoot });
    if (dir === repoRoot) break;
  }
  return fail({
    code: "CONFIG_NOT_FOUND",
    message: [
      `no orchestrator config found; looked for ${CONFIG_FILE_NAMES.join(", ")} in:`,
      ...searched.map((dir) => `  ${dir}`)
    ].join("\n"),
    hint: "Run `orchestrator init` to create one at the repository root, or pass --config PATH."
  });
}

export {
  CONFIG_FILE_NAMES,
  findGitRoot,
  findConfig
};
//# sourceMappingURL=chunk-77E6756Z.js.map
