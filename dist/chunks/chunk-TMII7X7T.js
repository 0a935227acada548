#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  require_lib
} from "./chunk-HXM76X25.js";
import {
  branchPrefixProblem
} from "./chunk-MAUF2E2R.js";
import {
  fail,
  ok
} from "./chunk-FL7PZ6ZF.js";
import {
  __toESM
} from "./chunk-HKHRZ4CP.js";

// src/config/limits.ts
var MAX_TIMER_MINUTES = Math.floor((2 ** 31 - 1) / 6e4);

// src/config/leaves.ts
var t = __toESM(require_lib(), 1);
function described(check, schema) {
  return Object.assign(check, { schema });
}
function report(state, message) {
  state?.errors?.push(`${state.p ?? "."}: ${message}`);
  return false;
}
function childPath(parent, key2) {
  if (typeof key2 === "number") return `${parent ?? "."}[${key2}]`;
  if (/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(key2)) return `${parent ?? ""}.${key2}`;
  return `${parent ?? "."}[${JSON.stringify(key2)}]`;
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}
function printable(value) {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    case "number":
    case "boolean":
      return String(value);
    case "bigint":
      return `${value}n`;
    case "undefined":
      return "undefined";
    case "function":
      return "a function";
    case "symbol":
      return "a symbol";
  }
  if (value === null) return "null";
  if (Array.isArray(value)) return value.length === 0 ? "an empty array" : "an array";
  if (isPlainObject(value)) return "an object";
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  return `a ${tag} object`;
}
function leaf(expected, schema, accepts) {
  const check = t.makeValidator({
    test: (value, state) => accepts(value) || report(state, `expected ${expected}, got ${printable(value)}`)
  });
  return described(check, schema);
}
var anyString = leaf("a string", { type: "string" }, (v) => typeof v === "string");
var text = leaf("a non-empty string", { type: "string", minLength: 1 }, (v) => typeof v === "string" && v.length > 0);
var bool = leaf("true or false", { type: "boolean" }, (v) => typeof v === "boolean");
var label = leaf("a label name of 1 to 50 characters", { type: "string", minLength: 1, maxLength: 50, pattern: "\\S" }, (v) => typeof v === "string" && v.trim().length > 0 && v.length <= 50);
function oneOf(values) {
  const check = leaf(`one of ${values.map((v) => JSON.stringify(v)).join(", ")}`, { type: "string", enum: [...values] }, (v) => values.includes(v));
  return Object.assign(check, { values });
}
function integer(min, max) {
  return leaf(`an integer from ${min} to ${max}`, { type: "integer", minimum: min, maximum: max }, (v) => Number.isInteger(v) && v >= min && v <= max);
}
function positiveNumber(max) {
  return leaf(`a number greater than 0 and at most ${max}`, { type: "number", exclusiveMinimum: 0, maximum: max }, (v) => typeof v === "number" && v > 0 && v <= max);
}
function nonNegativeNumber() {
  return leaf("a number of 0 or more", { type: "number", minimum: 0 }, (v) => typeof v === "number" && Number.isFinite(v) && v >= 0);
}
function list(item, what, { nonEmpty = false } = {}) {
  const items = t.isArray(item);
  const check = t.makeValidator({
    test: (value, state) => {
      if (!Array.isArray(value)) return report(state, `expected an array of ${what}, got ${printable(value)}`);
      if (nonEmpty && value.length === 0) return report(state, `expected at least one entry, got an empty array`);
      return items(value, state);
    }
  });
  return described(check, { type: "array", items: item.schema, ...nonEmpty ? { minItems: 1 } : {} });
}
var CHECK_NAME = /^[A-Za-z0-9][A-Za-z0-9._:/ -]{0,63}$/;
var checkName = leaf("a check name (letters, digits, space . _ : / -; at most 64 characters, starting with a letter or digit)", { type: "string", pattern: CHECK_NAME.source }, (v) => typeof v === "string" && CHECK_NAME.test(v));
var BRANCH_PREFIX_PATTERN = "^(?![-/])(?!(?:refs|heads|tags|remotes|HEAD)/)(?![\\s\\S]*\\.lock$)(?![\\s\\S]*\\.\\.)(?![\\s\\S]*//)(?![\\s\\S]*@\\{)(?!(?:[\\s\\S]*/)?\\.)(?![\\s\\S]*\\.lock/)[^\\u0000-\\u0020\\u007f~^:?*\\[\\\\]+$";
var branchPrefix = described(t.makeValidator({
  test: (value, state) => {
    if (typeof value !== "string") return report(state, `expected a string, got ${printable(value)}`);
    const problem = branchPrefixProblem(value);
    return problem === void 0 || report(state, `${printable(value)} is not a valid git branch prefix: it ${problem}`);
  }
}), { type: "string", minLength: 1, pattern: BRANCH_PREFIX_PATTERN });
var envMap = described(t.makeValidator({
  test: (value, state) => {
    if (!isPlainObject(value)) return report(state, `expected an object of environment variables (name: string), got ${printable(value)}`);
    let valid = true;
    for (const [name, v] of Object.entries(value)) {
      const at = { ...state, p: childPath(state?.p, name) };
      if (!/^[^=\0]+$/.test(name)) valid = report(at, 'environment variable names must be non-empty and contain no "=" or NUL');
      else if (v !== void 0 && typeof v !== "string") valid = report(at, `expected a string (use "\${VAR}" to reference your environment), got ${printable(v)}`);
    }
    return valid;
  }
}), { type: "object", propertyNames: { pattern: "^[^=\\u0000]+$" }, additionalProperties: { type: "string" } });
function tomlValue(value, state, ancestors) {
  if (typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value) || report(state, `expected a finite number, got ${printable(value)}`);
  if (value === null) return report(state, "null cannot be passed to codex (TOML has no null); remove the key instead");
  const container = Array.isArray(value) || isPlainObject(value);
  if (!container) return report(state, `expected a string, number, boolean, array or object, got ${printable(value)}`);
  if (ancestors.has(value)) return report(state, "the value contains itself (a cycle)");
  ancestors.add(value);
  let valid = true;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      valid = tomlValue(item, { ...state, p: childPath(state?.p, i) }, ancestors) && valid;
    });
  } else {
    for (const [key2, child] of Object.entries(value)) {
      const p = childPath(state?.p, key2);
      if (key2 === "") valid = report({ ...state, p }, "keys must be non-empty");
      else if (child !== void 0) valid = tomlValue(child, { ...state, p }, ancestors) && valid;
    }
  }
  ancestors.delete(value);
  return valid;
}
var tomlTable = described(t.makeValidator({
  test: (value, state) => isPlainObject(value) ? tomlValue(value, state, /* @__PURE__ */ new Set()) : report(state, `expected an object of codex config overrides, got ${printable(value)}`)
}), { $ref: "#/definitions/tomlTable" });
function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  const at = (i, j) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i][j] = best;
    }
  }
  return at(a.length, b.length);
}
function unknownKeyMessage(key2, known) {
  const lower = key2.toLowerCase();
  const close = known.map((k) => ({ k, d: editDistance(lower, k.toLowerCase()) })).filter(({ d }) => d <= Math.max(1, Math.floor(key2.length / 3))).sort((a, b) => a.d - b.d)[0];
  if (close) return `unknown key; did you mean "${close.k}"?`;
  return `unknown key; expected one of: ${known.join(", ")}`;
}
function unknownKeys(known) {
  return t.makeValidator({
    test: (extra, state) => {
      const keys = Object.keys(extra);
      for (const key2 of keys) report({ ...state, p: childPath(state?.p, key2) }, unknownKeyMessage(key2, known));
      return keys.length === 0;
    }
  });
}
function section(props) {
  const known = Object.keys(props).filter((k) => k !== "$schema");
  const closed = t.isObject(props, { extra: unknownKeys(known) });
  const check = t.makeValidator({
    test: (value, state) => isPlainObject(value) ? closed(value, state) : report(state, `expected an object, got ${printable(value)}`)
  });
  const required = Object.keys(props).filter((k) => !props[k]?.optional);
  const schema = {
    type: "object",
    additionalProperties: false,
    ...required.length > 0 ? { required } : {},
    properties: Object.fromEntries(Object.entries(props).map(([k, v]) => [k, v.schema]))
  };
  return Object.assign(check, { schema, properties: props });
}
function opt(check) {
  const { properties, values, schema } = check;
  return Object.assign(t.isOptional(check), { schema, optional: true }, properties ? { properties } : {}, values ? { values } : {});
}
function describe(check, description, extra = {}) {
  const copy2 = ((value, state) => check(value, state));
  return Object.assign(copy2, check, { schema: { ...check.schema, description, ...extra } });
}

