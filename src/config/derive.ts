import type { Definition, KeyDef, SectionDef, ValueOf } from "./definition";
import { formatKey } from "./key-path";
import { anyString, describe, isPlainObject, opt, SCHEMA_DEFINITIONS, section, type Check, type JsonSchema } from "./leaves";

/**
 * Everything a config definition determines: the resolved type, the validator, the defaults, the JSON Schema,
 * the README's key table and the template `orchestrator init` writes. Each takes the definition as an
 * argument, so a test can show that a key added to it appears in all of them.
 */

type Flat<T> = { [K in keyof T]: T[K] };
type HasDefault<K> = K extends { section: true } ? true : K extends { default: unknown } ? true : false;
type Resolved<K> = K extends SectionDef<infer Keys> ? ResolvedKeys<Keys> : ValueOf<K>;
type ResolvedKeys<Keys> = Flat<
  { [P in keyof Keys as HasDefault<Keys[P]> extends true ? P : never]: Resolved<Keys[P]> } & {
    [P in keyof Keys as HasDefault<Keys[P]> extends true ? never : P]?: Resolved<Keys[P]>;
  }
>;

/** The configuration a definition resolves to: keys with a default are always there, sections too. */
export type ConfigOf<D extends Definition> = ResolvedKeys<D>;

type AnyKey = KeyDef<unknown>;
type AnySection = SectionDef<Record<string, AnyKey>>;

const isSection = (def: AnyKey | AnySection): def is AnySection => "section" in def;

/** Every key of a definition with its path, in definition order. */
export function keysOf(def: Definition): { path: string[]; key: AnyKey }[] {
  return Object.entries(def).flatMap(([name, d]) => (isSection(d) ? Object.entries(d.keys).map(([k, key]) => ({ path: [name, k], key })) : [{ path: [name], key: d }]));
}

function keySchema(key: AnyKey): JsonSchema {
  return key.default === undefined ? { description: key.description } : { description: key.description, default: key.default };
}

/**
 * The validator of what a user writes: closed sections at every level (unknown keys are errors), every key
 * optional. Sections expose `.properties` and enum leaves `.values` (the schema sync test walks them).
 */
export function shapeOf(def: Definition): Check<Record<string, unknown>> & { properties: Record<string, Check<unknown>> } {
  const props: Record<string, Check<unknown>> = { $schema: opt(describe(anyString, "JSON Schema this file follows, for editors (ignored by orchestrator).")) };
  for (const [name, d] of Object.entries(def)) {
    if (isSection(d)) {
      const keys = Object.fromEntries(Object.entries(d.keys).map(([k, key]) => [k, opt(describe(key.check, key.description, keySchema(key)))]));
      props[name] = opt(describe(section(keys), d.description));
    } else {
      props[name] = opt(describe(d.check, d.description, keySchema(d)));
    }
  }
  return section(props) as Check<Record<string, unknown>> & { properties: Record<string, Check<unknown>> };
}

/** A copy made of plain data; `undefined` members (an unset `process.env.X` in a module config) are dropped. */
function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (v === undefined ? [] : [[k, copy(v)]]))) as T;
  return value;
}

function resolveKey(key: AnyKey, given: unknown): unknown {
  const value = given !== undefined ? given : key.default;
  if (value === undefined) return undefined;
  return key.normalize ? key.normalize(copy(value)) : copy(value);
}

/** The user's (already validated) config with every default filled in, as fresh plain data. */
export function resolveConfig<D extends Definition>(def: D, user: Record<string, unknown>): ConfigOf<D> {
  const out: Record<string, unknown> = {};
  for (const [name, d] of Object.entries(def)) {
    const given = user[name];
    if (isSection(d)) {
      const values: Record<string, unknown> = {};
      for (const [k, key] of Object.entries(d.keys)) {
        const value = resolveKey(key, isPlainObject(given) ? given[k] : undefined);
        if (value !== undefined) values[k] = value;
      }
      out[name] = values;
    } else {
      const value = resolveKey(d, given);
      if (value !== undefined) out[name] = value;
    }
  }
  return out as ConfigOf<D>;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

export function defaultsOf<D extends Definition>(def: D): Readonly<ConfigOf<D>> {
  return deepFreeze(resolveConfig(def, {}));
}

/** schema/config.schema.json: the shape's own schema, plus the cross-key rules (`allOf`). */
export function jsonSchemaOf(def: Definition, rules: readonly JsonSchema[]): JsonSchema {
  const shape = shapeOf(def);
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "orchestrator config",
    description: "orchestrator.config.json: every key is optional; unknown keys are errors. Paths are relative to the repository root and must stay inside it.",
    type: "object",
    additionalProperties: false,
    properties: shape.schema.properties,
    definitions: SCHEMA_DEFINITIONS,
    ...(rules.length > 0 ? { allOf: rules } : {}),
  };
}

/** The README's key table (markdown), one row per key. */
export function keyTableOf(def: Definition): string {
  const rows = keysOf(def).map(({ path, key }) => {
    const shown = key.default === undefined ? (key.shownDefault ?? "none") : `\`${JSON.stringify(key.default)}\``;
    return `| \`${formatKey(path)}\` | ${shown} | ${(key.doc ?? key.description).replaceAll("|", "\\|")} |`;
  });
  return ["| key | default | meaning |", "| --- | --- | --- |", ...rows].join("\n");
}

/** A value as a JS literal the way a person writes it: `["a", "b"]`, `{ a: 1 }`. */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (isPlainObject(value)) {
    const members = Object.entries(value).map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${literal(v)}`);
    return members.length === 0 ? "{}" : `{ ${members.join(", ")} }`;
  }
  return JSON.stringify(value);
}

/**
 * The commented body of the `.ts`/`.mjs` template: every key with a default, written with that default
 * (`overrides` replaces a key's lines by formatted path, e.g. a provider's `runner.config`).
 */
export function initBodyOf(def: Definition, overrides: Readonly<Record<string, readonly string[]>> = {}): string {
  const keyLines = (path: string[], key: AnyKey, indent: string): string[] => {
    const name = path[path.length - 1] as string;
    const comment = (key.init?.comment ?? []).map((line) => `${indent}// ${line}`);
    const override = overrides[formatKey(path)];
    if (override) return [...comment, ...override.map((line) => `${indent}${line}`)];
    if (key.init?.example !== undefined) return [...comment, `${indent}// ${name}: ${key.init.example},`];
    if (key.default !== undefined) return [...comment, `${indent}${name}: ${literal(key.default)},`];
    return [];
  };
  const lines = ["{"];
  for (const [name, d] of Object.entries(def)) {
    if (!isSection(d)) {
      lines.push(...keyLines([name], d, "  "));
      continue;
    }
    const inner = Object.entries(d.keys).flatMap(([k, key]) => keyLines([name, k], key, "    "));
    const comment = (d.init ?? []).map((line) => `  // ${line}`);
    if (inner.length > 0) lines.push(...comment, `  ${name}: {`, ...inner, "  },");
    else if (comment.length > 0) lines.push(...comment, `  ${name}: {},`);
  }
  lines.push("}");
  return lines.join("\n");
}
