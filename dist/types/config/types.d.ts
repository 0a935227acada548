/** The resolved configuration (defaults applied). Keys and defaults: SPEC §1. */
export interface OrchestratorConfig {
    issues: {
        paths: string[];
        idField: string;
        milestoneField: string;
        dependencyFields: string[];
        statusField: string;
        doneValues: string[];
    };
    runner: {
        default: RunnerKind;
        fallback?: "codex-cli";
        model?: string;
        reasoningEffort?: ReasoningEffort;
        sandbox: SandboxMode;
        codexPath?: string;
        /** Passed through as codex `--config` overrides. */
        config: Record<string, unknown>;
        /** Extra environment for codex; values may reference `${VAR}`. Never logged. */
        env: Record<string, string>;
        phaseTimeoutMinutes: number;
        /** A turn with no progress from the model endpoint this long (no command running) fails as a runner error. */
        idleTimeoutMinutes: number;
        /** USD per million tokens for the cost estimate; absent → the built-in table (src/report/prices.json). */
        pricing?: {
            inputPerMTok: number;
            cachedInputPerMTok: number;
            outputPerMTok: number;
        };
    };
    review: {
        maxCycles: number;
        /** Severities that fail a review: a `fail` whose findings are all of other severities counts as pass. */
        failOn: Severity[];
    };
    /** The repository's own commands, run sandboxed in the issue worktree after each dev and fix phase. */
    checks: CheckConfig[];
    prompts: {
        dev?: string;
        review?: string;
        fix?: string;
    };
    worktrees: {
        root: string;
        branchPrefix: string;
        base: string;
        push: boolean;
        stack: boolean;
        /** Sign engine commits as git is configured to; off by default so no signer can block a run. */
        signCommits: boolean;
    };
    logs: {
        root: string;
    };
    /** Graphite stacks (SPEC §1): issue branches tracked with `gt track`, passed ones submitted with `gt submit`. */
    graphite: {
        enabled: boolean;
        submit: boolean;
        draft: boolean;
    };
    /** Spend caps (SPEC §3), each off when absent; tokens = input (cached included) + output (reasoning included). */
    budget: {
        maxTokensPerIssue?: number;
        maxTokensPerRun?: number;
        maxCostUsdPerRun?: number;
    };
    /** Pull requests per passed, pushed issue branch (SPEC §1, §8); on implies `worktrees.push`. */
    github: {
        pullRequests: PullRequestMode;
        labels: string[];
    };
}
export type PullRequestMode = "off" | "draft" | "ready";
export type Severity = "blocker" | "major" | "minor" | "nit";
export interface CheckConfig {
    name: string;
    /** A shell command (`sh -c`), written by the repository's owner. */
    run: string;
    timeoutMinutes?: number;
}
export type RunnerKind = "codex-sdk" | "codex-cli";
export type SandboxMode = "read-only" | "workspace-write" | "danger-full-access";
export type ReasoningEffort = "minimal" | "low" | "medium" | "high" | "xhigh";
type DeepPartial<T> = {
    [K in keyof T]?: T[K] extends Array<infer U> ? U[] : T[K] extends Record<string, unknown> ? DeepPartial<T[K]> : T[K];
};
/** What a user writes in `orchestrator.config.*`: every key optional. */
export type UserConfig = DeepPartial<OrchestratorConfig> & {
    $schema?: string;
};
export interface LoadedConfig {
    config: OrchestratorConfig;
    /** Absolute path of the config file that was loaded. */
    file: string;
    /** Absolute path of the git top level the config belongs to. */
    repoRoot: string;
}
export {};
