import type * as t from "typanion";
import { MAX_TIMER_MINUTES } from "./limits";
import {
  bool,
  branchPrefix,
  checkName,
  describe,
  envMap,
  integer,
  label,
  list,
  nonNegativeNumber,
  oneOf,
  opt,
  positiveNumber,
  section,
  text,
  tomlTable,
  type Check,
} from "./leaves";

/**
 * THE definition of every config key (SPEC §1). Everything else is derived from it: the TypeScript type
 * (`ConfigOf`), the validator, the defaults, schema/config.schema.json, the README's key table and the
 * defaults `orchestrator init` writes. A new key is one entry here.
 */

export const RUNNER_KINDS = ["codex-sdk", "codex-cli"] as const;
export const SANDBOX_MODES = ["read-only", "workspace-write", "danger-full-access"] as const;
export const REASONING_EFFORTS = ["minimal", "low", "medium", "high", "xhigh"] as const;
export const PULL_REQUEST_MODES = ["off", "draft", "ready"] as const;
export const SEVERITIES = ["blocker", "major", "minor", "nit"] as const;

/** A check runs 10 minutes at most unless it says otherwise. */
export const DEFAULT_CHECK_TIMEOUT_MINUTES = 10;

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
export type ValueOf<K> = K extends { check: infer C } ? t.InferType<C> : never;

/** One key, typed by its check; whether it has a default decides whether the resolved config always has it. */
export function key<C extends Check<any>>(def: KeyDef<t.InferType<C>> & { check: C; default: NoInfer<t.InferType<C>> }): KeyDef<t.InferType<C>> & { default: t.InferType<C> };
export function key<C extends Check<any>>(def: KeyDef<t.InferType<C>> & { check: C; default?: undefined }): KeyDef<t.InferType<C>>;
export function key<T>(def: KeyDef<T>): KeyDef<T> {
  return def;
}

export function configSection<K extends Record<string, KeyDef<unknown>>>(description: string, keys: K, init?: readonly string[]): SectionDef<K> {
  return { section: true, description, keys, ...(init ? { init } : {}) };
}

const nonEmptyList = (what: string, nonEmpty = false) => list(text, what, { nonEmpty });

