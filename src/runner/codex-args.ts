import type { OrchestratorConfig } from "../config/types";
import { withSandbox } from "./sandbox";
import { isTable } from "./table";

type RunnerConfig = OrchestratorConfig["runner"];

const BARE_KEY = /^[A-Za-z0-9_-]+$/;

/** A TOML value for `--config key=value` (config validation has already refused what TOML cannot say). */
function toml(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(toml).join(", ")}]`;
  if (isTable(value)) {
    const parts = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${BARE_KEY.test(k) ? k : JSON.stringify(k)} = ${toml(v)}`);
    return `{${parts.join(", ")}}`;
  }
  throw new TypeError(`cannot pass ${String(value)} to codex`);
}

/**
 * `runner.config` as codex `--config` overrides, one per leaf, the way `@openai/codex-sdk` flattens it, so
 * both runners hand codex the same settings.
 */
export function configOverrides(table: Record<string, unknown>, prefix = ""): string[] {
  const entries = Object.entries(table).filter(([, v]) => v !== undefined);
  if (prefix !== "" && entries.length === 0) return [`${prefix}={}`];
  return entries.flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return isTable(value) ? configOverrides(value, path) : [`${path}=${toml(value)}`];
  });
}

/** `codex exec` argv for one turn; the prompt goes on stdin. `tempDir`: the agent's own (src/runner/sandbox.ts). */
export function execArgs(cfg: RunnerConfig, opts: { workingDirectory: string; schemaFile: string; tempDir: string }): string[] {
  const args = ["exec", "--json"];
  for (const override of configOverrides(withSandbox(cfg.config, opts.tempDir))) args.push("--config", override);
  if (cfg.model) args.push("--model", cfg.model);
  args.push("--sandbox", cfg.sandbox, "--cd", opts.workingDirectory, "--skip-git-repo-check", "--output-schema", opts.schemaFile);
  if (cfg.reasoningEffort) args.push("--config", `model_reasoning_effort=${JSON.stringify(cfg.reasoningEffort)}`);
  return args;
}