// src/config/definition.ts
var RUNNER_KINDS = ["codex-sdk", "codex-cli"];
var SANDBOX_MODES = ["read-only", "workspace-write", "danger-full-access"];
var REASONING_EFFORTS = ["minimal", "low", "medium", "high", "xhigh"];
var PULL_REQUEST_MODES = ["off", "draft", "ready"];
var SEVERITIES = ["blocker", "major", "minor", "nit"];
var DEFAULT_CHECK_TIMEOUT_MINUTES = 10;
function key(def) {
  return def;
}
function configSection(description, keys, init) {
  return { section: true, description, keys, ...init ? { init } : {} };
}
var nonEmptyList = (what, nonEmpty = false) => list(text, what, { nonEmpty });
var CONFIG_DEFINITION = {
  issues: configSection("Where the issue docs are and which front-matter fields they use.", {
    paths: key({
      check: nonEmptyList("non-empty glob strings", true),
      default: ["docs/issues/**/*.md"],
      description: "Globs (relative to the repository root) of the issue docs.",
      doc: "globs of issue docs",
      init: { comment: ["Globs (relative to the repository root) of the issue docs."] }
    }),
    idField: key({
      check: text,
      default: "id",
      description: "Front-matter field holding the issue id; when a doc lacks it, the file name without extension is the id.",
      doc: "front-matter field holding the issue id; absent \u2192 file name without extension",
      init: { comment: ["Front-matter fields: the id (absent: the file name), the milestone, and the ids an issue waits for."] }
    }),
    milestoneField: key({
      check: text,
      default: "milestone",
      description: "Front-matter field compared (as a string) with --milestone.",
      doc: "front-matter field compared (as a string) with `--milestone`"
    }),
    dependencyFields: key({
      check: nonEmptyList("non-empty field names"),
      default: ["depends_on"],
      description: "Front-matter fields whose value (a string or a list) names the issue ids this one waits for.",
      doc: "fields whose value (string or list) names issue ids this one waits for"
    }),
    statusField: key({
      check: text,
      default: "status",
      description: "Front-matter field holding the issue status.",
      doc: "front-matter field holding the issue status",
      init: { comment: ["Issues whose status is one of doneValues are skipped and satisfy dependencies."] }
    }),
    doneValues: key({
      check: nonEmptyList("non-empty strings"),
      default: ["done", "closed"],
      description: "Status values meaning done: such issues are skipped and satisfy dependencies.",
      doc: "status values meaning done: issues already done are skipped and satisfy dependencies"
    })
  }),
  runner: configSection("How codex is run.", {
    default: key({
      check: oneOf(RUNNER_KINDS),
      default: "codex-sdk",
      description: "The runner: codex-sdk (@openai/codex-sdk) or codex-cli (spawns `codex exec --json` itself).",
      doc: "`codex-sdk` (through `@openai/codex-sdk`) or `codex-cli` (spawns `codex exec --json` itself; `runner.codexPath`, else `codex` on `PATH`)",
      init: { comment: ['"codex-sdk" (default) or "codex-cli"; fallback is used only when the SDK runner cannot start.'] }
    }),
    fallback: key({
      check: oneOf(["codex-cli"]),
      description: "Runner used when the default runner cannot start at all (module or binary missing), never to retry the agent's failed work. No fallback when absent.",
      doc: "`codex-cli`: takes over only when the default runner cannot start at all (module or binary missing), never to retry the agent's failed work; the switch is announced as a warning and every phase result records its `runner`",
      shownDefault: "none"
    }),
    model: key({
      check: text,
      description: "Model passed to codex; codex's default when absent.",
      doc: "model passed to codex",
      shownDefault: "codex default",
      init: { example: '"gpt-5.5"' }
    }),
    reasoningEffort: key({
      check: oneOf(REASONING_EFFORTS),
      description: "Reasoning effort passed to codex; codex's default when absent.",
      doc: "reasoning effort passed to codex",
      shownDefault: "codex default"
    }),
    sandbox: key({
      check: oneOf(SANDBOX_MODES),
      default: "workspace-write",
      description: "Codex sandbox mode.",
      doc: "codex sandbox mode (`read-only`, `workspace-write`, `danger-full-access`)"
    }),
    codexPath: key({
      check: text,
      description: "Path of the codex executable; the bundled @openai/codex when absent.",
      doc: "path of the codex executable",
      shownDefault: "bundled `@openai/codex`"
    }),
    config: key({
      check: tomlTable,
      default: {},
      description: "Passed through as codex --config overrides (e.g. a custom model_providers entry). Values must be representable in TOML: no null.",
      doc: "codex `--config` overrides, e.g. a custom `model_providers` entry",
      init: { comment: ["codex --config overrides, e.g. a model_providers entry (orchestrator init --provider azure|custom)."] }
    }),
    env: key({
      check: envMap,
      default: {},
      description: "Extra environment for codex. Values may be ${VAR} references to your environment; they are never logged.",
      doc: "secrets for codex's model provider (e.g. `OPENAI_API_KEY: \"${OPENAI_API_KEY}\"`); values may be `${VAR}` references; every value of 4 or more characters is a secret: redacted everywhere and kept out of codex's and the agent's environment; the provider's key among them reaches only the key proxy (see [Secrets and the model key](#secrets-and-the-model-key))",
      init: {
        comment: ["codex reads OPENAI_API_KEY from your environment. Extra environment for codex only;", "${VAR} is expanded from your environment and never logged."],
        example: '{ OPENAI_API_KEY: "${OPENAI_API_KEY}" }'
      }
    }),
    phaseTimeoutMinutes: key({
      check: positiveNumber(MAX_TIMER_MINUTES),
      default: 60,
      description: `A phase running longer is aborted and counts as failed (at most ${MAX_TIMER_MINUTES}, about 24 days).`,
      doc: `a phase running longer is aborted and counts as failed (more than 0, at most ${MAX_TIMER_MINUTES}: the longest timer Node.js can arm)`
    }),
    idleTimeoutMinutes: key({
      check: positiveNumber(MAX_TIMER_MINUTES),
      default: 2,
      description: "A turn that gets nothing from the model endpoint this long (while no command runs) ends as a runner error naming the endpoint.",
      doc: "a turn that gets nothing from the model endpoint this long (while no command the agent started is running) ends as a runner error naming the endpoint; raise it for models whose single answers take longer"
    }),
    pricing: key({
      check: section({
        inputPerMTok: describe(nonNegativeNumber(), "USD per million input tokens not served from the cache."),
        cachedInputPerMTok: describe(nonNegativeNumber(), "USD per million cached input tokens."),
        outputPerMTok: describe(nonNegativeNumber(), "USD per million output tokens (reasoning included).")
      }),
      description: "USD per million tokens for the cost estimate, replacing the built-in price table (which knows only some models; others get costUsd null).",
      doc: "`{ inputPerMTok, cachedInputPerMTok, outputPerMTok }`: USD per million tokens for the cost estimate, replacing [src/report/prices.json](src/report/prices.json) (dated; a model missing there gets `costUsd: null`)",
      shownDefault: "built-in table"
    })
  }),
  review: configSection("The review loop.", {
    maxCycles: key({
      check: integer(0, 10),
      default: 2,
      description: "At most this many fix phases per issue, each followed by a review.",
      doc: "at most this many fix phases per issue",
      init: { comment: ["At most this many fix phases per issue, each followed by a review."] }
    }),
    failOn: key({
      check: list(oneOf(SEVERITIES), "severities"),
      default: ["blocker", "major", "minor"],
      description: "Severities that fail a review: a review `fail` whose findings are all of other severities counts as pass (the findings stay in the log).",
      doc: "severities that fail a review: a review `fail` whose findings are all of other severities counts as pass (so nits alone never cost a fix); `[]`: only the checks decide (see [Checks and when the loop stops](#checks-and-when-the-loop-stops))",
      init: { comment: ["A review that fails with findings of none of these severities counts as pass (nits never cost a fix)."] }
    })
  }),
  checks: key({
    check: list(
      section({
        name: describe(checkName, "Shown in the log and in the finding a failure becomes (`check <name> failed`)."),
        run: describe(text, "Shell command, run with `sh -c` in the issue worktree, sandboxed as the agent is."),
        timeoutMinutes: opt(describe(positiveNumber(MAX_TIMER_MINUTES), `A check running longer is killed and counts as failed (default ${DEFAULT_CHECK_TIMEOUT_MINUTES}).`))
      }),
      "checks ({ name, run, timeoutMinutes? })"
    ),
    default: [],
    description: "The repository's own commands (tests, linters), run by the engine in the issue worktree under the agent's sandbox after each dev and fix phase. An issue passes only with every check green.",
    doc: `\`[{ name, run, timeoutMinutes? }]\`: your own commands (\`sh -c\`), run by the engine in the issue worktree under the agent's sandbox after each dev and fix phase; an issue passes only with all of them green; \`timeoutMinutes\` defaults to ${DEFAULT_CHECK_TIMEOUT_MINUTES} (see [Checks and when the loop stops](#checks-and-when-the-loop-stops))`,
    init: {
      comment: [
        "Your own commands, run in the issue worktree under the agent's sandbox after each dev and fix phase;",
        "an issue passes only when all of them exit 0. For example:",
        'checks: [{ name: "tests", run: "npm test", timeoutMinutes: 10 }],'
      ]
    }
  }),
  prompts: configSection("Prompt templates. Each falls back to .orchestrator/prompts/<prompt-name>.md, then to the bundled default.", {
    dev: key({
      check: text,
      description: "Path (relative to the repository root) of the dev phase template (dev-auto-parallel).",
      confined: true,
      doc: "path of the dev phase's prompt template (see [Prompts](#prompts))",
      shownDefault: "bundled"
    }),
    review: key({
      check: text,
      description: "Path (relative to the repository root) of the review phase template (dev-auto-review-linear).",
      confined: true,
      doc: "path of the review phase's prompt template",
      shownDefault: "bundled"
    }),
    fix: key({
      check: text,
      description: "Path (relative to the repository root) of the fix phase template (dev-auto-fix-review).",
      confined: true,
      doc: "path of the fix phase's prompt template",
      shownDefault: "bundled"
    })
  }),
  worktrees: configSection("Issue worktrees and branches.", {
    root: key({ check: text, default: ".orchestrator/worktrees", description: "Where issue worktrees live (relative to the repository root, inside it).", doc: "where issue worktrees live", confined: true }),
    branchPrefix: key({
      check: branchPrefix,
      default: "orchestrator/",
      description: "Issue branch = prefix + issue id; must make valid git branch names, must not start with refs/, heads/, tags/, remotes/ or HEAD/, nor end with .lock.",
      doc: "issue branch = prefix + issue id"
    }),
    base: key({ check: text, default: "HEAD", description: "Commit the issue branches start from.", doc: "commit the issue branches start from" }),
    push: key({
      check: bool,
      default: false,
      description: "After an issue passes, push its branch to origin (never forced; a rejected push is reported on the issue).",
      doc: "push a passed issue's branch to `origin` (never forced)"
    }),
    stack: key({
      check: bool,
      default: true,
      description: "Start a dependent issue from its passed dependencies' branches.",
      doc: "start a dependent issue from its passed dependencies' branches",
      init: { comment: ["Start a dependent issue from its passed dependencies' branches."] }
    }),
    signCommits: key({
      check: bool,
      default: false,
      description: "Sign the engine's commits as git is configured to (commit.gpgSign, gpg.program); off by default, so no signer can block a run.",
      doc: "sign the engine's commits as your git config says (`commit.gpgSign`, `gpg.program`); off, engine commits are unsigned whatever the repository says, so no signer prompt can block a run",
      init: { comment: ["Sign the engine's commits as your git config says (off: no signer prompt can block a run)."] }
    })
  }),
  logs: configSection("Run logs.", {
    root: key({ check: text, default: ".orchestrator/logs", description: "Log root (relative to the repository root, inside it).", doc: "log root", confined: true })
  }),
  graphite: configSection(
    "Graphite stacks: each issue branch joins the stack on its passed dependency's branch (or trunk).",
    {
      enabled: key({
        check: bool,
        default: false,
        description: "Track each issue branch with gt track --parent <dependency branch or trunk>; needs gt on PATH and gt init in the repository.",
        doc: "put each issue branch on the Graphite stack (`gt track`, see [Graphite stacks](#graphite-stacks))"
      }),
      submit: key({
        check: bool,
        default: false,
        description: "Run gt submit --no-interactive in the issue's worktree after it passes (needs graphite.enabled).",
        doc: "`gt submit --no-interactive` a passed issue's branch (needs `graphite.enabled`)"
      }),
      draft: key({
        check: bool,
        default: true,
        description: "Submitted pull requests are drafts (gt submit --draft); false publishes them (--publish).",
        doc: "submitted pull requests are drafts (`--draft`); `false` publishes them (`--publish`)"
      })
    },
    ["Graphite stacks (gt track / gt submit), off unless enabled."]
  ),
  budget: configSection(
    "Spend caps, each off when absent. Tokens = input (cached included) + output (reasoning included), checked as codex reports usage.",
    {
      maxTokensPerIssue: key({
        check: integer(1, Number.MAX_SAFE_INTEGER),
        description: "Crossing it ends the issue failed (budget: \u2026) with the running phase's work committed.",
        doc: "crossing it ends the issue `failed` (`budget: \u2026`) with the running phase stopped and its work committed; later issues still run",
        shownDefault: "off"
      }),
      maxTokensPerRun: key({
        check: integer(1, Number.MAX_SAFE_INTEGER),
        description: "Crossing it ends the running issue failed and skips every issue not started (budget: \u2026).",
        doc: "crossing it does that and skips every issue not started (`budget: \u2026`)",
        shownDefault: "off"
      }),
      maxCostUsdPerRun: key({
        check: positiveNumber(Number.MAX_SAFE_INTEGER),
        description: "Estimated USD (runner.pricing or the built-in table); crossing it acts like maxTokensPerRun. Needs a known price.",
        doc: "the same for the estimated cost in USD; refused (exit 2) when no price is known for the model",
        shownDefault: "off"
      })
    },
    [
      "Spend caps, checked whenever codex reports usage; each is off until set, e.g.",
      "{ maxTokensPerIssue: 2000000, maxTokensPerRun: 10000000, maxCostUsdPerRun: 25 }.",
      "Tokens = input (cached included) + output (reasoning included). A cost cap needs a price for the",
      "model: the built-in table, or runner.pricing { inputPerMTok, cachedInputPerMTok, outputPerMTok } (USD)."
    ]
  ),
  github: configSection(
    "Pull requests for passed issue branches (needs a token in GITHUB_TOKEN and the repository from GITHUB_REPOSITORY or origin).",
    {
      pullRequests: key({
        check: oneOf(PULL_REQUEST_MODES),
        default: "off",
        description: "draft or ready: after a passed issue's branch is pushed (on implies worktrees.push), open its pull request or update the open one, based on the dependency branch it is stacked on, else worktrees.base's branch.",
        doc: '`"draft"` or `"ready"`: open, or update, a pull request per passed issue after its branch is pushed (turns `worktrees.push` on; not with `graphite.submit`); see [Pull requests](#pull-requests)'
      }),
      labels: key({
        check: list(label, "label names (1 to 50 characters)"),
        default: [],
        description: "Labels added to every pull request the engine opens or updates.",
        doc: "labels added to every pull request the engine opens or updates (1 to 50 characters each)",
        normalize: (labels) => [...new Set(labels)]
      })
    },
    ['A pull request per passed issue: "off", "draft" or "ready" (needs GITHUB_TOKEN; on implies worktrees.push).']
  )
};

