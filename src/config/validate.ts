import { isAbsolute, relative, resolve, sep } from "node:path";
import * as t from "typanion";
import { fail, ok, type Problem, type Result } from "../errors";
import { splitTypanionError } from "./key-path";
import { repoSafetyProblems } from "./safe-paths";
import type { CheckConfig, OrchestratorConfig, PullRequestMode, ReasoningEffort, RunnerKind, SandboxMode, Severity } from "./types";
import { branchPrefixProblem } from "../git/naming";

const RUNNER_KINDS: readonly RunnerKind[] = ["codex-sdk", "codex-cli"];
const RUNNER_FALLBACKS: readonly "codex-cli"[] = ["codex-cli"];
const SANDBOX_MODES: readonly SandboxMode[] = ["read-only", "workspace-write", "danger-full-access"];
const REASONING_EFFORTS: readonly ReasoningEffort[] = ["minimal", "low", "medium", "high", "xhigh"];
const PULL_REQUEST_MODES: readonly PullRequestMode[] = ["off", "draft", "ready"];
export const SEVERITIES: readonly Severity[] = ["blocker", "major", "minor", "nit"];
/** A check runs 10 minutes at most unless it says otherwise. */
export const DEFAULT_CHECK_TIMEOUT_MINUTES = 10;

/** Node timers overflow past 2^31-1 ms and then fire at once; a longer phase timeout would abort immediately. */
const MAX_PHASE_TIMEOUT_MINUTES = Math.floor((2 ** 31 - 1) / 60_000);

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** SPEC §1 defaults. Optional keys without a default (model, fallback, prompts, …) stay absent. */
export const DEFAULT_CONFIG: Readonly<OrchestratorConfig> = deepFreeze({
  issues: {
    paths: ["docs/issues/**/*.md"],
    idField: "id",
    milestoneField: "milestone",
    dependencyFields: ["depends_on"],
    statusField: "status",
    doneValues: ["done", "closed"],
  },
  runner: {
    default: "codex-sdk",
    sandbox: "workspace-write",
    config: {},
    env: {},
    phaseTimeoutMinutes: 60,
    idleTimeoutMinutes: 2,
  },
  review: { maxCycles: 2, failOn: ["blocker", "major", "minor"] },
  checks: [],
  prompts: {},
  worktrees: {
    root: ".orchestrator/worktrees",
    branchPrefix: "orchestrator/",
    base: "HEAD",
    push: false,
    stack: true,
    signCommits: false,
  },
  logs: { root: ".orchestrator/logs" },
  graphite: { enabled: false, submit: false, draft: true },
  budget: {},
  github: { pullRequests: "off", labels: [] },
});

// ---------------------------------------------------------------------------------------------------------
// Leaf checks. Typanion walks the structure and collects every error with its path; the leaves write their
// own messages in the form `expected …, got …` (typanion's wording is not the one SPEC §1 shows).

type Check<T> = t.StrictValidator<unknown, T>;

function report(state: t.ValidationState | undefined, message: string): false {
  state?.errors?.push(`${state.p ?? "."}: ${message}`);
  return false;
}

/** Typanion's own path syntax, so one parser reads every error whoever pushed it. */
function childPath(parent: string | undefined, key: string | number): string {
  if (typeof key === "number") return `${parent ?? "."}[${key}]`;
  if (/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(key)) return `${parent ?? ""}.${key}`;
  return `${parent ?? "."}[${JSON.stringify(key)}]`;
}

