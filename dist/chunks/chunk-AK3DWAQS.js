#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  pushAuthConfig
} from "./chunk-X6LRK55K.js";
import {
  branchFor,
  isIssueBranch,
  worktreeFor
} from "./chunk-MAUF2E2R.js";
import {
  errorMessage,
  fail,
  ok
} from "./chunk-FL7PZ6ZF.js";

// src/git/guard.ts
import { existsSync } from "node:fs";
import { readdir, readFile, realpath } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

// src/git/child.ts
import { spawn } from "node:child_process";
var KILL_GRACE_MS = 2e3;
var live = /* @__PURE__ */ new Set();
var exitHookInstalled = false;
function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
  }
}
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const pid of live) killGroup(pid, "SIGKILL");
  });
}
function spawnGroup(command, args, opts) {
  installExitHook();
  const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const pid = child.pid;
  if (pid !== void 0) live.add(pid);
  let graceTimer;
  return {
    child,
    stop() {
      if (pid === void 0 || graceTimer !== void 0) return;
      killGroup(pid, "SIGTERM");
      graceTimer = setTimeout(() => killGroup(pid, "SIGKILL"), KILL_GRACE_MS);
      graceTimer.unref();
    },
    kill() {
      if (pid !== void 0) killGroup(pid, "SIGKILL");
    },
    release() {
      clearTimeout(graceTimer);
      if (pid !== void 0) live.delete(pid);
    }
  };
}
function runChild(command, args, opts) {
  return new Promise((resolve3) => {
    const group = spawnGroup(command, args, opts);
    const { child } = group;
    const out = [];
    const err = [];
    let size = 0;
    let stopped = null;
    const stop = (why) => {
      if (stopped !== null || child.pid === void 0) return;
      stopped = why;
      group.stop();
    };
    const collect = (into) => (chunk) => {
      size += chunk.length;
      if (size > opts.maxBuffer) return stop(`its output exceeded ${opts.maxBuffer} bytes`);
      into.push(chunk);
    };
    child.stdout?.on("data", collect(out));
    child.stderr?.on("data", collect(err));
    const timer = setTimeout(() => stop(`it ran longer than ${Math.round(opts.timeoutMs / 1e3)} s and was ended`), opts.timeoutMs);
    const onAbort = () => stop("the run was interrupted");
    opts.signal?.addEventListener("abort", onAbort, { once: true });
    let spawnError;
    child.on("error", (e) => {
      spawnError = e.code ?? e.message;
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener("abort", onAbort);
      if (stopped !== null) group.kill();
      group.release();
      resolve3({
        code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        stopped: spawnError && stopped === null ? `it could not start (${spawnError})` : stopped,
        ...spawnError ? { spawnError } : {}
      });
    });
  });
}

// src/git/safe-env.ts
var NO_HOOKS = "/dev/null";
var DROPPED = /* @__PURE__ */ new Set([
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_INDEX_FILE",
  "GIT_COMMON_DIR",
  "GIT_OBJECT_DIRECTORY",
  "GIT_ALTERNATE_OBJECT_DIRECTORIES",
  "GIT_NAMESPACE",
  "GIT_EXTERNAL_DIFF",
  "GIT_EDITOR",
  "GIT_SEQUENCE_EDITOR",
  "EDITOR",
  "VISUAL",
  "PAGER",
  "GIT_PAGER"
]);
function overrides(opts) {
  const pairs = [
    ["core.fsmonitor", "false"],
    ["core.hooksPath", NO_HOOKS],
    // ":" is git's own "no editor"; "cat" its "no pager".
    ["core.editor", ":"],
    ["sequence.editor", ":"],
    ["core.pager", "cat"],
    ["protocol.ext.allow", "never"],
    ["push.gpgSign", "false"],
    // No background `gc --auto`/maintenance: nothing outlives the engine's call.
    ["gc.auto", "0"],
    ["maintenance.auto", "false"]
  ];
  if (!opts.signCommits) pairs.push(["commit.gpgSign", "false"], ["tag.gpgSign", "false"]);
  if (!opts.network) {
    pairs.push(["credential.helper", ""], ["core.askPass", ""], ["core.sshCommand", "ssh"]);
  } else {
    pairs.push(["remote.origin.receivepack", "git-receive-pack"], ["remote.origin.uploadpack", "git-upload-pack"]);
  }
  return pairs;
}
function safeGitEnv(base, opts) {
  const env = {};
  for (const [name, value] of Object.entries(base)) if (value !== void 0 && !DROPPED.has(name)) env[name] = value;
  const given = Number.parseInt(env.GIT_CONFIG_COUNT ?? "0", 10);
  let count = Number.isSafeInteger(given) && given > 0 ? given : 0;
  for (const [key, value] of [...overrides(opts), ...opts.extra ?? []]) {
    env[`GIT_CONFIG_KEY_${count}`] = key;
    env[`GIT_CONFIG_VALUE_${count}`] = value;
    count += 1;
  }
  env.GIT_CONFIG_COUNT = String(count);
  env.GIT_EDITOR = ":";
  env.GIT_SEQUENCE_EDITOR = ":";
  env.GIT_PAGER = "cat";
  env.PAGER = "cat";
  env.GIT_NO_REPLACE_OBJECTS = "1";
  env.GIT_TERMINAL_PROMPT = "0";
  if (opts.pin) {
    env.GIT_DIR = opts.pin.gitDir;
    env.GIT_WORK_TREE = opts.pin.workTree;
  }
  return env;
}

