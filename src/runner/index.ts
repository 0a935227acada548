import type { OrchestratorConfig } from "../config/types";
import { createCodexCliRunner } from "./codex-cli";
import { createCodexSdkRunner } from "./codex-sdk";
import { withFallback } from "./fallback";
import type { TempArea } from "./sandbox";
import type { Runner } from "./types";

export type { Runner, RunnerOutcome, RunnerRequest } from "./types";

/**
 * The runner `runner.default` names, wrapped with `runner.fallback` when one is set. `env` is codex's whole
 * environment, without secrets (src/runner/access.ts: the model key reaches only the key proxy). `onFallback` hears when (and why)
 * the fallback takes over, so the run can log the choice.
 */
export function createRunner(
  cfg: OrchestratorConfig["runner"],
  env: Record<string, string | undefined>,
  onFallback: (message: string) => void = () => undefined,
  area?: TempArea,
): Runner {
  const make = (kind: OrchestratorConfig["runner"]["default"]) => (kind === "codex-cli" ? createCodexCliRunner(cfg, env, area) : createCodexSdkRunner(cfg, env, area));
  const primary = make(cfg.default);
  return cfg.fallback && cfg.fallback !== cfg.default ? withFallback(primary, make(cfg.fallback), onFallback) : primary;
}
