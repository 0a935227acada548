import type { CONFIG_DEFINITION, PULL_REQUEST_MODES, REASONING_EFFORTS, RUNNER_KINDS, SANDBOX_MODES, SEVERITIES } from "./definition";
import type { ConfigOf } from "./derive";

/** The resolved configuration (defaults applied), derived from CONFIG_DEFINITION. Keys and defaults: SPEC §1. */
export type OrchestratorConfig = ConfigOf<typeof CONFIG_DEFINITION>;

export type PullRequestMode = (typeof PULL_REQUEST_MODES)[number];
export type Severity = (typeof SEVERITIES)[number];
export type RunnerKind = (typeof RUNNER_KINDS)[number];
export type SandboxMode = (typeof SANDBOX_MODES)[number];
export type ReasoningEffort = (typeof REASONING_EFFORTS)[number];
export type CheckConfig = OrchestratorConfig["checks"][number];

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends Array<infer U> ? U[] : T[K] extends Record<string, unknown> ? DeepPartial<T[K]> : T[K];
};

/** What a user writes in `orchestrator.config.*`: every key optional. */
export type UserConfig = DeepPartial<OrchestratorConfig> & { $schema?: string };

export interface LoadedConfig {
  config: OrchestratorConfig;
  /** Absolute path of the config file that was loaded. */
  file: string;
  /** Absolute path of the git top level the config belongs to. */
  repoRoot: string;
}
