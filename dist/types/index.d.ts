/** Public library surface: types for configs and `defineConfig` for `orchestrator.config.ts`. */
import type { UserConfig } from "./config/types";
export type { OrchestratorConfig, UserConfig, RunnerKind, SandboxMode, ReasoningEffort } from "./config/types";
/** Identity helper that gives a `.ts` / `.mjs` config editor completion and type checking. */
export declare function defineConfig(config: UserConfig): UserConfig;