// src/config/key-path.ts
var PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;
function joinKey(parent, key2) {
  if (typeof key2 === "number") return `${parent}[${key2}]`;
  if (PLAIN_KEY.test(key2)) return parent ? `${parent}.${key2}` : key2;
  return `${parent}[${JSON.stringify(key2)}]`;
}
function splitTypanionError(error) {
  let i = 0;
  let key2 = "";
  for (; ; ) {
    if (error.startsWith(": ", i)) return { key: key2, message: error.slice(i + 2) };
    const ident = /^\.([a-zA-Z_][a-zA-Z0-9_]*)/.exec(error.slice(i));
    if (ident?.[1]) {
      key2 = joinKey(key2, ident[1]);
      i += ident[0].length;
      continue;
    }
    if (error[i] === ".") {
      i += 1;
      continue;
    }
    const index = /^\[(\d+)\]/.exec(error.slice(i));
    if (index?.[1]) {
      key2 = joinKey(key2, Number(index[1]));
      i += index[0].length;
      continue;
    }
    const quoted = /^\[("(?:[^"\\]|\\.)*")\]/.exec(error.slice(i));
    if (quoted?.[1]) {
      key2 = joinKey(key2, JSON.parse(quoted[1]));
      i += quoted[0].length;
      continue;
    }
    return { key: "", message: error };
  }
}
function formatKey(path) {
  return path.reduce((parent, key2) => joinKey(parent, key2), "");
}

