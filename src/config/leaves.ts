import * as t from "typanion";
import { branchPrefixProblem } from "../git/naming";

/**
 * The building blocks of the config's shape. Each check validates a value with typanion (collecting every
 * error with its path, in our own `expected …, got …` wording) and carries the JSON Schema that says the same
 * thing, so the schema file is derived from the checks instead of restating them.
 */

/** A JSON Schema fragment (draft-07), as plain data. */
export type JsonSchema = { [key: string]: unknown };

// Leaf checks. Typanion walks the structure and collects every error with its path; the leaves write their
// own messages in the form `expected …, got …` (typanion's wording is not the one SPEC §1 shows).

/** What the schema sync test reads off the validators: section keys and enum values. */
export interface ShapeInfo {
  properties?: Record<string, Check<unknown>>;
  values?: readonly string[];
}

/** A validator of `T` that also says, as JSON Schema, what it accepts. */
export type Check<T> = t.StrictValidator<unknown, T> & ShapeInfo & { schema: JsonSchema; optional?: true };

function described<T>(check: t.StrictValidator<unknown, T>, schema: JsonSchema): Check<T> {
  return Object.assign(check, { schema });
}

export function report(state: t.ValidationState | undefined, message: string): false {
  state?.errors?.push(`${state.p ?? "."}: ${message}`);
  return false;
}

/** Typanion's own path syntax, so one parser reads every error whoever pushed it. */
export function childPath(parent: string | undefined, key: string | number): string {
  if (typeof key === "number") return `${parent ?? "."}[${key}]`;
  if (/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(key)) return `${parent ?? ""}.${key}`;
  return `${parent ?? "."}[${JSON.stringify(key)}]`;
}

