import { isAbsolute, resolve } from "node:path";
import type { PullRequestMode } from "../config/types";
import type { RunSettings } from "../doors/request";
import { fail, ok, type Problem, type Result } from "../errors";

/**
 * The Action's inputs (SPEC §8), read the same way for `uses: org/orchestrator@v1` and `uses: docker://IMAGE`:
 * the run's settings, which `runRequest` turns into the engine's request, and what only the Action does.
 */
export interface ActionInputs extends RunSettings {
  pullRequests: PullRequestMode;
  uploadLogs: boolean;
  artifactName?: string;
}

/**
 * An input as the runner passes it: `INPUT_<NAME>` upper-cased, hyphens kept (what `@actions/core` reads)
 * or, from a composite action's `env:`, with underscores. Empty means not given.
 */
function input(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const upper = name.toUpperCase();
  const value = env[`INPUT_${upper}`] ?? env[`INPUT_${upper.replace(/-/g, "_")}`];
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === "" ? undefined : trimmed;
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean, problems: Problem[]): boolean {
  const value = input(env, name);
  if (value === undefined) return fallback;
  if (/^(true|yes|1)$/i.test(value)) return true;
  if (/^(false|no|0)$/i.test(value)) return false;
  problems.push({ code: "USAGE", key: name, message: `input ${name} must be true or false, got ${JSON.stringify(value)}` });
  return fallback;
}

function usd(env: NodeJS.ProcessEnv, name: string, problems: Problem[]): number | undefined {
  const value = input(env, name);
  if (value === undefined) return undefined;
  const amount = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
  if (amount > 0 && Number.isFinite(amount)) return amount;
  problems.push({ code: "USAGE", key: name, message: `input ${name} must be an amount of USD greater than 0 (e.g. 5 or 2.50), got ${JSON.stringify(value)}` });
  return undefined;
}

function choice<T extends string>(env: NodeJS.ProcessEnv, name: string, values: readonly T[], problems: Problem[]): T | undefined {
  const value = input(env, name);
  if (value === undefined || (values as readonly string[]).includes(value)) return value as T | undefined;
  problems.push({ code: "USAGE", key: name, message: `input ${name} must be one of ${values.join(", ")}, got ${JSON.stringify(value)}` });
  return undefined;
}

/** Reads and checks every input at once (SPEC §8); problems name the input. */
export function readInputs(env: NodeJS.ProcessEnv): Result<ActionInputs> {
  const problems: Problem[] = [];
  const milestone = input(env, "milestone");
  if (milestone === undefined) problems.push({ code: "USAGE", key: "milestone", message: "input milestone is required", hint: "Add `milestone: M1` under `with:` in the workflow step." });
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const dir = input(env, "working-directory") ?? ".";
  const parsed = {
    milestone: milestone ?? "",
    issue: input(env, "issue"),
    configPath: input(env, "config"),
    // `working-directory` resolved against GITHUB_WORKSPACE.
    cwd: isAbsolute(dir) ? dir : resolve(workspace, dir),
    push: boolean(env, "push-branches", false, problems),
    uploadLogs: boolean(env, "upload-logs", true, problems),
    artifactName: input(env, "artifact-name"),
    pullRequests: choice(env, "pull-requests", ["off", "draft", "ready"] as const, problems) ?? "off",
    githubToken: input(env, "github-token"),
    model: input(env, "model"),
    reasoningEffort: choice(env, "reasoning-effort", ["minimal", "low", "medium", "high", "xhigh"] as const, problems),
    maxCostUsd: usd(env, "max-cost-usd", problems),
  };
  return problems.length > 0 ? fail(problems) : ok(parsed);
}

/** Unique per job unless given: artifact names may not repeat within a workflow run. */
export function artifactNameFor(inputs: ActionInputs, runId: string | null, env: NodeJS.ProcessEnv): string {
  if (inputs.artifactName) return inputs.artifactName;
  const parts = ["orchestrator-logs", runId ?? inputs.milestone, env.GITHUB_JOB, env.GITHUB_RUN_ATTEMPT].filter((p): p is string => !!p);
  return parts.join("-").replace(/[^A-Za-z0-9._-]/g, "_");
}

/**
 * `uses: docker://IMAGE` runs the container with the step's inputs as INPUT_* variables and no arguments:
 * true when they ask for a run (a milestone is given).
 */
export function asksForRun(env: NodeJS.ProcessEnv): boolean {
  return input(env, "milestone") !== undefined;
}