// src/config/derive.ts
var isSection = (def) => "section" in def;
function keysOf(def) {
  return Object.entries(def).flatMap(([name, d]) => isSection(d) ? Object.entries(d.keys).map(([k, key2]) => ({ path: [name, k], key: key2 })) : [{ path: [name], key: d }]);
}
function keySchema(key2) {
  return key2.default === void 0 ? { description: key2.description } : { description: key2.description, default: key2.default };
}
function shapeOf(def) {
  const props = { $schema: opt(describe(anyString, "JSON Schema this file follows, for editors (ignored by orchestrator).")) };
  for (const [name, d] of Object.entries(def)) {
    if (isSection(d)) {
      const keys = Object.fromEntries(Object.entries(d.keys).map(([k, key2]) => [k, opt(describe(key2.check, key2.description, keySchema(key2)))]));
      props[name] = opt(describe(section(keys), d.description));
    } else {
      props[name] = opt(describe(d.check, d.description, keySchema(d)));
    }
  }
  return section(props);
}
function copy(value) {
  if (Array.isArray(value)) return value.map(copy);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => v === void 0 ? [] : [[k, copy(v)]]));
  return value;
}
function resolveKey(key2, given) {
  const value = given !== void 0 ? given : key2.default;
  if (value === void 0) return void 0;
  return key2.normalize ? key2.normalize(copy(value)) : copy(value);
}
function resolveConfig(def, user) {
  const out = {};
  for (const [name, d] of Object.entries(def)) {
    const given = user[name];
    if (isSection(d)) {
      const values = {};
      for (const [k, key2] of Object.entries(d.keys)) {
        const value = resolveKey(key2, isPlainObject(given) ? given[k] : void 0);
        if (value !== void 0) values[k] = value;
      }
      out[name] = values;
    } else {
      const value = resolveKey(d, given);
      if (value !== void 0) out[name] = value;
    }
  }
  return out;
}
function deepFreeze(value) {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
function defaultsOf(def) {
  return deepFreeze(resolveConfig(def, {}));
}
function literal(value) {
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (isPlainObject(value)) {
    const members = Object.entries(value).map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${literal(v)}`);
    return members.length === 0 ? "{}" : `{ ${members.join(", ")} }`;
  }
  return JSON.stringify(value);
}
function initBodyOf(def, overrides = {}) {
  const keyLines = (path, key2, indent) => {
    const name = path[path.length - 1];
    const comment = (key2.init?.comment ?? []).map((line) => `${indent}// ${line}`);
    const override = overrides[formatKey(path)];
    if (override) return [...comment, ...override.map((line) => `${indent}${line}`)];
    if (key2.init?.example !== void 0) return [...comment, `${indent}// ${name}: ${key2.init.example},`];
    if (key2.default !== void 0) return [...comment, `${indent}${name}: ${literal(key2.default)},`];
    return [];
  };
  const lines = ["{"];
  for (const [name, d] of Object.entries(def)) {
    if (!isSection(d)) {
      lines.push(...keyLines([name], d, "  "));
      continue;
    }
    const inner = Object.entries(d.keys).flatMap(([k, key2]) => keyLines([name, k], key2, "    "));
    const comment = (d.init ?? []).map((line) => `  // ${line}`);
    if (inner.length > 0) lines.push(...comment, `  ${name}: {`, ...inner, "  },");
    else if (comment.length > 0) lines.push(...comment, `  ${name}: {},`);
  }
  lines.push("}");
  return lines.join("\n");
}

// src/config/safe-paths.ts
import { lstatSync, readFileSync, realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

// src/config/rules.ts
function rawAt(raw, path) {
  let value = raw;
  for (const part of path) value = isPlainObject(value) ? value[part] : void 0;
  return value;
}
var GRAPHITE_SUBMIT = ["graphite", "submit"];
var GRAPHITE_ENABLED = ["graphite", "enabled"];
var PULL_REQUESTS = ["github", "pullRequests"];
function duplicateCheckProblems(raw, file) {
  const checks = isPlainObject(raw) && Array.isArray(raw.checks) ? raw.checks : [];
  const seen = /* @__PURE__ */ new Map();
  const problems = [];
  checks.forEach((check, i) => {
    const name = isPlainObject(check) ? check.name : void 0;
    if (typeof name !== "string") return;
    const first = seen.get(name);
    if (first === void 0) seen.set(name, i);
    else problems.push({ code: "CONFIG_INVALID", file, key: formatKey(["checks", i, "name"]), message: `${printable(name)} is already the name of ${formatKey(["checks", first])}`, hint: "Give every check its own name." });
  });
  return problems;
}
function dependentKeyProblems(raw, file) {
  const problems = [];
  if (rawAt(raw, GRAPHITE_SUBMIT) === true && rawAt(raw, GRAPHITE_ENABLED) !== true) {
    problems.push({ code: "CONFIG_INVALID", file, key: formatKey(GRAPHITE_SUBMIT), message: "needs graphite.enabled: true (only branches on the stack can be submitted)", hint: "Set graphite.enabled to true, or remove graphite.submit." });
  }
  const prs = rawAt(raw, PULL_REQUESTS);
  if (rawAt(raw, GRAPHITE_SUBMIT) === true && (prs === "draft" || prs === "ready")) {
    problems.push({ code: "CONFIG_INVALID", file, key: formatKey(PULL_REQUESTS), message: "cannot be used with graphite.submit (gt submit opens the pull requests then)", hint: 'Set github.pullRequests to "off", or graphite.submit to false.' });
  }
  return problems;
}
function crossKeyProblems(raw, file) {
  return [...dependentKeyProblems(raw, file), ...duplicateCheckProblems(raw, file)];
}

// src/config/safe-paths.ts
function within(dir, path) {
  const rel = relative(dir, path);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
function realish(path) {
  const missing = [];
  for (let at = path; ; at = dirname(at)) {
    try {
      return join(realpathSync.native(at), ...missing.reverse());
    } catch {
      if (dirname(at) === at) return path;
      missing.push(basename(at));
    }
  }
}
function readGitPointer(file) {
  try {
    const text2 = readFileSync(file, "utf8");
    return /^gitdir:\s*(.+?)\s*$/m.exec(text2)?.[1];
  } catch {
    return void 0;
  }
}
function gitDirectories(repoRoot) {
  const dotGit = join(repoRoot, ".git");
  let gitDir = dotGit;
  try {
    if (lstatSync(dotGit).isFile()) {
      const pointer = readGitPointer(dotGit);
      if (pointer !== void 0) gitDir = resolve(repoRoot, pointer);
    }
  } catch {
    return [realish(dotGit)];
  }
  const dirs = /* @__PURE__ */ new Set([realish(dotGit), realish(gitDir)]);
  try {
    const common = readFileSync(join(gitDir, "commondir"), "utf8").trim();
    if (common !== "") dirs.add(realish(resolve(gitDir, common)));
  } catch {
  }
  return [...dirs];
}
var OUTPUT_KEYS = ["logs.root", "worktrees.root"];
function staticPart(pattern) {
  const parts = pattern.split("/");
  const first = parts.findIndex((p) => /[*?[\]{}()!+@]/.test(p));
  const cut = first < 0 ? parts.length - 1 : first;
  return { base: parts.slice(0, cut).join("/"), dynamic: parts.slice(cut).join("/") };
}
function globEscape(repoRoot, pattern) {
  if (pattern.startsWith("!")) return void 0;
  const { base, dynamic } = staticPart(pattern);
  if (!within(repoRoot, resolve(repoRoot, base || "."))) return `its fixed part ${JSON.stringify(base || "/")} is outside the repository`;
  if (/(?:^|[/{,(|])\.\.(?:$|[/},)|])/.test(dynamic)) return 'a ".." after a wildcard could leave the repository';
  return void 0;
}
function repoSafetyProblems(values, file, repoRoot) {
  const problems = [];
  const gitDirs = gitDirectories(repoRoot);
  for (const key2 of OUTPUT_KEYS) {
    const value = values[key2];
    if (typeof value !== "string" || value === "") continue;
    const absolute = resolve(repoRoot, value);
    if (!within(repoRoot, absolute)) continue;
    const real = realish(absolute);
    const hit = gitDirs.find((dir) => within(dir, real));
    const named = relative(repoRoot, absolute).split(sep).some((part) => part.toLowerCase() === ".git");
    if (hit === void 0 && !named) continue;
    problems.push({
      code: "CONFIG_INVALID",
      file,
      key: key2,
      message: `${JSON.stringify(value)}${real !== absolute ? ` (through a symbolic link: ${real})` : ""} is inside the repository's git directory${hit ? ` (${hit})` : ""}; the engine would write its files among git's refs and objects`,
      hint: key2 === "logs.root" ? 'Use a folder outside .git, e.g. ".orchestrator/logs".' : 'Use a folder outside .git, e.g. ".orchestrator/worktrees".'
    });
  }
  const paths = values["issues.paths"];
  if (Array.isArray(paths)) {
    paths.forEach((pattern, index) => {
      if (typeof pattern !== "string") return;
      const why = globEscape(repoRoot, pattern);
      if (why === void 0) return;
      problems.push({
        code: "CONFIG_INVALID",
        file,
        key: `issues.paths[${index}]`,
        message: `${JSON.stringify(pattern)} reaches outside the repository: ${why}`,
        hint: 'Write issue globs relative to the repository root, e.g. "docs/issues/**/*.md".'
      });
    });
  }
  return problems;
}
async function trackedWorktreesRootProblem(git, repoRoot, root, file) {
  const listed = await git.run(repoRoot, ["ls-files", "-z", "--", `:(literal)${root}`]);
  if (!listed.ok) return listed.problems[0] ?? null;
  const tracked = listed.value.split("\0").filter((f) => f !== "");
  if (tracked.length === 0) return null;
  const shown = tracked.slice(0, 3).join(", ");
  return {
    code: "CONFIG_INVALID",
    file,
    key: "worktrees.root",
    message: `${JSON.stringify(root)} holds ${tracked.length} tracked file${tracked.length === 1 ? "" : "s"} (${shown}${tracked.length > 3 ? ", \u2026" : ""}); the engine's .gitignore there would hide new files from git`,
    hint: 'Point worktrees.root at a folder of its own, e.g. ".orchestrator/worktrees".'
  };
}
var CONFINED_PATH_KEYS = keysOf(CONFIG_DEFINITION).filter(({ key: key2 }) => key2.confined).sort((a, b) => Number(b.key.default !== void 0) - Number(a.key.default !== void 0)).map(({ path }) => path);
function insideRepo(repoRoot, path) {
  const rel = relative(repoRoot, resolve(repoRoot, path));
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return void 0;
  return rel;
}
function confinedPathProblems(raw, file, repoRoot) {
  const problems = [];
  for (const path of CONFINED_PATH_KEYS) {
    const value = rawAt(raw, path);
    if (typeof value !== "string" || value === "" || insideRepo(repoRoot, value) !== void 0) continue;
    problems.push({
      code: "CONFIG_INVALID",
      file,
      key: formatKey(path),
      message: `${printable(value)} resolves to ${resolve(repoRoot, value)}, which is not inside the repository ${repoRoot}`,
      hint: "Use a path relative to the repository root that stays inside it, e.g. .orchestrator/logs."
    });
  }
  return problems;
}
function confinePaths(config, repoRoot) {
  const copy2 = structuredClone(config);
  for (const [section2, name] of CONFINED_PATH_KEYS) {
    const holder = name === void 0 ? void 0 : copy2[section2];
    const path = holder?.[name];
    if (holder && typeof path === "string") holder[name] = insideRepo(repoRoot, path) ?? path;
  }
  return copy2;
}

// src/config/validate.ts
var DEFAULT_CONFIG = defaultsOf(CONFIG_DEFINITION);
var configShape = shapeOf(CONFIG_DEFINITION);
function toProblem(error, file) {
  const { key: key2, message } = splitTypanionError(error);
  const text2 = message === "Unsafe property name" ? "unknown key (reserved name)" : message;
  return key2 ? { code: "CONFIG_INVALID", file, key: key2, message: text2 } : { code: "CONFIG_INVALID", file, message: text2 };
}
function validateConfig(raw, file, repoRoot) {
  if (!isPlainObject(raw)) {
    return fail({
      code: "CONFIG_INVALID",
      file,
      message: `the config must be an object of settings, got ${printable(raw)}`,
      hint: "Write a JSON object, or `export default { \u2026 }` in a .ts/.mjs/.js config."
    });
  }
  const errors = [];
  const valid = configShape(raw, { errors });
  const problems = [
    ...errors.map((e) => toProblem(e, file)),
    ...crossKeyProblems(raw, file),
    ...repoRoot === void 0 ? [] : confinedPathProblems(raw, file, repoRoot),
    // Defaults too: a committed `.orchestrator -> .git` link would put the default roots in the git dir.
    ...repoRoot === void 0 ? [] : repoSafetyProblems(
      {
        "logs.root": rawAt(raw, ["logs", "root"]) ?? DEFAULT_CONFIG.logs.root,
        "worktrees.root": rawAt(raw, ["worktrees", "root"]) ?? DEFAULT_CONFIG.worktrees.root,
        "issues.paths": rawAt(raw, ["issues", "paths"])
      },
      file,
      repoRoot
    )
  ];
  if (!valid || problems.length > 0) return fail(problems);
  const config = resolveConfig(CONFIG_DEFINITION, raw);
  return ok(repoRoot === void 0 ? config : confinePaths(config, repoRoot));
}

export {
  joinKey,
  formatKey,
  DEFAULT_CHECK_TIMEOUT_MINUTES,
  CONFIG_DEFINITION,
  initBodyOf,
  trackedWorktreesRootProblem,
  DEFAULT_CONFIG,
  validateConfig
};
//# sourceMappingURL=chunk-TMII7X7T.js.map