/** Plain data only: `{…}` literals, JSON objects, `Object.create(null)`; not Maps, class instances or arrays. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** How a value is shown in a message: short, and never throws (BigInt, symbols, cycles). */
function printable(value: unknown): string {
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

function leaf<T>(expected: string, accepts: (value: unknown) => boolean): Check<T> {
  return t.makeValidator<unknown, T>({
    test: (value, state): value is T => accepts(value) || report(state, `expected ${expected}, got ${printable(value)}`),
  });
}

const anyString = leaf<string>("a string", (v) => typeof v === "string");
const text = leaf<string>("a non-empty string", (v) => typeof v === "string" && v.length > 0);
const bool = leaf<boolean>("true or false", (v) => typeof v === "boolean");
/** GitHub's own limit on a label name. */
const label = leaf<string>("a label name of 1 to 50 characters", (v) => typeof v === "string" && v.trim().length > 0 && v.length <= 50);

function oneOf<T extends string>(values: readonly T[]): Check<T> & { values: readonly T[] } {
  const check = leaf<T>(`one of ${values.map((v) => JSON.stringify(v)).join(", ")}`, (v) => (values as readonly unknown[]).includes(v));
  return Object.assign(check, { values });
}

function integer(min: number, max: number): Check<number> {
  return leaf<number>(`an integer from ${min} to ${max}`, (v) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max);
}

function positiveNumber(max: number): Check<number> {
  return leaf<number>(`a number greater than 0 and at most ${max}`, (v) => typeof v === "number" && v > 0 && v <= max);
}

function nonNegativeNumber(): Check<number> {
  return leaf<number>("a number of 0 or more", (v) => typeof v === "number" && Number.isFinite(v) && v >= 0);
}

function list<T>(item: Check<T>, what: string, { nonEmpty = false } = {}): Check<T[]> {
  const items = t.isArray(item);
  return t.makeValidator<unknown, T[]>({
    test: (value, state): value is T[] => {
      if (!Array.isArray(value)) return report(state, `expected an array of ${what}, got ${printable(value)}`);
      if (nonEmpty && value.length === 0) return report(state, `expected at least one entry, got an empty array`);
      return items(value, state);
    },
  });
}

// The prefix check lives with the git naming it guards; config validation reports what it finds.
export { branchPrefixProblem };

/** Check names appear in log lines, findings and file headers: short, printable, one line. */
const CHECK_NAME = /^[A-Za-z0-9][A-Za-z0-9._:/ -]{0,63}$/;
const checkName = leaf<string>("a check name (letters, digits, space . _ : / -; at most 64 characters, starting with a letter or digit)", (v) => typeof v === "string" && CHECK_NAME.test(v));

const branchPrefix = t.makeValidator<unknown, string>({
  test: (value, state): value is string => {
    if (typeof value !== "string") return report(state, `expected a string, got ${printable(value)}`);
    const problem = branchPrefixProblem(value);
    return problem === undefined || report(state, `${printable(value)} is not a valid git branch prefix: it ${problem}`);
  },
});

/** Names and string values; an `undefined` value (an unset `process.env.X` in a module config) means absent. */
const envMap = t.makeValidator<unknown, Record<string, string | undefined>>({
  test: (value, state): value is Record<string, string | undefined> => {
    if (!isPlainObject(value)) return report(state, `expected an object of environment variables (name: string), got ${printable(value)}`);
    let valid = true;
    for (const [name, v] of Object.entries(value)) {
      const at = { ...state, p: childPath(state?.p, name) };
      if (!/^[^=\0]+$/.test(name)) valid = report(at, 'environment variable names must be non-empty and contain no "=" or NUL');
      else if (v !== undefined && typeof v !== "string") valid = report(at, `expected a string (use "\${VAR}" to reference your environment), got ${printable(v)}`);
    }
    return valid;
  },
});

/**
 * `runner.config` is handed to codex as `--config key=value` overrides written in TOML, so it holds what TOML
 * can say: strings, finite numbers, booleans, arrays and tables; no null, no empty keys.
 */
function tomlValue(value: unknown, state: t.ValidationState | undefined, ancestors: Set<object>): boolean {
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
    for (const [key, child] of Object.entries(value)) {
      const p = childPath(state?.p, key);
      if (key === "") valid = report({ ...state, p }, "keys must be non-empty");
      // codex itself skips undefined members; anything else must be representable.
      else if (child !== undefined) valid = tomlValue(child, { ...state, p }, ancestors) && valid;
    }
  }
  ancestors.delete(value);
  return valid;
}

const tomlTable = t.makeValidator<unknown, Record<string, unknown>>({
  test: (value, state): value is Record<string, unknown> =>
    isPlainObject(value) ? tomlValue(value, state, new Set()) : report(state, `expected an object of codex config overrides, got ${printable(value)}`),
});

