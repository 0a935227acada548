import type * as t from "typanion";
import { type Check } from "./leaves";
/**
 * THE definition of every config key (SPEC §1). Everything else is derived from it: the TypeScript type
 * (`ConfigOf`), the validator, the defaults, schema/config.schema.json, the README's key table and the
 * defaults `orchestrator init` writes. A new key is one entry here.
 */
export declare const RUNNER_KINDS: readonly ["codex-sdk", "codex-cli"];
export declare const SANDBOX_MODES: readonly ["read-only", "workspace-write", "danger-full-access"];
export declare const REASONING_EFFORTS: readonly ["minimal", "low", "medium", "high", "xhigh"];
export declare const PULL_REQUEST_MODES: readonly ["off", "draft", "ready"];
export declare const SEVERITIES: readonly ["blocker", "major", "minor", "nit"];
/** A check runs 10 minutes at most unless it says otherwise. */
export declare const DEFAULT_CHECK_TIMEOUT_MINUTES = 10;
/** How `orchestrator init` shows a key in the commented template. */
export interface InitText {
    /** Comment lines written above the key. */
    comment?: readonly string[];
    /** A commented-out example instead of the default (`model: "gpt-5.5"`). */
    example?: string;
}
export interface KeyDef<T> {
    check: Check<T>;
    /** Absent: the key stays absent when the user leaves it out. */
    default?: T;
    /** For editors (the JSON Schema). */
    description: string;
    /** The README's "meaning" column (markdown); the description when absent. */
    doc?: string;
    /** The README's "default" column when there is no default value (`none`, `codex defaults`). */
    shownDefault?: string;
    init?: InitText;
    /** A path the engine reads or writes: it must stay inside the repository and is kept repo-relative. */
    confined?: true;
    /** Applied to the value the config ends up with (user's or default), e.g. dropping duplicates. */
    normalize?(value: T): T;
}
export interface SectionDef<K extends Record<string, KeyDef<unknown>>> {
    section: true;
    description: string;
    keys: K;
    /** Comment lines `orchestrator init` writes above the section. */
    init?: readonly string[];
}
export type Definition = Record<string, SectionDef<Record<string, KeyDef<unknown>>> | KeyDef<unknown>>;
/** The type a key's check accepts. */
export type ValueOf<K> = K extends {
    check: infer C;
} ? t.InferType<C> : never;
/** One key, typed by its check; whether it has a default decides whether the resolved config always has it. */
export declare function key<C extends Check<any>>(def: KeyDef<t.InferType<C>> & {
    check: C;
    default: NoInfer<t.InferType<C>>;
}): KeyDef<t.InferType<C>> & {
    default: t.InferType<C>;
};
export declare function key<C extends Check<any>>(def: KeyDef<t.InferType<C>> & {
    check: C;
    default?: undefined;
}): KeyDef<t.InferType<C>>;
export declare function configSection<K extends Record<string, KeyDef<unknown>>>(description: string, keys: K, init?: readonly string[]): SectionDef<K>;
export declare const CONFIG_DEFINITION: {
    issues: SectionDef<{
        paths: KeyDef<string[]> & {
            default: string[];
        };
        idField: KeyDef<string> & {
            default: string;
        };
        milestoneField: KeyDef<string> & {
            default: string;
        };
        dependencyFields: KeyDef<string[]> & {
            default: string[];
        };
        statusField: KeyDef<string> & {
            default: string;
        };
        doneValues: KeyDef<string[]> & {
            default: string[];
        };
    }>;
    runner: SectionDef<{
        default: KeyDef<"codex-sdk" | "codex-cli"> & {
            default: "codex-sdk" | "codex-cli";
        };
        fallback: KeyDef<"codex-cli">;
        model: KeyDef<string>;
        reasoningEffort: KeyDef<"minimal" | "low" | "medium" | "high" | "xhigh">;
        sandbox: KeyDef<"read-only" | "workspace-write" | "danger-full-access"> & {
            default: "read-only" | "workspace-write" | "danger-full-access";
        };
        codexPath: KeyDef<string>;
        config: KeyDef<Record<string, unknown>> & {
            default: Record<string, unknown>;
        };
        env: KeyDef<Record<string, string>> & {
            default: Record<string, string>;
        };
        phaseTimeoutMinutes: KeyDef<number> & {
            default: number;
        };
        idleTimeoutMinutes: KeyDef<number> & {
            default: number;
        };
        pricing: KeyDef<{
            inputPerMTok: number;
            cachedInputPerMTok: number;
            outputPerMTok: number;
        }>;
    }>;
    review: SectionDef<{
        maxCycles: KeyDef<number> & {
            default: number;
        };
        failOn: KeyDef<("blocker" | "major" | "minor" | "nit")[]> & {
            default: ("blocker" | "major" | "minor" | "nit")[];
        };
    }>;
    checks: KeyDef<{
        name: string;
        run: string;
        timeoutMinutes?: number | undefined;
    }[]> & {
        default: {
            name: string;
            run: string;
            timeoutMinutes?: number | undefined;
        }[];
    };
    prompts: SectionDef<{
        dev: KeyDef<string>;
        review: KeyDef<string>;
        fix: KeyDef<string>;
    }>;
    worktrees: SectionDef<{
        root: KeyDef<string> & {
            default: string;
        };
        branchPrefix: KeyDef<string> & {
            default: string;
        };
        base: KeyDef<string> & {
            default: string;
        };
        push: KeyDef<boolean> & {
            default: boolean;
        };
        stack: KeyDef<boolean> & {
            default: boolean;
        };
        signCommits: KeyDef<boolean> & {
            default: boolean;
        };
    }>;
    logs: SectionDef<{
        root: KeyDef<string> & {
            default: string;
        };
    }>;
    graphite: SectionDef<{
        enabled: KeyDef<boolean> & {
            default: boolean;
        };
        submit: KeyDef<boolean> & {
            default: boolean;
        };
        draft: KeyDef<boolean> & {
            default: boolean;
        };
    }>;
    budget: SectionDef<{
        maxTokensPerIssue: KeyDef<number>;
        maxTokensPerRun: KeyDef<number>;
        maxCostUsdPerRun: KeyDef<number>;
    }>;
    github: SectionDef<{
        pullRequests: KeyDef<"off" | "draft" | "ready"> & {
            default: "off" | "draft" | "ready";
        };
        labels: KeyDef<string[]> & {
            default: string[];
        };
    }>;
};