// src/git/guard.ts
var READ_ONLY = /* @__PURE__ */ new Set(["rev-parse", "log", "show-ref", "for-each-ref", "ls-files", "merge-base", "cat-file", "rev-list", "diff"]);
var isFlag = (a) => a.startsWith("-");
var PUSH_OPTIONS = /* @__PURE__ */ new Set(["-q", "--quiet", "--porcelain", "--no-verify", "--no-signed"]);
var BRANCH_NAME = /^(?!.*\.\.)[A-Za-z0-9._/-]+$/;
var positionals = (args) => args.filter((a) => !isFlag(a));
var hasAny = (args, flags) => args.some((a) => flags.some((f) => a === f || a.startsWith(`${f}=`)));
function inside(root, path) {
  const rel = relative(root, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}
function refusal(args, cwd, scope) {
  const [command, ...rest] = args;
  if (command === void 0) return "empty git command";
  if (command === "--version" && rest.length === 0) return null;
  if (isFlag(command)) return `global option ${command} is not allowed`;
  const inIssueWorktree = inside(scope.worktreesRoot, resolve(cwd));
  const issueBranch = (name) => isIssueBranch(scope.branchPrefix, name);
  if (READ_ONLY.has(command)) {
    return hasAny(rest, ["--output", "-o", "--ext-diff", "--textconv"]) && command === "diff" ? "diff may only print" : null;
  }
  switch (command) {
    case "status":
      return rest.includes("--porcelain") ? null : "status must be --porcelain";
    case "symbolic-ref":
      return positionals(rest).length <= 1 && !hasAny(rest, ["-d", "--delete"]) ? null : "symbolic-ref may only read";
    case "config":
      return rest[0] === "--get" || rest[0] === "--get-all" || rest[0] === "--get-regexp" ? null : "config may only be read (--get)";
    case "worktree": {
      const [sub, ...opts] = rest;
      if (sub === "list" || sub === "prune") return hasAny(opts, ["--expire"]) ? "worktree prune --expire is not allowed" : null;
      if (sub === "remove") {
        if (hasAny(opts, ["-f", "--force"])) return "worktree remove --force is not allowed";
        const target = positionals(opts)[0];
        return target && inside(scope.worktreesRoot, resolve(cwd, target)) ? null : "only orchestrator worktrees may be removed";
      }
      if (sub === "add") {
        if (hasAny(opts, ["-f", "--force", "-B", "--detach", "--orphan"])) return "worktree add may only create a new branch (-b) or check out an issue branch";
        const b = opts.indexOf("-b");
        if (b < 0) {
          const [target2, branch, ...more] = positionals(opts);
          if (!issueBranch(branch) || !BRANCH_NAME.test(branch ?? "") || more.length > 0) return `worktree add may only check out a branch under ${scope.branchPrefix}`;
          return target2 && inside(scope.worktreesRoot, resolve(cwd, target2)) ? null : "worktrees must be created under worktrees.root";
        }
        if (!issueBranch(opts[b + 1])) return `worktree add must create a branch under ${scope.branchPrefix}`;
        const target = positionals(opts).find((p) => p !== opts[b + 1]);
        return target && inside(scope.worktreesRoot, resolve(cwd, target)) ? null : "worktrees must be created under worktrees.root";
      }
      return `worktree ${sub ?? ""} is not allowed`;
    }
    case "branch": {
      if (rest.some(isFlag)) return "branch may only create a branch";
      const [name, ...others] = rest;
      return issueBranch(name) && others.length <= 1 ? null : `branch may only create a branch under ${scope.branchPrefix}`;
    }
    case "add":
    case "commit":
    case "merge": {
      if (!inIssueWorktree) return `${command} is only allowed inside an orchestrator issue worktree`;
      if (command === "commit" && hasAny(rest, ["--amend", "--fixup", "--squash", "-C", "-c", "--reuse-message", "--reedit-message"])) return "commit may only create a new commit";
      if (command === "merge" && hasAny(rest, ["-s", "--strategy", "-X", "--strategy-option", "--squash"])) return "merge strategy options are not allowed";
      return null;
    }
    case "push": {
      const option = rest.find((a) => isFlag(a) && !PUSH_OPTIONS.has(a));
      if (option !== void 0) return `push option ${option} is not allowed (push may not force, delete or push more than one branch)`;
      const [remote, refspec, ...more] = positionals(rest);
      if (!remote || !refspec || more.length > 0) return "push takes exactly a remote and an issue branch";
      if (remote !== "origin") return "push may only go to origin";
      if (refspec.startsWith("+")) return "push may not force (+refspec)";
      const [src, dst = src] = refspec.split(":");
      const strip = (r) => r?.replace(/^refs\/heads\//, "");
      return issueBranch(strip(src)) && issueBranch(strip(dst)) ? null : `only branches under ${scope.branchPrefix} may be pushed`;
    }
    case "fetch": {
      if (hasAny(rest, ["-f", "--force", "--prune", "-p", "--prune-tags", "--upload-pack", "--refmap", "--recurse-submodules", "--all", "--multiple"])) return "fetch may only update origin's issue branches";
      const [remote, ...refspecs] = positionals(rest);
      if (remote !== "origin" || refspecs.length === 0) return "fetch takes origin and issue-branch refspecs";
      const fine = refspecs.every((r) => {
        const [src, dst] = r.split(":");
        return !r.startsWith("+") && src === `refs/heads/${scope.branchPrefix}*` && dst === `refs/remotes/origin/${scope.branchPrefix}*`;
      });
      return fine ? null : `fetch may only map refs/heads/${scope.branchPrefix}* to refs/remotes/origin/${scope.branchPrefix}*`;
    }
    case "bundle":
      return rest[0] === "create" ? null : "only bundle create is allowed";
    default:
      return `git ${command} is not allowed`;
  }
}
var MAX_OUTPUT = 64 * 1024 * 1024;
var GIT_TIMEOUTS = { localMs: 5 * 6e4, networkMs: 10 * 6e4 };
var GitGuard = class {
  constructor(scope, env = {}, opts = {}) {
    this.scope = scope;
    this.env = env;
    this.opts = opts;
  }
  scope;
  env;
  opts;
  listeners = [];
  /** Issue worktree → its admin dir in the common git dir, found from git's own records. */
  pins = /* @__PURE__ */ new Map();
  commonDir = null;
  get timeouts() {
    return this.opts.timeouts ?? GIT_TIMEOUTS;
  }
  get signal() {
    return this.opts.signal;
  }
  /** Records every git invocation that passes the guard (tests check a whole run against SPEC §3). */
  onCommand(listener) {
    this.listeners.push(listener);
  }
  /**
   * The environment an engine process working in `cwd` gets (git, and gt which runs git): program-running
   * config neutralised, and inside an issue worktree the git dir pinned to the one git registered for it,
   * so the agent-writable `.git` file there cannot point the engine at a gitdir of the agent's making.
   */
  async environment(cwd, network = false, extra = []) {
    const base = { ...process.env, ...this.env };
    const workTree = this.issueWorktree(cwd);
    let pin;
    if (workTree !== null && existsSync(workTree)) {
      const gitDir = await this.adminDir(workTree);
      if (!gitDir.ok) return gitDir;
      pin = { gitDir: gitDir.value, workTree };
    }
    return ok(safeGitEnv(base, { signCommits: this.opts.signCommits ?? false, network, pin, extra }));
  }
  /**
   * Runs `git args` in `cwd` (argv, no shell) and returns its stdout. Any non-zero exit is a failure
   * carrying git's own words, except the codes in `okExitCodes` (e.g. 1 for "not found" queries).
   */
  async run(cwd, args, opts = {}) {
    const why = refusal(args, cwd, this.scope);
    if (why) return fail({ code: "GIT_FORBIDDEN", message: `refused to run \`git ${args.join(" ")}\`: ${why}` });
    for (const listener of this.listeners) listener(args, cwd);
    const network = args[0] === "push" || args[0] === "fetch";
    const env = await this.environment(cwd, network, network ? opts.remoteConfig ?? [] : []);
    if (!env.ok) return env;
    if (args[0] === "worktree" && args[1] === "remove") this.pins.delete(resolve(cwd, positionals(args.slice(2))[0] ?? ""));
    const timeouts = this.timeouts;
    const argv = args[0] === "diff" || args[0] === "log" ? [args[0], "--no-ext-diff", "--no-textconv", ...args.slice(1)] : args;
    const done = await runChild("git", argv, {
      cwd,
      env: env.value,
      timeoutMs: network ? timeouts.networkMs : timeouts.localMs,
      signal: this.opts.signal,
      maxBuffer: MAX_OUTPUT
    });
    const accepted = [0, ...opts.okExitCodes ?? []];
    if (done.stopped === null && done.code !== null && accepted.includes(done.code)) return ok(done.stdout.trimEnd());
    const said = `${done.stderr}${done.stdout}`.trim();
    const detail = done.stopped !== null ? `${done.stopped}${said ? `: ${said}` : ""}` : said || `exit code ${done.code}`;
    return fail({ code: "GIT", message: `\`git ${args.join(" ")}\` failed: ${detail}` });
  }
  /** The issue worktree (its top directory under worktrees.root) `cwd` is in, or null. */
  issueWorktree(cwd) {
    const rel = relative(this.scope.worktreesRoot, resolve(cwd));
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return null;
    return join(this.scope.worktreesRoot, rel.split(sep)[0]);
  }
  async adminDir(workTree) {
    const known = this.pins.get(workTree);
    if (known !== void 0) return ok(known);
    this.commonDir ??= this.readCommonDir();
    const common = await this.commonDir;
    if (!common.ok) {
      this.commonDir = null;
      return common;
    }
    const found = await findAdminDir(common.value, workTree);
    if (found === null) {
      return fail({ code: "GIT", message: `${workTree} is not a worktree git has registered for this repository`, hint: "Run `git worktree list`; `orchestrator clean` removes the engine's worktrees." });
    }
    this.pins.set(workTree, found);
    return ok(found);
  }
  async readCommonDir() {
    const out = await this.run(this.scope.repoRoot, ["rev-parse", "--git-common-dir"]);
    return out.ok ? ok(resolve(this.scope.repoRoot, out.value)) : out;
  }
};
async function findAdminDir(commonDir, workTree) {
  const root = join(commonDir, "worktrees");
  let names;
  try {
    names = await readdir(root);
  } catch {
    return null;
  }
  const wanted = await realpath(workTree).catch(() => workTree);
  for (const name of names) {
    const admin = join(root, name);
    const recorded = await readFile(join(admin, "gitdir"), "utf8").catch(() => null);
    if (recorded === null) continue;
    const dir = dirname(recorded.trim());
    if (dir === wanted || await realpath(dir).catch(() => null) === wanted) return admin;
  }
  return null;
}

// src/git/worktrees.ts
import { existsSync as existsSync4 } from "node:fs";
import { join as join5, relative as relative3, resolve as resolve2 } from "node:path";

// src/state-dir.ts
import { existsSync as existsSync2 } from "node:fs";
import { mkdir, realpath as realpath2, writeFile } from "node:fs/promises";
import { dirname as dirname2, isAbsolute as isAbsolute2, join as join2, relative as relative2 } from "node:path";
var GITIGNORE = "# written by orchestrator: keeps its state out of git status\n*\n";
async function assertInside(dir, root) {
  let existing = dir;
  while (!existsSync2(existing) && dirname2(existing) !== existing) existing = dirname2(existing);
  const real = join2(await realpath2(existing), relative2(existing, dir));
  const rel = relative2(root, real);
  if (rel === "") throw new Error(`${dir} is the repository itself; the engine needs a directory of its own inside it`);
  if (rel.startsWith("..") || isAbsolute2(rel)) {
    throw new Error(`${dir} resolves to ${real}, outside the repository ${root} (through a symlink); the engine only writes inside the repository`);
  }
}
async function ensureOwnDirectory(dir, confinedTo) {
  const root = await realpath2(confinedTo);
  await assertInside(dir, root);
  await mkdir(dir, { recursive: true });
  await assertInside(dir, root);
  try {
    await writeFile(join2(dir, ".gitignore"), GITIGNORE, { flag: "wx" });
  } catch (err) {
    if (err.code !== "EEXIST") throw err;
  }
}

// src/git/trailers.ts
var TRAILER = {
  issue: "Orchestrator-Issue",
  phase: "Orchestrator-Phase",
  attempt: "Orchestrator-Attempt",
  verdict: "Orchestrator-Verdict"
};
function engineCommitMessage(subject, t) {
  const lines = [`${TRAILER.issue}: ${t.issue}`, `${TRAILER.phase}: ${t.phase}`];
  if (t.attempt !== void 0) lines.push(`${TRAILER.attempt}: ${t.attempt}`);
  if (t.verdict) lines.push(`${TRAILER.verdict}: ${t.verdict}`);
  return `${subject}

${lines.join("\n")}
`;
}
function parseTrailers(text) {
  const out = {};
  const byKey = new Map(Object.entries(TRAILER).map(([name, key]) => [key.toLowerCase(), name]));
  for (const line of text.split("\n")) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = byKey.get(line.slice(0, colon).trim().toLowerCase());
    if (name) out[name] = line.slice(colon + 1).trim();
  }
  return out;
}

// src/git/commit-checks.ts
import { closeSync, existsSync as existsSync3, lstatSync, openSync, readlinkSync, readSync } from "node:fs";
import { isAbsolute as isAbsolute3, join as join3, normalize, sep as sep2 } from "node:path";
function parseStatusZ(text) {
  const parts = text.split("\0");
  const entries = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.length < 4) continue;
    const code = part.slice(0, 2);
    entries.push({ code, path: part.slice(3) });
    if (code.includes("R") || code.includes("C")) i++;
  }
  return entries;
}
function nestedRepositories(worktree, entries) {
  return entries.filter((e) => e.path.endsWith("/") && existsSync3(join3(worktree, e.path, ".git"))).map((e) => e.path.replace(/\/$/, ""));
}
function namedPath(path) {
  if (typeof path !== "string" || path === "" || path.includes("\0") || isAbsolute3(path)) return null;
  const clean = normalize(path).replace(/\/+$/, "");
  if (clean === "." || clean === ".." || clean.startsWith(`..${sep2}`)) return null;
  if (clean.split(sep2).some((part) => part === ".git")) return null;
  return clean;
}
var CHUNK = 1024 * 1024;
var OVERLAP = 4096;
function secretsInFile(path, find) {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return /* @__PURE__ */ new Set();
  }
  if (stat.isSymbolicLink()) return find(readlinkSync(path));
  if (!stat.isFile()) return /* @__PURE__ */ new Set();
  const found = /* @__PURE__ */ new Set();
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(CHUNK + OVERLAP);
    let carry = 0;
    for (; ; ) {
      const read = readSync(fd, buffer, carry, CHUNK, null);
      if (read === 0) break;
      const end = carry + read;
      for (const s of find(buffer.toString("utf8", 0, end))) found.add(s);
      carry = Math.min(OVERLAP, end);
      buffer.copy(buffer, 0, end - carry, end);
    }
  } finally {
    closeSync(fd);
  }
  return found;
}