// ---------------------------------------------------------------------------------------------------------
// Sections: closed objects. An unknown key is an error, with the closest known key suggested.

/** Edits (insert, delete, substitute, swap two neighbours) between a and b: `modle` is 1 from `model`. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

function unknownKeyMessage(key: string, known: readonly string[]): string {
  const lower = key.toLowerCase();
  const close = known
    .map((k) => ({ k, d: editDistance(lower, k.toLowerCase()) }))
    .filter(({ d }) => d <= Math.max(1, Math.floor(key.length / 3)))
    .sort((a, b) => a.d - b.d)[0];
  if (close) return `unknown key; did you mean "${close.k}"?`;
  return `unknown key; expected one of: ${known.join(", ")}`;
}

function unknownKeys(known: readonly string[]): Check<Record<never, never>> {
  return t.makeValidator<unknown, Record<never, never>>({
    test: (extra, state): extra is Record<never, never> => {
      const keys = Object.keys(extra as object);
      for (const key of keys) report({ ...state, p: childPath(state?.p, key) }, unknownKeyMessage(key, known));
      return keys.length === 0;
    },
  });
}

function section<P extends { [key: string]: t.AnyStrictValidator }>(props: P) {
  const known = Object.keys(props).filter((k) => k !== "$schema");
  const closed = t.isObject(props, { extra: unknownKeys(known) });
  type Shape = t.InferType<typeof closed>;
  const check = t.makeValidator<unknown, Shape>({
    test: (value, state): value is Shape => (isPlainObject(value) ? closed(value, state) : report(state, `expected an object, got ${printable(value)}`)),
  });
  return Object.assign(check, { properties: props });
}

/** What the schema sync test reads off the validators: section keys and enum values. */
export interface ShapeInfo {
  properties?: Record<string, Check<unknown> & ShapeInfo>;
  values?: readonly string[];
}

/** Optional, keeping the `.properties` / `.values` that typanion's isOptional would drop. */
function opt<T extends t.AnyStrictValidator>(check: T): Check<t.InferType<T> | undefined> & ShapeInfo {
  const { properties, values } = check as ShapeInfo;
  return Object.assign(t.isOptional(check), properties ? { properties } : {}, values ? { values } : {});
}

/**
 * The whole user-facing shape (SPEC §1). Sections expose `.properties` and enum leaves `.values`, which the
 * JSON Schema sync test walks to keep `schema/config.schema.json` identical in keys and enums.
 */
export const configShape = section({
  $schema: opt(anyString),
  issues: opt(
    section({
      paths: opt(list(text, "non-empty glob strings", { nonEmpty: true })),
      idField: opt(text),
      milestoneField: opt(text),
      dependencyFields: opt(list(text, "non-empty field names")),
      statusField: opt(text),
      doneValues: opt(list(text, "non-empty strings")),
    }),
  ),
  runner: opt(
    section({
      default: opt(oneOf(RUNNER_KINDS)),
      fallback: opt(oneOf(RUNNER_FALLBACKS)),
      model: opt(text),
      reasoningEffort: opt(oneOf(REASONING_EFFORTS)),
      sandbox: opt(oneOf(SANDBOX_MODES)),
      codexPath: opt(text),
      config: opt(tomlTable),
      env: opt(envMap),
      phaseTimeoutMinutes: opt(positiveNumber(MAX_PHASE_TIMEOUT_MINUTES)),
      idleTimeoutMinutes: opt(positiveNumber(MAX_PHASE_TIMEOUT_MINUTES)),
      pricing: opt(section({ inputPerMTok: nonNegativeNumber(), cachedInputPerMTok: nonNegativeNumber(), outputPerMTok: nonNegativeNumber() })),
    }),
  ),
  review: opt(section({ maxCycles: opt(integer(0, 10)), failOn: opt(list(oneOf(SEVERITIES), "severities")) })),
  checks: opt(list(section({ name: checkName, run: text, timeoutMinutes: opt(positiveNumber(MAX_PHASE_TIMEOUT_MINUTES)) }), "checks ({ name, run, timeoutMinutes? })")),
  prompts: opt(section({ dev: opt(text), review: opt(text), fix: opt(text) })),
  worktrees: opt(
    section({
      root: opt(text),
      branchPrefix: opt(branchPrefix),
      base: opt(text),
      push: opt(bool),
      stack: opt(bool),
      signCommits: opt(bool),
    }),
  ),
  logs: opt(section({ root: opt(text) })),
  graphite: opt(section({ enabled: opt(bool), submit: opt(bool), draft: opt(bool) })),
  budget: opt(
    section({
      maxTokensPerIssue: opt(integer(1, Number.MAX_SAFE_INTEGER)),
      maxTokensPerRun: opt(integer(1, Number.MAX_SAFE_INTEGER)),
      maxCostUsdPerRun: opt(positiveNumber(Number.MAX_SAFE_INTEGER)),
    }),
  ),
  github: opt(section({ pullRequests: opt(oneOf(PULL_REQUEST_MODES)), labels: opt(list(label, "label names (1 to 50 characters)")) })),
});

