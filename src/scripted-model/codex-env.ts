import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { OrchestratorConfig } from "../config/types";

/** The model name pinned in tests: one of the binary's built-in models, so it gets the classic tools. */
export const OFFLINE_MODEL = "gpt-5.5";
export const OFFLINE_KEY_VAR = "SCRIPTED_MODEL_API_KEY";
/** Shaped like a real key on purpose: tests assert it never reaches logs. */
export const OFFLINE_KEY = "sk-scripted-0123456789abcdefghij";

/**
 * codex `--config` overrides for a run against the scripted server: a custom provider without
 * WebSockets or retries, and codex's background network calls switched off (CODEX-OFFLINE.md).
 */
export function offlineCodexConfig(serverUrl: string): Record<string, unknown> {
  return {
    model_provider: "scripted",
    model_providers: {
      scripted: {
        name: "scripted",
        base_url: serverUrl,
        wire_api: "responses",
        env_key: OFFLINE_KEY_VAR,
        supports_websockets: false,
        request_max_retries: 0,
        stream_max_retries: 0,
      },
    },
    features: { plugins: false, shell_snapshot: false },
    analytics: { enabled: false },
    otel: { metrics_exporter: "none" },
    web_search: "disabled",
  };
}

export interface CodexHome {
  /** HOME, CODEX_HOME and TMPDIR for codex: a fresh directory so nothing touches a real home or /tmp. */
  env: Record<string, string>;
  cleanup(): void;
}

/** codex wants CODEX_HOME to exist; outside /tmp so codex keeps its helper binaries (CODEX-OFFLINE.md). */
export function makeCodexHome(): CodexHome {
  const base = process.env.ORCHESTRATOR_TEST_HOME_ROOT ?? "/var/tmp";
  mkdirSync(base, { recursive: true });
  const home = mkdtempSync(join(base, "orchestrator-codex-home-"));
  const codexHome = join(home, ".codex");
  mkdirSync(codexHome);
  // codex's sandbox scratch (codex-bwrap-…) and the engine's temp files go with the home, not into /tmp.
  const tmp = join(home, "tmp");
  mkdirSync(tmp);
  return { env: { HOME: home, CODEX_HOME: codexHome, TMPDIR: tmp }, cleanup: () => rmSync(home, { recursive: true, force: true }) };
}

/** `runner` config for the engine: the scripted provider, the pinned model, the key through runner.env. */
export function offlineRunnerConfig(serverUrl: string): Partial<OrchestratorConfig["runner"]> {
  return {
    model: OFFLINE_MODEL,
    config: offlineCodexConfig(serverUrl),
    env: { [OFFLINE_KEY_VAR]: OFFLINE_KEY },
  };
}

/** The codex executable shipped in node_modules (what the SDK runs), for the codex-cli runner in tests. */
export function bundledCodexPath(): string {
  const require = createRequire(import.meta.url);
  const platformPackage = createRequire(require.resolve("@openai/codex/package.json")).resolve("@openai/codex-linux-x64/package.json");
  return join(dirname(platformPackage), "vendor/x86_64-unknown-linux-musl/bin/codex");
}