export const CONFIG_DEFINITION = {
  issues: configSection("Where the issue docs are and which front-matter fields they use.", {
    paths: key({
      check: nonEmptyList("non-empty glob strings", true),
      default: ["docs/issues/**/*.md"],
      description: "Globs (relative to the repository root) of the issue docs.",
      doc: "globs of issue docs",
      init: { comment: ["Globs (relative to the repository root) of the issue docs."] },
    }),
    idField: key({
      check: text,
      default: "id",
      description: "Front-matter field holding the issue id; when a doc lacks it, the file name without extension is the id.",
      doc: "front-matter field holding the issue id; absent → file name without extension",
      init: { comment: ["Front-matter fields: the id (absent: the file name), the milestone, and the ids an issue waits for."] },
    }),
    milestoneField: key({
      check: text,
      default: "milestone",
      description: "Front-matter field compared (as a string) with --milestone.",
      doc: "front-matter field compared (as a string) with `--milestone`",
    }),
    dependencyFields: key({
      check: nonEmptyList("non-empty field names"),
      default: ["depends_on"],
      description: "Front-matter fields whose value (a string or a list) names the issue ids this one waits for.",
      doc: "fields whose value (string or list) names issue ids this one waits for",
    }),
    statusField: key({
      check: text,
      default: "status",
      description: "Front-matter field holding the issue status.",
      doc: "front-matter field holding the issue status",
      init: { comment: ["Issues whose status is one of doneValues are skipped and satisfy dependencies."] },
    }),
    doneValues: key({
      check: nonEmptyList("non-empty strings"),
      default: ["done", "closed"],
      description: "Status values meaning done: such issues are skipped and satisfy dependencies.",
      doc: "status values meaning done: issues already done are skipped and satisfy dependencies",
    }),
  }),
  runner: configSection("How codex is run.", {
    default: key({
      check: oneOf(RUNNER_KINDS),
      default: "codex-sdk",
      description: "The runner: codex-sdk (@openai/codex-sdk) or codex-cli (spawns `codex exec --json` itself).",
      doc: "`codex-sdk` (through `@openai/codex-sdk`) or `codex-cli` (spawns `codex exec --json` itself; `runner.codexPath`, else `codex` on `PATH`)",
      init: { comment: ['"codex-sdk" (default) or "codex-cli"; fallback is used only when the SDK runner cannot start.'] },
    }),
    fallback: key({
      check: oneOf(["codex-cli"] as const),
      description: "Runner used when the default runner cannot start at all (module or binary missing), never to retry the agent's failed work. No fallback when absent.",
      doc: "`codex-cli`: takes over only when the default runner cannot start at all (module or binary missing), never to retry the agent's failed work; the switch is announced as a warning and every phase result records its `runner`",
      shownDefault: "none",
    }),
    model: key({
      check: text,
      description: "Model passed to codex; codex's default when absent.",
      doc: "model passed to codex",
      shownDefault: "codex default",
      init: { example: '"gpt-5.5"' },
    }),
    reasoningEffort: key({
      check: oneOf(REASONING_EFFORTS),
      description: "Reasoning effort passed to codex; codex's default when absent.",
      doc: "reasoning effort passed to codex",
      shownDefault: "codex default",
    }),
    sandbox: key({
      check: oneOf(SANDBOX_MODES),
      default: "workspace-write",
      description: "Codex sandbox mode.",
      doc: "codex sandbox mode (`read-only`, `workspace-write`, `danger-full-access`)",
    }),
    codexPath: key({
      check: text,
      description: "Path of the codex executable; the bundled @openai/codex when absent.",
      doc: "path of the codex executable",
      shownDefault: "bundled `@openai/codex`",
    }),
    config: key({
      check: tomlTable,
      default: {},
      description: "Passed through as codex --config overrides (e.g. a custom model_providers entry). Values must be representable in TOML: no null.",
      doc: "codex `--config` overrides, e.g. a custom `model_providers` entry",
      init: { comment: ["codex --config overrides, e.g. a model_providers entry (orchestrator init --provider azure|custom)."] },
    }),
    env: key({
      check: envMap,
      default: {},
      description: "Extra environment for codex. Values may be ${VAR} references to your environment; they are never logged.",
      doc: "secrets for codex's model provider (e.g. `OPENAI_API_KEY: \"${OPENAI_API_KEY}\"`); values may be `${VAR}` references; every value of 4 or more characters is a secret: redacted everywhere and kept out of codex's and the agent's environment; the provider's key among them reaches only the key proxy (see [Secrets and the model key](#secrets-and-the-model-key))",
      init: {
        comment: ["codex reads OPENAI_API_KEY from your environment. Extra environment for codex only;", "${VAR} is expanded from your environment and never logged."],
        example: '{ OPENAI_API_KEY: "${OPENAI_API_KEY}" }',
      },
    }),
    phaseTimeoutMinutes: key({
      check: positiveNumber(MAX_TIMER_MINUTES),
      default: 60,
      description: `A phase running longer is aborted and counts as failed (at most ${MAX_TIMER_MINUTES}, about 24 days).`,
      doc: `a phase running longer is aborted and counts as failed (more than 0, at most ${MAX_TIMER_MINUTES}: the longest timer Node.js can arm)`,
    }),
    idleTimeoutMinutes: key({
      check: positiveNumber(MAX_TIMER_MINUTES),
      default: 2,
      description: "A turn that gets nothing from the model endpoint this long (while no command runs) ends as a runner error naming the endpoint.",
      doc: "a turn that gets nothing from the model endpoint this long (while no command the agent started is running) ends as a runner error naming the endpoint; raise it for models whose single answers take longer",
    }),
    pricing: key({
      check: section({
        inputPerMTok: describe(nonNegativeNumber(), "USD per million input tokens not served from the cache."),
        cachedInputPerMTok: describe(nonNegativeNumber(), "USD per million cached input tokens."),
        outputPerMTok: describe(nonNegativeNumber(), "USD per million output tokens (reasoning included)."),
      }),
      description: "USD per million tokens for the cost estimate, replacing the built-in price table (which knows only some models; others get costUsd null).",
      doc: "`{ inputPerMTok, cachedInputPerMTok, outputPerMTok }`: USD per million tokens for the cost estimate, replacing [src/report/prices.json](src/report/prices.json) (dated; a model missing there gets `costUsd: null`)",
      shownDefault: "built-in table",
    }),
  }),
  review: configSection("The review loop.", {
    maxCycles: key({
      check: integer(0, 10),
      default: 2,
      description: "At most this many fix phases per issue, each followed by a review.",
      doc: "at most this many fix phases per issue",
      init: { comment: ["At most this many fix phases per issue, each followed by a review."] },
    }),
    failOn: key({
      check: list(oneOf(SEVERITIES), "severities"),
      default: ["blocker", "major", "minor"],
      description: "Severities that fail a review: a review `fail` whose findings are all of other severities counts as pass (the findings stay in the log).",
      doc: "severities that fail a review: a review `fail` whose findings are all of other severities counts as pass (so nits alone never cost a fix); `[]`: only the checks decide (see [Checks and when the loop stops](#checks-and-when-the-loop-stops))",
      init: { comment: ["A review that fails with findings of none of these severities counts as pass (nits never cost a fix)."] },
    }),
  }),
  checks: key({
    check: list(
      section({
        name: describe(checkName, "Shown in the log and in the finding a failure becomes (`check <name> failed`)."),
        run: describe(text, "Shell command, run with `sh -c` in the issue worktree, sandboxed as the agent is."),
        timeoutMinutes: opt(describe(positiveNumber(MAX_TIMER_MINUTES), `A check running longer is killed and counts as failed (default ${DEFAULT_CHECK_TIMEOUT_MINUTES}).`)),
      }),
      "checks ({ name, run, timeoutMinutes? })",
    ),
    default: [],
    description:
      "The repository's own commands (tests, linters), run by the engine in the issue worktree under the agent's sandbox after each dev and fix phase. An issue passes only with every check green.",
    doc: `\`[{ name, run, timeoutMinutes? }]\`: your own commands (\`sh -c\`), run by the engine in the issue worktree under the agent's sandbox after each dev and fix phase; an issue passes only with all of them green; \`timeoutMinutes\` defaults to ${DEFAULT_CHECK_TIMEOUT_MINUTES} (see [Checks and when the loop stops](#checks-and-when-the-loop-stops))`,
    init: {
      comment: [
        "Your own commands, run in the issue worktree under the agent's sandbox after each dev and fix phase;",
        "an issue passes only when all of them exit 0. For example:",
        'checks: [{ name: "tests", run: "npm test", timeoutMinutes: 10 }],',
      ],
    },
  }),
  prompts: configSection("Prompt templates. Each falls back to .orchestrator/prompts/<prompt-name>.md, then to the bundled default.", {
    dev: key({
      check: text,
      description: "Path (relative to the repository root) of the dev phase template (dev-auto-parallel).",
      confined: true,
      doc: "path of the dev phase's prompt template (see [Prompts](#prompts))",
      shownDefault: "bundled",
    }),
    review: key({
      check: text,
      description: "Path (relative to the repository root) of the review phase template (dev-auto-review-linear).",
      confined: true,
      doc: "path of the review phase's prompt template",
      shownDefault: "bundled",
    }),
    fix: key({
      check: text,
      description: "Path (relative to the repository root) of the fix phase template (dev-auto-fix-review).",
      confined: true,
      doc: "path of the fix phase's prompt template",
      shownDefault: "bundled",
    }),
  }),
  worktrees: configSection("Issue worktrees and branches.", {
    root: key({ check: text, default: ".orchestrator/worktrees", description: "Where issue worktrees live (relative to the repository root, inside it).", doc: "where issue worktrees live", confined: true }),
    branchPrefix: key({
      check: branchPrefix,
      default: "orchestrator/",
      description: "Issue branch = prefix + issue id; must make valid git branch names, must not start with refs/, heads/, tags/, remotes/ or HEAD/, nor end with .lock.",
      doc: "issue branch = prefix + issue id",
    }),
    base: key({ check: text, default: "HEAD", description: "Commit the issue branches start from.", doc: "commit the issue branches start from" }),
    push: key({
      check: bool,
      default: false,
      description: "After an issue passes, push its branch to origin (never forced; a rejected push is reported on the issue).",
      doc: "push a passed issue's branch to `origin` (never forced)",
    }),
    stack: key({
      check: bool,
      default: true,
      description: "Start a dependent issue from its passed dependencies' branches.",
      doc: "start a dependent issue from its passed dependencies' branches",
      init: { comment: ["Start a dependent issue from its passed dependencies' branches."] },
    }),
    signCommits: key({
      check: bool,
      default: false,
      description: "Sign the engine's commits as git is configured to (commit.gpgSign, gpg.program); off by default, so no signer can block a run.",
      doc: "sign the engine's commits as your git config says (`commit.gpgSign`, `gpg.program`); off, engine commits are unsigned whatever the repository says, so no signer prompt can block a run",
      init: { comment: ["Sign the engine's commits as your git config says (off: no signer prompt can block a run)."] },
    }),
  }),
  logs: configSection("Run logs.", {
    root: key({ check: text, default: ".orchestrator/logs", description: "Log root (relative to the repository root, inside it).", doc: "log root", confined: true }),
  }),
  graphite: configSection(
    "Graphite stacks: each issue branch joins the stack on its passed dependency's branch (or trunk).",
    {
      enabled: key({
        check: bool,
        default: false,
        description: "Track each issue branch with gt track --parent <dependency branch or trunk>; needs gt on PATH and gt init in the repository.",
        doc: "put each issue branch on the Graphite stack (`gt track`, see [Graphite stacks](#graphite-stacks))",
      }),
      submit: key({
        check: bool,
        default: false,
        description: "Run gt submit --no-interactive in the issue's worktree after it passes (needs graphite.enabled).",
        doc: "`gt submit --no-interactive` a passed issue's branch (needs `graphite.enabled`)",
      }),
      draft: key({
        check: bool,
        default: true,
        description: "Submitted pull requests are drafts (gt submit --draft); false publishes them (--publish).",
        doc: "submitted pull requests are drafts (`--draft`); `false` publishes them (`--publish`)",
      }),
    },
    ["Graphite stacks (gt track / gt submit), off unless enabled."],
  ),
  budget: configSection(
    "Spend caps, each off when absent. Tokens = input (cached included) + output (reasoning included), checked as codex reports usage.",
    {
      maxTokensPerIssue: key({
        check: integer(1, Number.MAX_SAFE_INTEGER),
        description: "Crossing it ends the issue failed (budget: …) with the running phase's work committed.",
        doc: "crossing it ends the issue `failed` (`budget: …`) with the running phase stopped and its work committed; later issues still run",
        shownDefault: "off",
      }),
      maxTokensPerRun: key({
        check: integer(1, Number.MAX_SAFE_INTEGER),
        description: "Crossing it ends the running issue failed and skips every issue not started (budget: …).",
        doc: "crossing it does that and skips every issue not started (`budget: …`)",
        shownDefault: "off",
      }),
      maxCostUsdPerRun: key({
        check: positiveNumber(Number.MAX_SAFE_INTEGER),
        description: "Estimated USD (runner.pricing or the built-in table); crossing it acts like maxTokensPerRun. Needs a known price.",
        doc: "the same for the estimated cost in USD; refused (exit 2) when no price is known for the model",
        shownDefault: "off",
      }),
    },
    [
      "Spend caps, checked whenever codex reports usage; each is off until set, e.g.",
      "{ maxTokensPerIssue: 2000000, maxTokensPerRun: 10000000, maxCostUsdPerRun: 25 }.",
      "Tokens = input (cached included) + output (reasoning included). A cost cap needs a price for the",
      "model: the built-in table, or runner.pricing { inputPerMTok, cachedInputPerMTok, outputPerMTok } (USD).",
    ],
  ),
  github: configSection(
    "Pull requests for passed issue branches (needs a token in GITHUB_TOKEN and the repository from GITHUB_REPOSITORY or origin).",
    {
      pullRequests: key({
        check: oneOf(PULL_REQUEST_MODES),
        default: "off",
        description:
          "draft or ready: after a passed issue's branch is pushed (on implies worktrees.push), open its pull request or update the open one, based on the dependency branch it is stacked on, else worktrees.base's branch.",
        doc: '`"draft"` or `"ready"`: open, or update, a pull request per passed issue after its branch is pushed (turns `worktrees.push` on; not with `graphite.submit`); see [Pull requests](#pull-requests)',
      }),
      labels: key({
        check: list(label, "label names (1 to 50 characters)"),
        default: [],
        description: "Labels added to every pull request the engine opens or updates.",
        doc: "labels added to every pull request the engine opens or updates (1 to 50 characters each)",
        normalize: (labels: string[]) => [...new Set(labels)],
      }),
    },
    ['A pull request per passed issue: "off", "draft" or "ready" (needs GITHUB_TOKEN; on implies worktrees.push).'],
  ),
} satisfies Definition;