type UserShape = t.InferType<typeof configShape>;

// ---------------------------------------------------------------------------------------------------------

/** Own keys whose value is not undefined (an `.mjs` config may spell "absent" as `undefined`). */
function present<T extends object>(section: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(section ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function applyDefaults(user: UserShape): OrchestratorConfig {
  const d = DEFAULT_CONFIG;
  const issues = present(user.issues);
  const runner = present(user.runner);
  return {
    issues: {
      ...d.issues,
      ...issues,
      paths: [...(issues.paths ?? d.issues.paths)],
      dependencyFields: [...(issues.dependencyFields ?? d.issues.dependencyFields)],
      doneValues: [...(issues.doneValues ?? d.issues.doneValues)],
    },
    runner: { ...d.runner, ...runner, config: { ...runner.config }, env: present(runner.env) as Record<string, string> },
    review: { ...d.review, ...present(user.review), failOn: [...(user.review?.failOn ?? d.review.failOn)] },
    checks: (user.checks ?? []).map((c) => ({ name: c.name, run: c.run, ...(c.timeoutMinutes === undefined ? {} : { timeoutMinutes: c.timeoutMinutes }) }) as CheckConfig),
    prompts: present(user.prompts),
    worktrees: { ...d.worktrees, ...present(user.worktrees) },
    logs: { ...d.logs, ...present(user.logs) },
    graphite: { ...d.graphite, ...present(user.graphite) },
    budget: present(user.budget),
    github: { ...d.github, ...present(user.github), labels: [...new Set(present(user.github).labels ?? d.github.labels)] },
  };
}

/** Keys naming paths the engine reads or writes; they must stay inside the repository. */
const CONFINED_PATH_KEYS = ["worktrees.root", "logs.root", "prompts.dev", "prompts.review", "prompts.fix"] as const;

function rawAt(raw: unknown, key: string): unknown {
  let value = raw;
  for (const part of key.split(".")) value = isPlainObject(value) ? value[part] : undefined;
  return value;
}

/** Repo-relative form of `path`, or undefined when it resolves to the repo root itself or outside it. */
function insideRepo(repoRoot: string, path: string): string | undefined {
  const rel = relative(repoRoot, resolve(repoRoot, path));
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel;
}

function confinedPathProblems(raw: unknown, file: string, repoRoot: string): Problem[] {
  const problems: Problem[] = [];
  for (const key of CONFINED_PATH_KEYS) {
    const value = rawAt(raw, key);
    if (typeof value !== "string" || value === "" || insideRepo(repoRoot, value) !== undefined) continue;
    problems.push({
      code: "CONFIG_INVALID",
      file,
      key,
      message: `${printable(value)} resolves to ${resolve(repoRoot, value)}, which is not inside the repository ${repoRoot}`,
      hint: "Use a path relative to the repository root that stays inside it, e.g. .orchestrator/logs.",
    });
  }
  return problems;
}

function confinePaths(config: OrchestratorConfig, repoRoot: string): OrchestratorConfig {
  const rel = (path: string) => insideRepo(repoRoot, path) ?? path;
  const prompts: OrchestratorConfig["prompts"] = {};
  for (const phase of ["dev", "review", "fix"] as const) {
    const path = config.prompts[phase];
    if (path !== undefined) prompts[phase] = rel(path);
  }
  return {
    ...config,
    worktrees: { ...config.worktrees, root: rel(config.worktrees.root) },
    logs: { root: rel(config.logs.root) },
    prompts,
  };
}

/** Two checks of one name would share a finding id and a log header. */
function duplicateCheckProblems(raw: unknown, file: string): Problem[] {
  const checks = isPlainObject(raw) && Array.isArray(raw.checks) ? (raw.checks as unknown[]) : [];
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  checks.forEach((check, i) => {
    const name = isPlainObject(check) ? check.name : undefined;
    if (typeof name !== "string") return;
    const first = seen.get(name);
    if (first === undefined) seen.set(name, i);
    else problems.push({ code: "CONFIG_INVALID", file, key: `checks[${i}].name`, message: `${printable(name)} is already the name of checks[${first}]`, hint: "Give every check its own name." });
  });
  return problems;
}

/** Keys that only make sense together. */
function dependentKeyProblems(raw: unknown, file: string): Problem[] {
  const problems: Problem[] = [];
  if (rawAt(raw, "graphite.submit") === true && rawAt(raw, "graphite.enabled") !== true) {
    problems.push({ code: "CONFIG_INVALID", file, key: "graphite.submit", message: "needs graphite.enabled: true (only branches on the stack can be submitted)", hint: "Set graphite.enabled to true, or remove graphite.submit." });
  }
  const prs = rawAt(raw, "github.pullRequests");
  if (rawAt(raw, "graphite.submit") === true && (prs === "draft" || prs === "ready")) {
    // Both open a pull request per branch: two owners of one PR would fight over its base and body.
    problems.push({ code: "CONFIG_INVALID", file, key: "github.pullRequests", message: "cannot be used with graphite.submit (gt submit opens the pull requests then)", hint: 'Set github.pullRequests to "off", or graphite.submit to false.' });
  }
  return problems;
}

function toProblem(error: string, file: string): Problem {
  const { key, message } = splitTypanionError(error);
  // Typanion's only own message we can meet: `__proto__` / `constructor` keys, which are never config keys.
  const text = message === "Unsafe property name" ? "unknown key (reserved name)" : message;
  return key ? { code: "CONFIG_INVALID", file, key, message: text } : { code: "CONFIG_INVALID", file, message: text };
}

/**
 * Validates a loaded config as a whole (SPEC §1): every problem comes back, each with its key path; unknown
 * keys are errors. With `repoRoot`, path keys must stay inside the repository and come back repo-relative.
 */
export function validateConfig(raw: unknown, file: string, repoRoot?: string): Result<OrchestratorConfig> {
  if (!isPlainObject(raw)) {
    return fail({
      code: "CONFIG_INVALID",
      file,
      message: `the config must be an object of settings, got ${printable(raw)}`,
      hint: "Write a JSON object, or `export default { … }` in a .ts/.mjs/.js config.",
    });
  }
  const errors: string[] = [];
  const valid = configShape(raw, { errors });
  const problems = [
    ...errors.map((e) => toProblem(e, file)),
    ...dependentKeyProblems(raw, file),
    ...duplicateCheckProblems(raw, file),
    ...(repoRoot === undefined ? [] : confinedPathProblems(raw, file, repoRoot)),
    // Defaults too: a committed `.orchestrator -> .git` link would put the default roots in the git dir.
    ...(repoRoot === undefined
      ? []
      : repoSafetyProblems(
          {
            "logs.root": rawAt(raw, "logs.root") ?? DEFAULT_CONFIG.logs.root,
            "worktrees.root": rawAt(raw, "worktrees.root") ?? DEFAULT_CONFIG.worktrees.root,
            "issues.paths": rawAt(raw, "issues.paths"),
          },
          file,
          repoRoot,
        )),
  ];
  if (!valid || problems.length > 0) return fail(problems);
  const config = applyDefaults(raw);
  return ok(repoRoot === undefined ? config : confinePaths(config, repoRoot));
}