// src/git/refs.ts
import { readFile as readFile2 } from "node:fs/promises";
import { join as join4 } from "node:path";
var MAIN_HEAD = "HEAD of the main worktree";
async function readRefs(guard, repoRoot) {
  const listed = await guard.run(repoRoot, ["for-each-ref", "--format=%(objectname) %(refname)"]);
  if (!listed.ok) return listed;
  const refs = /* @__PURE__ */ new Map();
  for (const line of listed.value.split("\n")) {
    const space = line.indexOf(" ");
    if (space > 0) refs.set(line.slice(space + 1), line.slice(0, space));
  }
  const gitDir = await mainGitDir(guard, repoRoot);
  if (!gitDir.ok) return gitDir;
  refs.set(MAIN_HEAD, (await readFile2(join4(gitDir.value, "HEAD"), "utf8").catch(() => "(unreadable)")).trim());
  return ok(refs);
}
var gitDirs = /* @__PURE__ */ new WeakMap();
function mainGitDir(guard, repoRoot) {
  let known = gitDirs.get(guard);
  if (!known) {
    known = guard.run(repoRoot, ["rev-parse", "--absolute-git-dir"]);
    gitDirs.set(guard, known);
  }
  return known;
}
var short = (sha) => sha && /^[0-9a-f]{40,64}$/.test(sha) ? sha.slice(0, 12) : sha ?? "";
function movedRefs(before, after, except = []) {
  const skip = new Set(except);
  const moved = [];
  for (const [name, was] of before) {
    if (skip.has(name)) continue;
    const now = after.get(name);
    if (now === void 0) moved.push(`${name} was deleted (was ${short(was)})`);
    else if (now !== was) moved.push(`${name} moved from ${short(was)} to ${short(now)}`);
  }
  for (const [name, now] of after) if (!skip.has(name) && !before.has(name)) moved.push(`${name} was created at ${short(now)}`);
  return moved;
}

