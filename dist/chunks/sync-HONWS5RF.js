#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-4JZQMU52.js";
import {
  errorMessage,
  fail,
  ok
} from "./chunk-FL7PZ6ZF.js";
import "./chunk-HKHRZ4CP.js";

// src/plugin/sync.ts
import { createHash } from "node:crypto";
import { chmod, mkdir, readdir, readFile, rm, rmdir, stat } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
function destinationFor(target, scope, where) {
  if (scope === "project") {
    if (where.projectRoot === null) return fail({ code: "USAGE", message: "--scope project needs a git repository: none contains the current directory", hint: "Run it inside the repository, or use --scope user." });
    return ok({ target, scope, dir: join(where.projectRoot, target === "claude" ? ".claude" : ".agents", "skills") });
  }
  const claudeHome = where.env.CLAUDE_CONFIG_DIR || join(where.home, ".claude");
  return ok({ target, scope, dir: target === "claude" ? join(claudeHome, "skills") : join(where.home, ".agents", "skills") });
}
var MANIFEST = ".orchestrator-plugin-sync.json";
var sha256 = (data) => createHash("sha256").update(data).digest("hex");
var toPosix = (path) => path.split(sep).join("/");
async function shippedSkills(skillsDir) {
  const entries = await readdir(skillsDir, { recursive: true, withFileTypes: true });
  const files = await Promise.all(
    entries.filter((e) => e.isFile()).map(async (e) => {
      const full = join(e.parentPath, e.name);
      const [content, info] = await Promise.all([readFile(full), stat(full)]);
      return { path: toPosix(relative(skillsDir, full)), content, hash: sha256(content), executable: (info.mode & 73) !== 0 };
    })
  );
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
async function readManifest(dir) {
  const path = join(dir, MANIFEST);
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return ok({ manifest: { version: 1, files: {} }, text: null });
  }
  try {
    const parsed = JSON.parse(text);
    if (parsed.version !== 1 || typeof parsed.files !== "object" || parsed.files === null) throw new Error("not a version 1 manifest");
    return ok({ manifest: { version: 1, files: parsed.files }, text });
  } catch (err) {
    return fail({ code: "USAGE", file: path, message: `cannot read the sync record: ${errorMessage(err)}`, hint: "Delete it to start over; files sync finds already there are then treated as yours (use --force to replace them)." });
  }
}
async function hashOf(path) {
  try {
    return sha256(await readFile(path));
  } catch {
    return null;
  }
}
async function install(path, content, executable) {
  await mkdir(dirname(path), { recursive: true });
  writeFileAtomic(path, content, executable ? 493 : 420);
}
async function removeEmptyParents(file, root) {
  for (let dir = dirname(file); dir !== root && dir.startsWith(root); dir = dirname(dir)) {
    try {
      await rmdir(dir);
    } catch {
      return;
    }
  }
}
async function syncSkills(shipped, destination, opts) {
  const { dir } = destination;
  const read = await readManifest(dir);
  if (!read.ok) return read;
  const recorded = read.value.manifest.files;
  const next = {};
  const changes = [];
  const shippedPaths = new Set(shipped.map((f) => f.path));
  try {
    for (const file of shipped) {
      const target = join(dir, file.path);
      const current = await hashOf(target);
      let action;
      if (current === file.hash) action = "unchanged";
      else if (current === null) action = "create";
      else if (recorded[file.path] === current) action = "update";
      else action = opts.force ? "overwrite" : "conflict";
      changes.push({ path: file.path, action });
      if (action === "conflict") {
        if (recorded[file.path] !== void 0) next[file.path] = recorded[file.path];
        continue;
      }
      next[file.path] = file.hash;
      if (opts.write && action !== "unchanged") await install(target, file.content, file.executable);
      else if (opts.write && file.executable && ((await stat(target)).mode & 73) === 0) await chmod(target, 493);
    }
    for (const [path, hash] of Object.entries(recorded).sort(([a], [b]) => a.localeCompare(b))) {
      if (shippedPaths.has(path)) continue;
      const target = join(dir, path);
      const current = await hashOf(target);
      if (current === null) continue;
      const action = current === hash || opts.force ? "prune" : "keep-modified";
      changes.push({ path, action });
      if (action === "keep-modified") {
        next[path] = hash;
      } else if (opts.write) {
        await rm(target);
        await removeEmptyParents(target, dir);
      }
    }
    const manifestText = `${JSON.stringify({ version: 1, files: next }, null, 2)}
`;
    const manifestChanged = read.value.text !== manifestText;
    if (opts.write && manifestChanged) await install(join(dir, MANIFEST), manifestText, false);
    const wrote = manifestChanged || changes.some((c) => !["unchanged", "conflict", "keep-modified"].includes(c.action));
    return ok({ destination, changes, wrote });
  } catch (err) {
    const problem = { code: "USAGE", file: dir, message: `cannot sync the skills: ${errorMessage(err)}`, hint: "Check that the directory is writable; nothing already installed was removed." };
    return fail(problem);
  }
}
var drifted = (report) => report.wrote || report.changes.some((c) => c.action === "conflict" || c.action === "keep-modified");
export {
  MANIFEST,
  destinationFor,
  drifted,
  shippedSkills,
  syncSkills
};
//# sourceMappingURL=sync-HONWS5RF.js.map