/** Plain data only: `{…}` literals, JSON objects, `Object.create(null)`; not Maps, class instances or arrays. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** How a value is shown in a message: short, and never throws (BigInt, symbols, cycles). */
export function printable(value: unknown): string {
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

function leaf<T>(expected: string, schema: JsonSchema, accepts: (value: unknown) => boolean): Check<T> {
  const check = t.makeValidator<unknown, T>({
    test: (value, state): value is T => accepts(value) || report(state, `expected ${expected}, got ${printable(value)}`),
  });
  return described(check, schema);
}

export const anyString = leaf<string>("a string", { type: "string" }, (v) => typeof v === "string");
export const text = leaf<string>("a non-empty string", { type: "string", minLength: 1 }, (v) => typeof v === "string" && v.length > 0);
export const bool = leaf<boolean>("true or false", { type: "boolean" }, (v) => typeof v === "boolean");
/** GitHub's own limit on a label name. */
export const label = leaf<string>("a label name of 1 to 50 characters", { type: "string", minLength: 1, maxLength: 50, pattern: "\\S" }, (v) => typeof v === "string" && v.trim().length > 0 && v.length <= 50);

export function oneOf<T extends string>(values: readonly T[]): Check<T> & { values: readonly T[] } {
  const check = leaf<T>(`one of ${values.map((v) => JSON.stringify(v)).join(", ")}`, { type: "string", enum: [...values] }, (v) => (values as readonly unknown[]).includes(v));
  return Object.assign(check, { values });
}

export function integer(min: number, max: number): Check<number> {
  return leaf<number>(`an integer from ${min} to ${max}`, { type: "integer", minimum: min, maximum: max }, (v) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max);
}

export function positiveNumber(max: number): Check<number> {
  return leaf<number>(`a number greater than 0 and at most ${max}`, { type: "number", exclusiveMinimum: 0, maximum: max }, (v) => typeof v === "number" && v > 0 && v <= max);
}

export function nonNegativeNumber(): Check<number> {
  return leaf<number>("a number of 0 or more", { type: "number", minimum: 0 }, (v) => typeof v === "number" && Number.isFinite(v) && v >= 0);
}

export function list<T>(item: Check<T>, what: string, { nonEmpty = false } = {}): Check<T[]> {
  const items = t.isArray(item);
  const check = t.makeValidator<unknown, T[]>({
    test: (value, state): value is T[] => {
      if (!Array.isArray(value)) return report(state, `expected an array of ${what}, got ${printable(value)}`);
      if (nonEmpty && value.length === 0) return report(state, `expected at least one entry, got an empty array`);
      return items(value, state);
    },
  });
  return described(check, { type: "array", items: item.schema, ...(nonEmpty ? { minItems: 1 } : {}) });
}

// The prefix check lives with the git naming it guards (src/git/naming.ts); config validation reports it.
export { branchPrefixProblem };

/** Check names appear in log lines, findings and file headers: short, printable, one line. */
const CHECK_NAME = /^[A-Za-z0-9][A-Za-z0-9._:/ -]{0,63}$/;
export const checkName = leaf<string>("a check name (letters, digits, space . _ : / -; at most 64 characters, starting with a letter or digit)", { type: "string", pattern: CHECK_NAME.source }, (v) => typeof v === "string" && CHECK_NAME.test(v));

/**
 * branchPrefixProblem as one regular expression, for editors: the config-schema test holds both to git's own
 * check-ref-format.
 */
const BRANCH_PREFIX_PATTERN =
  "^(?![-/])(?!(?:refs|heads|tags|remotes|HEAD)/)(?![\\s\\S]*\\.lock$)(?![\\s\\S]*\\.\\.)(?![\\s\\S]*//)(?![\\s\\S]*@\\{)(?!(?:[\\s\\S]*/)?\\.)(?![\\s\\S]*\\.lock/)[^\\u0000-\\u0020\\u007f~^:?*\\[\\\\]+$";

export const branchPrefix = described(t.makeValidator<unknown, string>({
  test: (value, state): value is string => {
    if (typeof value !== "string") return report(state, `expected a string, got ${printable(value)}`);
    const problem = branchPrefixProblem(value);
    return problem === undefined || report(state, `${printable(value)} is not a valid git branch prefix: it ${problem}`);
  },
}), { type: "string", minLength: 1, pattern: BRANCH_PREFIX_PATTERN });

/** Names and string values; an `undefined` value (an unset `process.env.X` in a module config) means absent. */
export const envMap = described(t.makeValidator<unknown, Record<string, string>>({
  test: (value, state): value is Record<string, string> => {
    if (!isPlainObject(value)) return report(state, `expected an object of environment variables (name: string), got ${printable(value)}`);
    let valid = true;
    for (const [name, v] of Object.entries(value)) {
      const at = { ...state, p: childPath(state?.p, name) };
      if (!/^[^=\0]+$/.test(name)) valid = report(at, 'environment variable names must be non-empty and contain no "=" or NUL');
      else if (v !== undefined && typeof v !== "string") valid = report(at, `expected a string (use "\${VAR}" to reference your environment), got ${printable(v)}`);
    }
    return valid;
  },
}), { type: "object", propertyNames: { pattern: "^[^=\\u0000]+$" }, additionalProperties: { type: "string" } });

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

export const tomlTable = described(t.makeValidator<unknown, Record<string, unknown>>({
  test: (value, state): value is Record<string, unknown> =>
    isPlainObject(value) ? tomlValue(value, state, new Set()) : report(state, `expected an object of codex config overrides, got ${printable(value)}`),
}), { $ref: "#/definitions/tomlTable" });

/** The recursive schema tomlTable's `$ref` points at. */
export const SCHEMA_DEFINITIONS: JsonSchema = {
  tomlValue: {
    anyOf: [{ type: "string" }, { type: "number" }, { type: "boolean" }, { type: "array", items: { $ref: "#/definitions/tomlValue" } }, { $ref: "#/definitions/tomlTable" }],
  },
  tomlTable: { type: "object", propertyNames: { minLength: 1 }, additionalProperties: { $ref: "#/definitions/tomlValue" } },
};

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

function unknownKeys(known: readonly string[]): t.StrictValidator<unknown, Record<never, never>> {
  return t.makeValidator<unknown, Record<never, never>>({
    test: (extra, state): extra is Record<never, never> => {
      const keys = Object.keys(extra as object);
      for (const key of keys) report({ ...state, p: childPath(state?.p, key) }, unknownKeyMessage(key, known));
      return keys.length === 0;
    },
  });
}

type Props = { [key: string]: Check<unknown> };
type Required<P extends Props> = { [K in keyof P as P[K] extends { optional: true } ? never : K]: t.InferType<P[K]> };
type Optional<P extends Props> = { [K in keyof P as P[K] extends { optional: true } ? K : never]?: t.InferType<P[K]> };
type Flat<T> = { [K in keyof T]: T[K] };
export type SectionOf<P extends Props> = Flat<Required<P> & Optional<P>>;

/** A closed object of the given properties; `description` of each property comes from `describe`. */
export function section<P extends Props>(props: P): Check<SectionOf<P>> & { properties: P } {
  const known = Object.keys(props).filter((k) => k !== "$schema");
  const closed = t.isObject(props as { [key: string]: t.AnyStrictValidator }, { extra: unknownKeys(known) });
  const check = t.makeValidator<unknown, SectionOf<P>>({
    test: (value, state): value is SectionOf<P> => (isPlainObject(value) ? closed(value, state) : report(state, `expected an object, got ${printable(value)}`)),
  });
  const required = Object.keys(props).filter((k) => !props[k]?.optional);
  const schema: JsonSchema = {
    type: "object",
    additionalProperties: false,
    ...(required.length > 0 ? { required } : {}),
    properties: Object.fromEntries(Object.entries(props).map(([k, v]) => [k, v.schema])),
  };
  return Object.assign(check, { schema, properties: props });
}

/** Optional, keeping the `.properties` / `.values` / `.schema` that typanion's isOptional would drop. */
export function opt<T>(check: Check<T>): Check<T | undefined> & { optional: true } {
  const { properties, values, schema } = check;
  return Object.assign(t.isOptional(check), { schema, optional: true as const }, properties ? { properties } : {}, values ? { values } : {});
}

/** The same check, with a description (and more) in its schema for editors. */
export function describe<C extends Check<unknown>>(check: C, description: string, extra: JsonSchema = {}): C {
  const copy = ((value: unknown, state?: t.ValidationState) => check(value, state)) as C;
  return Object.assign(copy, check, { schema: { ...check.schema, description, ...extra } });
}
