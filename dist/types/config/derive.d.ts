import type { Definition, KeyDef, SectionDef, ValueOf } from "./definition";
import { type Check, type JsonSchema } from "./leaves";
/**
 * Everything a config definition determines: the resolved type, the validator, the defaults, the JSON Schema,
 * the README's key table and the template `orchestrator init` writes. Each takes the definition as an
 * argument, so a test can show that a key added to it appears in all of them.
 */
type Flat<T> = {
    [K in keyof T]: T[K];
};
type HasDefault<K> = K extends {
    section: true;
} ? true : K extends {
    default: unknown;
} ? true : false;
type Resolved<K> = K extends SectionDef<infer Keys> ? ResolvedKeys<Keys> : ValueOf<K>;
type ResolvedKeys<Keys> = Flat<{
    [P in keyof Keys as HasDefault<Keys[P]> extends true ? P : never]: Resolved<Keys[P]>;
} & {
    [P in keyof Keys as HasDefault<Keys[P]> extends true ? never : P]?: Resolved<Keys[P]>;
}>;
/** The configuration a definition resolves to: keys with a default are always there, sections too. */
export type ConfigOf<D extends Definition> = ResolvedKeys<D>;
type AnyKey = KeyDef<unknown>;
/** Every key of a definition with its path, in definition order. */
export declare function keysOf(def: Definition): {
    path: string[];
    key: AnyKey;
}[];
/**
 * The validator of what a user writes: closed sections at every level (unknown keys are errors), every key
 * optional. Sections expose `.properties` and enum leaves `.values` (the schema sync test walks them).
 */
export declare function shapeOf(def: Definition): Check<Record<string, unknown>> & {
    properties: Record<string, Check<unknown>>;
};
/** The user's (already validated) config with every default filled in, as fresh plain data. */
export declare function resolveConfig<D extends Definition>(def: D, user: Record<string, unknown>): ConfigOf<D>;
export declare function defaultsOf<D extends Definition>(def: D): Readonly<ConfigOf<D>>;
/** schema/config.schema.json: the shape's own schema, plus the cross-key rules (`allOf`). */
export declare function jsonSchemaOf(def: Definition, rules: readonly JsonSchema[]): JsonSchema;
/** The README's key table (markdown), one row per key. */
export declare function keyTableOf(def: Definition): string;
/**
 * The commented body of the `.ts`/`.mjs` template: every key with a default, written with that default
 * (`overrides` replaces a key's lines by formatted path, e.g. a provider's `runner.config`).
 */
export declare function initBodyOf(def: Definition, overrides?: Readonly<Record<string, readonly string[]>>): string;
export {};
