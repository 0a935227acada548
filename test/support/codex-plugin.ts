import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { configOverrides } from "../../src/runner/codex-args";
import { bundledCodexPath, OFFLINE_KEY, OFFLINE_KEY_VAR, OFFLINE_MODEL, offlineCodexConfig } from "../../src/scripted-model/codex-env";

/** The bundled codex executable (codex-cli 0.163.0), or null when the platform package is not installed. */
function resolveCodexBinary(): string | null {
  try {
    const bin = bundledCodexPath();
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

export const CODEX_BIN: string | null = resolveCodexBinary();

/** Nothing listens there: the provider URL for codex commands that never call the model. */
const NO_SERVER = "http://127.0.0.1:9/v1";

/**
 * `-c` overrides for an offline codex: the scripted provider (CODEX-OFFLINE.md; without it even
 * `debug prompt-input` resolves api.openai.com), the pinned model, and the background network calls off.
 * `features.plugins` is the caller's: installed plugins only load (and `codex plugin add` only finds them)
 * with it on.
 */
export function offlineFlags(opts: { plugins: boolean; serverUrl?: string }): string[] {
  const config = offlineCodexConfig(opts.serverUrl ?? NO_SERVER);
  config.features = { ...(config.features as object), plugins: opts.plugins };
  return configOverrides({ ...config, model: OFFLINE_MODEL }).flatMap((override) => ["-c", override]);
}

/**
 * With features.plugins on, `codex exec` starts a curated-plugin sync at startup (git ls-remote
 * github.com/openai/plugins, api.github.com, chatgpt.com) that no config key switches off in 0.163. Every
 * proxy variable pointing at a closed local port keeps those requests on 127.0.0.1 (refused at once, no
 * DNS); NO_PROXY lets codex reach the scripted model server directly.
 */
const LOCAL_ONLY_ENV: Record<string, string> = Object.fromEntries([
  ...["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"].flatMap((k) => [[k, "http://127.0.0.1:9"], [k.toLowerCase(), "http://127.0.0.1:9"]]),
  ["NO_PROXY", "127.0.0.1,localhost"],
  ["no_proxy", "127.0.0.1,localhost"],
]);

/** The child environment: PATH from the parent, no proxy escape, the scripted provider's key, then `env`. */
function childEnv(env: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? "/usr/bin:/bin", LANG: "C.UTF-8", ...LOCAL_ONLY_ENV, [OFFLINE_KEY_VAR]: OFFLINE_KEY, ...env };
}

export interface ProcResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command in `childEnv(env)` (env: HOME/CODEX_HOME of a temp home), 30 s max. */
export function run(cmd: string, args: string[], opts: { cwd: string; env: Record<string, string> }): ProcResult {
  const res = spawnSync(cmd, args, {
    cwd: opts.cwd,
    env: childEnv(opts.env),
    encoding: "utf8",
    timeout: 30_000,
  });
  if (res.error) throw res.error;
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

/** `codex <args>`; throws with codex's stderr unless it exits 0. */
export function codex(args: string[], opts: { cwd: string; env: Record<string, string> }): string {
  if (!CODEX_BIN) throw new Error("codex binary not installed");
  const res = run(CODEX_BIN, args, opts);
  if (res.code !== 0) throw new Error(`codex ${args.join(" ")} exited with ${res.code}:\n${res.stderr}${res.stdout}`);
  return res.stdout;
}

export interface ListedSkill {
  /** As the model sees it: `plugin:skill` for plugin skills, the bare front matter name otherwise. */
  name: string;
  description: string;
  /** Absolute path of the SKILL.md, with the skill-root shorthand (`r1/...`) expanded. */
  file: string;
}

/**
 * The skills in `codex debug prompt-input` output: a JSON array of input items whose developer message holds
 * `<skills_instructions>` with a "Skill roots" table (`- \`r1\` = \`/abs\``) and one
 * `- name: description (file: r1/dir/SKILL.md)` line per skill.
 */
export function listedSkills(promptInput: string): ListedSkill[] {
  const items = JSON.parse(promptInput) as Array<{ content?: Array<{ text?: string }> }>;
  const text = items
    .flatMap((item) => item.content ?? [])
    .map((c) => c.text ?? "")
    .find((t) => t.includes("<skills_instructions>"));
  if (!text) return [];
  const roots = new Map<string, string>();
  for (const m of text.matchAll(/^- `([^`]+)` = `([^`]+)`$/gm)) roots.set(m[1]!, m[2]!);
  const skills: ListedSkill[] = [];
  for (const m of text.matchAll(/^- ([^`\n]+?): (.*) \(file: ([^)\n]+)\)$/gm)) {
    const file = m[3]!;
    const slash = file.indexOf("/");
    const root = slash > 0 ? roots.get(file.slice(0, slash)) : undefined;
    skills.push({ name: m[1]!, description: m[2]!, file: root ? join(root, file.slice(slash + 1)) : file });
  }
  return skills;
}

/**
 * One `codex exec` turn against the scripted model server (src/scripted-model/server.ts), prompt on stdin.
 * Async on purpose: the server answers from this process's event loop. `plugins` toggles features.plugins.
 */
export function codexExec(
  prompt: string,
  opts: { cwd: string; env: Record<string, string>; serverUrl: string; plugins: boolean },
): Promise<ProcResult> {
  if (!CODEX_BIN) throw new Error("codex binary not installed");
  const args = ["exec", "--skip-git-repo-check", "--cd", opts.cwd, ...offlineFlags({ plugins: opts.plugins, serverUrl: opts.serverUrl }), "-"];
  return new Promise((resolve, reject) => {
    const child = spawn(CODEX_BIN!, args, {
      cwd: opts.cwd,
      env: childEnv(opts.env),
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(prompt);
  });
}

/** The skills codex injected into a model request (`<skill><name>…</name><path>…</path>…` user items). */
export function injectedSkills(body: Record<string, unknown>): Array<{ name: string; path: string }> {
  const input = Array.isArray(body.input) ? (body.input as Array<{ role?: string; content?: Array<{ text?: string }> }>) : [];
  return input
    .filter((item) => item.role === "user")
    .flatMap((item) => item.content ?? [])
    .map((c) => c.text ?? "")
    .flatMap((t) => {
      const m = /^<skill>\s*<name>([^<]+)<\/name>\s*<path>([^<]+)<\/path>/.exec(t);
      return m ? [{ name: m[1]!, path: m[2]! }] : [];
    });
}
