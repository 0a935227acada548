import type { PullRequestMode, ReasoningEffort } from "../config/types";
import type { RunRequest } from "../engine/session";

/**
 * What a person, workflow or agent asks of one run, in the doors' common vocabulary: the CLI's flags, the
 * Action's and `docker://`'s inputs and the plugin's arguments all become this, and `runRequest` is the only
 * place it turns into the engine's request.
 */
export interface RunSettings {
  /** The directory the config is discovered from (the Action's `working-directory`). */
  cwd: string;
  milestone: string;
  issue?: string;
  configPath?: string;
  /** `push-branches`: true pushes passed branches whatever the config says; false leaves the config's choice. */
  push?: boolean;
  /** `pull-requests`: `off` (the input's default) leaves the config's choice; draft/ready win over it. */
  pullRequests?: PullRequestMode;
  /** `github-token`: becomes the engine's GITHUB_TOKEN (redacted, kept out of codex's environment). */
  githubToken?: string;
  model?: string;
  reasoningEffort?: ReasoningEffort;
  /** `max-cost-usd`: budget.maxCostUsdPerRun for this run. */
  maxCostUsd?: number;
}

/** How a door presents and drives the run: its environment, interrupt, sinks and hooks. */
export type DoorHooks = Pick<RunRequest, "env" | "signal" | "sinks" | "artifactName" | "bundle" | "onStart">;

/** The engine's request for a door's settings: the one mapping from door vocabulary to overrides. */
export function runRequest(settings: RunSettings, door: DoorHooks): RunRequest {
  const { cwd, milestone, issue, configPath, push, pullRequests, githubToken, model, reasoningEffort, maxCostUsd } = settings;
  return {
    ...door,
    cwd,
    configPath,
    milestone,
    issue,
    // The token reaches the push and the API client only, through the engine's GITHUB_TOKEN.
    env: githubToken ? { ...door.env, GITHUB_TOKEN: githubToken } : door.env,
    overrides: {
      push: push || undefined,
      pullRequests: pullRequests === "off" ? undefined : pullRequests,
      model,
      reasoningEffort,
      maxCostUsdPerRun: maxCostUsd,
    },
  };
}
