#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  errorMessage,
  fail,
  ok
} from "./chunk-FL7PZ6ZF.js";

// src/engine/lock.ts
import { linkSync, readFileSync as readFileSync2, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { isAbsolute, join, resolve } from "node:path";

// src/engine/processes.ts
import { readdirSync, readFileSync } from "node:fs";
function stat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const rest = text.slice(text.lastIndexOf(")") + 2).split(" ");
    const ppid = Number(rest[1]);
    const start = rest[19];
    return Number.isInteger(ppid) && start ? { state: rest[0] ?? "", ppid, start } : null;
  } catch {
    return null;
  }
}
var startTime = (pid) => stat(pid)?.start ?? null;
function isRunning(id) {
  try {
    process.kill(id.pid, 0);
  } catch (err) {
    if (err.code !== "EPERM") return false;
  }
  const now = stat(id.pid);
  if (now?.state === "Z") return false;
  return id.start === null || now === null || now.start === id.start;
}
function allProcesses() {
  const out = /* @__PURE__ */ new Map();
  let entries;
  try {
    entries = readdirSync("/proc");
  } catch {
    return out;
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    const s = stat(Number(name));
    if (s) out.set(Number(name), s);
  }
  return out;
}
function childrenOf(pid) {
  return [...allProcesses()].filter(([, s]) => s.ppid === pid).map(([child, s]) => ({ pid: child, start: s.start }));
}
function killTrees(roots) {
  const table = allProcesses();
  const kids = /* @__PURE__ */ new Map();
  for (const [pid, s] of table) kids.set(s.ppid, [...kids.get(s.ppid) ?? [], pid]);
  const doomed = [];
  const visit = (pid) => {
    doomed.push(pid);
    for (const child of kids.get(pid) ?? []) visit(child);
  };
  for (const root of roots) {
    const s = table.get(root.pid);
    if (s && s.state !== "Z" && (root.start === null || s.start === root.start)) visit(root.pid);
  }
  for (const pid of doomed) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
    }
  }
  return doomed;
}

// src/engine/lock.ts
var LOCK_FILE = "orchestrator.lock";
function describe(h) {
  return h.command === "clean" ? `orchestrator clean (pid ${h.pid})` : `orchestrator run (pid ${h.pid}, run ${h.runId ?? "starting"})`;
}
function read(file) {
  try {
    const value = JSON.parse(readFileSync2(file, "utf8"));
    return typeof value.pid === "number" && typeof value.host === "string" ? { ...value, codex: Array.isArray(value.codex) ? value.codex : [] } : null;
  } catch {
    return null;
  }
}
var RunLock = class _RunLock {
  constructor(file, holder) {
    this.file = file;
    this.holder = holder;
    process.once("exit", this.onExit);
  }
  file;
  holder;
  released = false;
  onExit = () => this.releaseSync();
  /** The lock file of the repository `repoRoot` belongs to (the common dir: the same for all its worktrees). */
  static async fileFor(git, repoRoot) {
    const dir = await git.run(repoRoot, ["rev-parse", "--git-common-dir"]);
    if (!dir.ok) return dir;
    return ok(join(isAbsolute(dir.value) ? dir.value : resolve(repoRoot, dir.value), LOCK_FILE));
  }
  /**
   * Takes the lock, or says who holds it (exit 2 for the caller). A holder on this host whose process is
   * gone is stale: its codex processes are ended, `warn` says so, and the lock is taken over.
   */
  static acquire(file, opts) {
    const me = {
      pid: process.pid,
      start: startTime(process.pid),
      host: hostname(),
      command: opts.command,
      runId: opts.runId,
      startedAt: (/* @__PURE__ */ new Date()).toISOString(),
      codex: []
    };
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, JSON.stringify(me), { flag: "w" });
      for (let attempt = 0; attempt < 3; attempt += 1) {
        try {
          linkSync(tmp, file);
          return ok(new _RunLock(file, me));
        } catch (err) {
          if (err.code !== "EEXIST") throw err;
        }
        const holder = read(file);
        if (holder === null) {
          opts.warn(`replacing an unreadable lock file ${file}`);
          rmSync(file, { force: true });
          continue;
        }
        if (holder.host !== me.host) {
          return fail({
            code: "LOCKED",
            message: `another ${describe(holder)} on host ${holder.host} holds this repository`,
            hint: `If no run is active on ${holder.host}, delete ${file} and run again.`
          });
        }
        if (isRunning({ pid: holder.pid, start: holder.start })) {
          return fail({
            code: "LOCKED",
            message: `another ${describe(holder)} is active in this repository`,
            hint: `Wait for it to finish, or stop it (kill ${holder.pid}); its lock is ${file}.`
          });
        }
        const killed = killTrees(holder.codex);
        const still = read(file);
        if (still && (still.pid !== holder.pid || still.host !== holder.host || still.startedAt !== holder.startedAt)) continue;
        opts.warn(
          `taking over the lock of a stopped ${describe(holder)}` + (killed.length > 0 ? `; ended its codex processes (pid ${killed.join(", ")}) first` : "")
        );
        rmSync(file, { force: true });
      }
      return fail({ code: "LOCKED", message: `could not take the lock ${file}: other runs keep taking it`, hint: "Run again when the other run has finished." });
    } catch (err) {
      return fail({ code: "LOCKED", message: `cannot write the lock ${file}: ${errorMessage(err)}`, hint: "The repository's git directory must be writable." });
    } finally {
      rmSync(tmp, { force: true });
    }
  }
  write() {
    if (this.released) return;
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, JSON.stringify(this.holder));
      renameSync(tmp, this.file);
    } catch {
      rmSync(tmp, { force: true });
    }
  }
  setRunId(runId) {
    this.holder = { ...this.holder, runId };
    this.write();
  }
  /** Records the codex processes running now (the engine's children: key proxy, codex), so a takeover can end them. */
  noteChildren() {
    const known = new Set(this.holder.codex.map((c) => `${c.pid}/${c.start}`));
    const fresh = childrenOf(process.pid).filter((c) => !known.has(`${c.pid}/${c.start}`));
    if (fresh.length === 0) return;
    this.holder = { ...this.holder, codex: [...this.holder.codex.filter(isRunning), ...fresh] };
    this.write();
  }
  releaseSync() {
    if (this.released) return;
    this.released = true;
    process.off("exit", this.onExit);
    const current = read(this.file);
    if (current && current.pid === this.holder.pid && current.host === this.holder.host) {
      try {
        unlinkSync(this.file);
      } catch {
      }
    }
  }
  release() {
    this.releaseSync();
  }
};
function recordingCodex(runner, lock) {
  return {
    get kind() {
      return runner.kind;
    },
    async run(request) {
      let noted = false;
      const note = () => {
        if (noted) return;
        noted = true;
        lock.noteChildren();
      };
      const timer = setTimeout(note, 500);
      try {
        return await runner.run({ ...request, onEvent: (event) => (note(), request.onEvent(event)) });
      } finally {
        clearTimeout(timer);
      }
    }
  };
}
function recordingChecks(checks, lock) {
  return {
    async run(check, worktree, signal) {
      const timer = setTimeout(() => lock.noteChildren(), 300);
      try {
        return await checks.run(check, worktree, signal);
      } finally {
        clearTimeout(timer);
      }
    }
  };
}

export {
  LOCK_FILE,
  RunLock,
  recordingCodex,
  recordingChecks
};
//# sourceMappingURL=chunk-PGFSZBSJ.js.map