// src/git/worktrees.ts
var FALLBACK = { NAME: "orchestrator", EMAIL: "orchestrator@localhost" };
function fallbackIdentity(env, configured) {
  const keys = new Set(configured.split("\n").map((line) => line.split(" ")[0]?.toLowerCase() ?? ""));
  const out = {};
  for (const role of ["AUTHOR", "COMMITTER"]) {
    for (const field of ["NAME", "EMAIL"]) {
      const name = `GIT_${role}_${field}`;
      const lower = field.toLowerCase();
      if (env[name] || keys.has(`user.${lower}`) || keys.has(`${role.toLowerCase()}.${lower}`) || field === "EMAIL" && env.EMAIL) continue;
      out[name] = FALLBACK[field];
    }
  }
  return out;
}
function parseWorktreeList(text) {
  return text.split(/\n\n+/).map((block) => {
    const lines = block.split("\n");
    const value = (key) => lines.find((l) => l.startsWith(`${key} `))?.slice(key.length + 1) ?? null;
    return { path: value("worktree") ?? "", branch: value("branch")?.replace(/^refs\/heads\//, "") ?? null, head: value("HEAD") };
  }).filter((w) => w.path !== "");
}
var Worktrees = class _Worktrees {
  constructor(guard, repoRoot, secrets, pushToken = null) {
    this.guard = guard;
    this.repoRoot = repoRoot;
    this.secrets = secrets;
    this.pushToken = pushToken;
  }
  guard;
  repoRoot;
  secrets;
  pushToken;
  /** `worktrees.base` resolved once, when the run starts: every unstacked issue branches from that commit. */
  base = null;
  /** Checks the repository before any issue runs: a git repo with a commit, and a resolvable base. */
  static async open(opts) {
    const { repoRoot, config } = opts;
    const scope = { repoRoot, worktreesRoot: resolve2(repoRoot, config.worktrees.root), branchPrefix: config.worktrees.branchPrefix };
    const guardOptions = { signCommits: config.worktrees.signCommits, signal: opts.signal, timeouts: opts.timeouts };
    const probe = new GitGuard(scope, opts.env ?? {}, guardOptions);
    const configured = await probe.run(repoRoot, ["config", "--get-regexp", "^(user|author|committer)\\.(name|email)$"], { okExitCodes: [1] });
    if (!configured.ok) return configured;
    const identity = fallbackIdentity({ ...process.env, ...opts.env }, configured.value);
    const worktrees = new _Worktrees(new GitGuard(scope, { ...opts.env, ...identity }, guardOptions), repoRoot, opts.secrets ?? null, opts.pushToken || null);
    const head = await worktrees.resolveCommit("HEAD");
    if (!head.ok) return head;
    if (head.value === null) {
      return fail({ code: "GIT", message: `${repoRoot} has no commit yet`, hint: "Commit something first: issue branches start from a commit." });
    }
    const base = await worktrees.resolveCommit(config.worktrees.base);
    if (!base.ok) return base;
    if (base.value === null) {
      return fail({ code: "CONFIG_INVALID", key: "worktrees.base", message: `${JSON.stringify(config.worktrees.base)} does not name a commit in ${repoRoot}` });
    }
    worktrees.base = { rev: config.worktrees.base, sha: base.value };
    return ok(worktrees);
  }
  git(cwd, ...args) {
    return this.guard.run(cwd, args);
  }
  /** The commit `rev` names, or null when it names none. */
  async resolveCommit(rev) {
    const sha = await this.guard.run(this.repoRoot, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { okExitCodes: [1] });
    return sha.ok ? ok(sha.value === "" ? null : sha.value) : sha;
  }
  async list() {
    const listed = await this.git(this.repoRoot, "worktree", "list", "--porcelain");
    return listed.ok ? ok(parseWorktreeList(listed.value)) : listed;
  }
  /**
   * The issue's worktree, ready for its first phase (SPEC §3): a worktree left by a stopped run is reused
   * with its uncommitted work committed first (`recovered`); an existing branch is checked out (tracked from
   * `origin/<branch>` when only that exists); otherwise a new branch starts at `base`. Then each of
   * `mergeBranches` the branch does not already contain is merged in. Nothing is deleted or reset.
   */
  async create(opts) {
    const branch = branchFor(this.guard.scope.branchPrefix, opts.id);
    const path = worktreeFor(this.guard.scope.worktreesRoot, opts.id);
    const shown = relative3(this.repoRoot, path);
    const start = opts.base === this.base?.rev ? ok(this.base.sha) : await this.resolveCommit(opts.base);
    if (!start.ok) return start;
    if (start.value === null) return fail({ code: "GIT", message: `cannot resolve ${opts.base} to a commit` });
    let recovered = null;
    if (existsSync4(path)) {
      const reused = await this.reuse(path, branch, opts.id);
      if (!reused.ok) return reused;
      recovered = reused.value;
    } else {
      try {
        await ensureOwnDirectory(this.guard.scope.worktreesRoot, this.repoRoot);
      } catch (err) {
        return fail({ code: "WORKTREE", message: `cannot create the worktrees root: ${errorMessage(err)}`, hint: "Point worktrees.root at a real directory inside the repository." });
      }
      const args = opts.existing === "local" ? ["worktree", "add", path, branch] : opts.existing === "origin" ? (
        // A new local branch at origin's commit: nothing is force-updated. No upstream is configured: a
        // single-branch CI checkout has no fetch refspec covering it, and a push names its branch itself.
        ["worktree", "add", "--no-track", "-b", branch, path, `refs/remotes/origin/${branch}`]
      ) : ["worktree", "add", "-b", branch, path, start.value];
      let added = await this.git(this.repoRoot, ...args);
      if (!added.ok && /missing but .*registered worktree/.test(added.problems[0].message)) {
        await this.git(this.repoRoot, "worktree", "prune");
        added = await this.git(this.repoRoot, ...args);
      }
      if (!added.ok) {
        const why = added.problems[0].message;
        if (/already (checked out|used by worktree) at/.test(why)) {
          return fail({ code: "WORKTREE_EXISTS", message: `branch ${branch} is checked out in another worktree`, hint: `Remove that worktree (\`git worktree list\` shows it), then run again.` });
        }
        return added;
      }
    }
    for (const other of opts.mergeBranches) {
      if (await this.contains(path, other)) continue;
      const merged = await this.git(path, "merge", "--no-edit", other);
      if (!merged.ok) {
        await this.git(path, "merge", "--abort");
        await this.remove(path);
        const conflicts = merged.problems[0].message.match(/(?<=Merge conflict in ).+/g) ?? [];
        const from = opts.existing ? `resumed from its own branch` : `started from ${opts.base}`;
        return fail({
          code: "MERGE_CONFLICT",
          message: `merging ${other} into ${branch} (${from}) conflicts${conflicts.length > 0 ? ` in ${conflicts.join(", ")}` : ""}`,
          hint: `Merge ${other} into ${branch} by hand and commit the resolution (the branch stays), then run again.`
        });
      }
    }
    return ok({ baseSha: start.value, recovered });
  }
  /** HEAD of `cwd` already contains `rev` (an error counts as "no": the merge then says what is wrong). */
  async contains(cwd, rev) {
    return (await this.guard.run(cwd, ["merge-base", "--is-ancestor", rev, "HEAD"])).ok;
  }
  /**
   * A worktree a stopped run left behind: it must be a worktree of `branch` (anything else is not ours to
   * touch); an unfinished merge is given up, and uncommitted work becomes `orchestrator(<id>): recovered work`.
   */
  async reuse(path, branch, id) {
    const shown = relative3(this.repoRoot, path);
    const listed = await this.list();
    if (!listed.ok) return listed;
    const entry = listed.value.find((w) => resolve2(w.path) === resolve2(path));
    if (!entry || entry.branch !== branch) {
      return fail({
        code: "WORKTREE_EXISTS",
        message: `${shown} exists but is not a worktree of ${branch}`,
        hint: `Move ${shown} out of the way (it is not the engine's), then run again.`
      });
    }
    const merging = await this.guard.run(path, ["rev-parse", "--verify", "--quiet", "MERGE_HEAD"], { okExitCodes: [1] });
    if (merging.ok && merging.value !== "") await this.git(path, "merge", "--abort");
    return this.commit(path, engineCommitMessage(`orchestrator(${id}): recovered work`, { issue: id, phase: "recovered" }));
  }
  /**
   * Commits everything the phase left in the worktree; null when nothing changed. Before anything is staged:
   * a repository the agent created inside the worktree fails (NESTED_REPO), and so does a file holding a
   * known secret (SECRET, naming the files) — nothing is committed then and the caller keeps the worktree.
   * With `allowEmpty` a verdict commit is made even when nothing changed (a review usually changes no file).
   * Paths in `named` (the phase's `changes`) that .gitignore matches are committed too, with `warn`.
   */
  async commit(worktree, message, opts = {}) {
    const status = await this.git(worktree, "status", "--porcelain", "-z", "--untracked-files=all");
    if (!status.ok) return status;
    const entries = parseStatusZ(status.value);
    const named = [...new Set((opts.named ?? []).map(namedPath).filter((p) => p !== null))];
    let ignored = [];
    if (named.length > 0) {
      const listed = await this.git(worktree, "ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--", ...named.map((p) => `:(literal)${p}`));
      if (!listed.ok) return listed;
      ignored = listed.value.split("\0").filter((p) => p !== "");
    }
    if (entries.length === 0 && ignored.length === 0) {
      if (!opts.allowEmpty) return ok(null);
      const committed2 = await this.git(worktree, "commit", "--no-verify", "-q", "--allow-empty", "-m", message);
      return committed2.ok ? this.git(worktree, "rev-parse", "HEAD") : committed2;
    }
    const nested = nestedRepositories(worktree, entries);
    if (nested.length > 0) {
      return fail({
        code: "NESTED_REPO",
        message: `the agent created a git repository inside its worktree (${nested.join(", ")}): it would be committed as a dangling gitlink, so nothing of this phase was committed`,
        hint: `The worktree is kept: copy out what you need, then remove it (\`git worktree remove --force ${relative3(this.repoRoot, worktree)}\`).`
      });
    }
    const leaked = await this.filesWithSecrets(worktree, [...entries.map((e) => ({ path: e.path, tracked: e.code !== "??" })), ...ignored.map((path) => ({ path, tracked: false }))]);
    if (leaked.length > 0) {
      const shown = leaked.slice(0, 10).join(", ") + (leaked.length > 10 ? ` and ${leaked.length - 10} more` : "");
      return fail({
        code: "SECRET",
        message: `${shown} ${leaked.length === 1 ? "holds" : "hold"} a secret (a runner.env or key variable's value, or text shaped like an API key): nothing of this phase was committed and the branch is neither bundled nor pushed`,
        hint: `Rotate the credential. The worktree is kept for inspection; remove it with \`git worktree remove --force ${relative3(this.repoRoot, worktree)}\`.`
      });
    }
    const added = await this.git(worktree, "add", "-A");
    if (!added.ok) return added;
    if (ignored.length > 0) {
      const forced = await this.git(worktree, "add", "-f", "--", ...ignored.map((p) => `:(literal)${p}`));
      if (!forced.ok) return forced;
      opts.warn?.(`committed files .gitignore matches because the phase named them in its changes: ${ignored.join(", ")}`);
    }
    const committed = await this.git(worktree, "commit", "--no-verify", "-q", ...opts.allowEmpty ? ["--allow-empty"] : [], "-m", message);
    if (!committed.ok) {
      return /nothing (added )?to commit|no changes added to commit/.test(committed.problems[0].message) ? ok(null) : committed;
    }
    return this.git(worktree, "rev-parse", "HEAD");
  }
  /**
   * Updates `origin/<prefix>*` from origin so a branch that exists only there (a CI checkout, another
   * machine) can be resumed. Never forced: a remote-tracking ref that would move backwards stays as it is.
   * Returns false when there is no origin.
   */
  async fetchIssueBranches() {
    const url = await this.originUrl();
    if (!url.ok || url.value === null) return ok(false);
    const prefix = this.guard.scope.branchPrefix;
    const args = ["fetch", "--no-tags", "--quiet", "origin", `refs/heads/${prefix}*:refs/remotes/origin/${prefix}*`];
    const fetched = await this.guard.run(this.repoRoot, args, { remoteConfig: this.remoteAuth(url.value) });
    return fetched.ok ? ok(true) : fetched;
  }
  /**
   * With a token (GITHUB_TOKEN) and an http(s) origin, the git config that authenticates one call to origin
   * (src/github/repository.ts): handed to that call's environment only, so no file, and no agent, holds it.
   */
  remoteAuth(originUrl) {
    return (this.pushToken && originUrl ? pushAuthConfig(originUrl, this.pushToken) : null) ?? [];
  }
  /**
   * Files (worktree-relative) holding a secret the redactor knows that their committed version did not
   * already hold (a fixture with a key-shaped string the repository always had is not the agent's leak).
   */
  async filesWithSecrets(worktree, files) {
    if (!this.secrets) return [];
    const find = this.secrets;
    const leaked = [];
    for (const file of files) {
      const found = secretsInFile(join5(worktree, file.path), find);
      if (found.size === 0) continue;
      if (file.tracked) {
        const before = await this.guard.run(worktree, ["cat-file", "blob", `HEAD:${file.path}`], { okExitCodes: [128] });
        const old = before.ok ? find(before.value) : /* @__PURE__ */ new Set();
        if ([...found].every((s) => old.has(s))) continue;
      }
      leaked.push(file.path);
    }
    return leaked;
  }
  /** Every ref and the main worktree's HEAD, to see what a phase moved (src/git/refs.ts). */
  refs() {
    return readRefs(this.guard, this.repoRoot);
  }
  async remove(worktree) {
    const removed = await this.git(this.repoRoot, "worktree", "remove", worktree);
    return removed.ok ? ok(void 0) : removed;
  }
  /** Pushes the issue branch to origin, never forced; authenticated with the token as `remoteAuth` says. */
  async push(worktree, branch) {
    let remoteConfig = [];
    if (this.pushToken) {
      const url = await this.originUrl();
      if (!url.ok) return url;
      remoteConfig = this.remoteAuth(url.value);
    }
    const pushed = await this.guard.run(worktree, ["push", "origin", `${branch}:${branch}`], { remoteConfig });
    return pushed.ok ? ok(void 0) : pushed;
  }
  /** origin's URL, or null when there is no origin. */
  async originUrl() {
    const url = await this.guard.run(this.repoRoot, ["config", "--get", "remote.origin.url"], { okExitCodes: [1] });
    return url.ok ? ok(url.value === "" ? null : url.value) : url;
  }
  /** The full ref `rev` names (`refs/heads/main`), `HEAD` for a detached HEAD, or "" for a commit. */
  async symbolicName(rev) {
    return this.guard.run(this.repoRoot, ["rev-parse", "--symbolic-full-name", rev]);
  }
  /**
   * Saves those of `branches` that exist as one git bundle (`git fetch <file>` restores them), so the work
   * outlives a machine that is thrown away (a CI runner). Returns the branches bundled; none → no file.
   */
  async bundleBranches(file, branches) {
    const wanted = new Set(branches);
    const listed = await this.git(this.repoRoot, "for-each-ref", "--format=%(refname:short)", "refs/heads/");
    if (!listed.ok) return listed;
    const present = listed.value.split("\n").filter((b) => wanted.has(b));
    if (present.length === 0) return ok([]);
    const made = await this.git(this.repoRoot, "bundle", "create", file, ...present.map((b) => `refs/heads/${b}`));
    return made.ok ? ok(present) : made;
  }
  /**
   * `orchestrator clean`: removes the orchestrator-owned worktrees (under worktrees.root, on a prefixed
   * branch). A worktree with uncommitted changes is kept and reported, never forced; branches stay. Only
   * those worktrees are touched: no repository-wide `git worktree prune`, which would also drop the record
   * of a user's own worktree on a disk that is not mounted right now.
   */
  async clean() {
    const listed = await this.list();
    if (!listed.ok) return listed;
    const removed = [];
    const kept = [];
    const { worktreesRoot, branchPrefix } = this.guard.scope;
    for (const w of listed.value) {
      const rel = relative3(worktreesRoot, w.path);
      if (rel === "" || rel.startsWith("..") || !isIssueBranch(branchPrefix, w.branch ?? void 0)) continue;
      const shown = relative3(this.repoRoot, w.path);
      const status = existsSync4(w.path) ? await this.git(w.path, "status", "--porcelain") : ok("");
      if (!status.ok || status.value !== "") {
        kept.push({ path: shown, reason: status.ok ? "uncommitted changes" : status.problems[0].message });
        continue;
      }
      const done = await this.remove(w.path);
      if (done.ok) removed.push(shown);
      else kept.push({ path: shown, reason: done.problems[0].message });
    }
    return ok({ removed, kept });
  }
};

// src/git/graphite.ts
import { readFile as readFile3 } from "node:fs/promises";
import { isAbsolute as isAbsolute4, join as join6 } from "node:path";
var SUBMIT_FLAGS = /* @__PURE__ */ new Set(["--no-interactive", "--no-edit", "--no-ai", "--draft", "--publish"]);
function gtRefusal(args, branchPrefix) {
  const [command, ...rest] = args;
  if (command === "--version" && rest.length === 0) return null;
  if (command === "track") {
    const [branch, parentFlag, parent, interactive, ...more] = rest;
    if (!isIssueBranch(branchPrefix, branch)) return `gt track may only track branches under ${branchPrefix}`;
    if (parentFlag !== "--parent" || !parent || parent.startsWith("-") || interactive !== "--no-interactive" || more.length > 0) {
      return "gt track takes exactly <branch> --parent <parent> --no-interactive";
    }
    return null;
  }
  if (command === "submit") {
    if (!rest.includes("--no-interactive")) return "gt submit must be --no-interactive";
    const bad = rest.find((a) => !SUBMIT_FLAGS.has(a));
    return bad === void 0 ? null : `gt submit option ${bad} is not allowed`;
  }
  return `gt ${command ?? ""} is not allowed`;
}
async function runGt(args, cwd, git) {
  const why = gtRefusal(args, git.scope.branchPrefix);
  if (why) return fail({ code: "GIT_FORBIDDEN", message: `refused to run \`gt ${args.join(" ")}\`: ${why}` });
  const network = args[0] === "submit";
  const env = await git.environment(cwd, network);
  if (!env.ok) return env;
  const timeouts = git.timeouts;
  const done = await runChild("gt", args, { cwd, env: env.value, timeoutMs: network ? timeouts.networkMs : timeouts.localMs, signal: git.signal, maxBuffer: 16 * 1024 * 1024 });
  if (done.spawnError === "ENOENT") return fail({ code: "GRAPHITE", message: "gt (the Graphite CLI) is not on PATH", hint: "Install it (npm install -g @withgraphite/graphite-cli), or set graphite.enabled to false." });
  if (done.stopped === null && done.code === 0) return ok(done.stdout.trim());
  const said = `${done.stderr}${done.stdout}`.trim();
  const detail = done.stopped !== null ? `${done.stopped}${said ? `: ${said}` : ""}` : said || `exit code ${done.code}`;
  return fail({ code: "GRAPHITE", message: `\`gt ${args.join(" ")}\` failed: ${detail}` });
}
var Graphite = class _Graphite {
  constructor(trunk, git, opts) {
    this.trunk = trunk;
    this.git = git;
    if (opts.submit) {
      const flags = ["--no-interactive", "--no-edit", opts.draft ? "--draft" : "--publish"];
      this.submit = async (worktree) => {
        const done = await runGt(["submit", ...flags], worktree, this.git);
        return done.ok ? ok(void 0) : done;
      };
    }
  }
  trunk;
  git;
  submit;
  /**
   * Checks the preconditions before any issue runs: `gt` runs, and the repository was set up with
   * `gt init` (its trunk is read from the repo config Graphite keeps in the git directory).
   */
  static async open(opts) {
    const version = await runGt(["--version"], opts.repoRoot, opts.git);
    if (!version.ok) return version;
    const commonDir = await opts.git.run(opts.repoRoot, ["rev-parse", "--git-common-dir"]);
    if (!commonDir.ok) return commonDir;
    const dir = isAbsolute4(commonDir.value) ? commonDir.value : join6(opts.repoRoot, commonDir.value);
    const notInitialised = {
      code: "GRAPHITE",
      key: "graphite.enabled",
      message: `${opts.repoRoot} is not initialised for Graphite`,
      hint: "Run `gt init` in the repository (it picks the trunk branch), or set graphite.enabled to false."
    };
    let trunk;
    try {
      trunk = JSON.parse(await readFile3(join6(dir, ".graphite_repo_config"), "utf8")).trunk;
    } catch {
      return fail(notInitialised);
    }
    if (typeof trunk !== "string" || trunk === "") return fail(notInitialised);
    return ok(new _Graphite(trunk, opts.git, opts));
  }
  async track(worktree, branch, parent) {
    const done = await runGt(["track", branch, "--parent", parent, "--no-interactive"], worktree, this.git);
    return done.ok ? ok(void 0) : done;
  }
};

export {
  spawnGroup,
  NO_HOOKS,
  safeGitEnv,
  refusal,
  GIT_TIMEOUTS,
  GitGuard,
  ensureOwnDirectory,
  TRAILER,
  engineCommitMessage,
  parseTrailers,
  MAIN_HEAD,
  readRefs,
  movedRefs,
  fallbackIdentity,
  parseWorktreeList,
  Worktrees,
  gtRefusal,
  Graphite
};
//# sourceMappingURL=chunk-AK3DWAQS.js.map
