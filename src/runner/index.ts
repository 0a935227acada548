import type { OrchestratorConfig } from "../config/types";
import { createCodexSdkRunner } from "./codex-sdk";
import type { Runner } from "./types";

export type { Runner, RunnerOutcome, RunnerRequest } from "./types";

/**
 * The runner `runner.default` names. `env` is the full child environment: the engine's own with the
 * expanded `runner.env` on top.
 */
export function createRunner(cfg: OrchestratorConfig["runner"], env: Record<string, string | undefined>): Runner {
  // Config validation reports "codex-cli" and runner.fallback as unsupported, so the SDK runner is the only one.
  return createCodexSdkRunner(cfg, env);
}
