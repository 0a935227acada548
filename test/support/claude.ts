import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { collectOutput, type ChildOutput } from "./child-output";

/**
 * The real Claude Code binary, pinned as the devDependency `@anthropic-ai/claude-code-linux-x64` (the
 * platform package, not the wrapper: the wrapper's other-platform optional packages break `npm ci` on
 * registries that lack them). The package has no `bin` field: the native executable is `claude` at its root.
 */
function resolveClaudeBinary(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const bin = join(dirname(require.resolve("@anthropic-ai/claude-code-linux-x64/package.json")), "claude");
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

/** Absolute path of the claude executable, or null when the package is not installed (other platforms). */
export const CLAUDE_BIN: string | null = resolveClaudeBinary();

/**
 * Everything in the background switched off: auto-update, telemetry (1P and OpenTelemetry), error reports,
 * feature flags, surveys, the official marketplace auto-install, installation checks. Nothing here is a secret.
 */
export const CLAUDE_OFFLINE_ENV: Record<string, string> = {
  CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: "1",
  DISABLE_AUTOUPDATER: "1",
  DISABLE_TELEMETRY: "1",
  DISABLE_ERROR_REPORTING: "1",
  DISABLE_BUG_COMMAND: "1",
  DISABLE_GROWTHBOOK: "1",
  DISABLE_INSTALLATION_CHECKS: "1",
  CLAUDE_CODE_ENABLE_TELEMETRY: "0",
  CLAUDE_CODE_DISABLE_FEEDBACK_SURVEY: "1",
  CLAUDE_CODE_DISABLE_OFFICIAL_MARKETPLACE_AUTOINSTALL: "1",
  CLAUDE_CODE_DISABLE_AUTO_MEMORY: "1",
  CLAUDE_CODE_DISABLE_TERMINAL_TITLE: "1",
  CLAUDE_CODE_IDE_SKIP_AUTO_INSTALL: "1",
  NO_COLOR: "1",
};

/** A fake key, shaped like a real one so tests can assert it never leaks. */
export const FAKE_ANTHROPIC_KEY = "sk-ant-api03-scripted-0123456789abcdefghijklmnop";

export interface ClaudeHome {
  /** The temp HOME. */
  home: string;
  /** CLAUDE_CONFIG_DIR inside it (`<home>/.claude`): settings, plugins, sessions. */
  configDir: string;
  /**
   * A complete environment for claude: PATH and the like from this process, a private HOME and config dir,
   * every background feature off, and — when a Messages server URL is given — ANTHROPIC_BASE_URL, a fake
   * key, and that server as HTTP(S)_PROXY for everything but loopback. Variables of the outer session that
   * would change claude's behaviour (ANTHROPIC_*, CLAUDE_*, proxies, other agents' settings) are dropped.
   */
  env: NodeJS.ProcessEnv;
  cleanup(): void;
}

/** Variables of the calling process that must not reach the claude under test. */
const isForeign = (name: string) =>
  /^(ANTHROPIC_|CLAUDE_|CLAUDECODE$|CODEX_|OPENAI_|AWS_|GOOGLE_|VERTEX_|OTEL_|HTTPS?_PROXY$|https?_proxy$|ALL_PROXY$|all_proxy$|NO_PROXY$|no_proxy$|MCP_)/.test(name);

/** A fresh HOME + CLAUDE_CONFIG_DIR under /tmp for one claude process tree; `cleanup()` removes it. */
export function makeClaudeHome(opts: { baseUrl?: string; extraEnv?: Record<string, string> } = {}): ClaudeHome {
  const home = mkdtempSync(join(process.env.ORCHESTRATOR_TEST_HOME_ROOT ?? "/tmp", "orchestrator-claude-home-"));
  const configDir = join(home, ".claude");
  mkdirSync(configDir);
  // claude keeps per-project scratch (claude-<uid>/, fswatch probes, sockets) in the temp dir: inside the
  // home, it goes with it.
  const tmp = join(home, "tmp");
  mkdirSync(tmp);
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !isForeign(k)));
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    ...CLAUDE_OFFLINE_ENV,
    HOME: home,
    CLAUDE_CONFIG_DIR: configDir,
    XDG_CONFIG_HOME: join(home, ".config"),
    XDG_CACHE_HOME: join(home, ".cache"),
    XDG_DATA_HOME: join(home, ".local/share"),
    XDG_STATE_HOME: join(home, ".local/state"),
    TMPDIR: tmp,
    ...(opts.baseUrl
      ? {
          ANTHROPIC_BASE_URL: opts.baseUrl,
          ANTHROPIC_API_KEY: FAKE_ANTHROPIC_KEY,
          // The scripted server doubles as a proxy that refuses and records every tunnel: traffic to anything
          // but loopback fails at once and shows up in its log instead of hanging on an unreachable network.
          HTTP_PROXY: opts.baseUrl,
          HTTPS_PROXY: opts.baseUrl,
          NO_PROXY: "127.0.0.1,localhost,::1",
        }
      : {}),
    ...opts.extraEnv,
  };
  return { home, configDir, env, cleanup: () => rmSync(home, { recursive: true, force: true }) };
}

export type ClaudeResult = ChildOutput;

/** Runs the claude binary with argv, no stdin, and kills it (SIGKILL) after `timeoutMs`. */
export function runClaude(args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<ClaudeResult> {
  if (!CLAUDE_BIN) throw new Error("the claude binary is not installed (@anthropic-ai/claude-code-linux-x64)");
  const child = spawn(CLAUDE_BIN, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"] });
  const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 45_000);
  return collectOutput(child).finally(() => clearTimeout(timer));
}
