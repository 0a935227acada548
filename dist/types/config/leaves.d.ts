import * as t from "typanion";
import { branchPrefixProblem } from "../git/naming";
/**
 * The building blocks of the config's shape. Each check validates a value with typanion (collecting every
 * error with its path, in our own `expected …, got …` wording) and carries the JSON Schema that says the same
 * thing, so the schema file is derived from the checks instead of restating them.
 */
/** A JSON Schema fragment (draft-07), as plain data. */
export type JsonSchema = {
    [key: string]: unknown;
};
/** What the schema sync test reads off the validators: section keys and enum values. */
export interface ShapeInfo {
    properties?: Record<string, Check<unknown>>;
    values?: readonly string[];
}
/** A validator of `T` that also says, as JSON Schema, what it accepts. */
export type Check<T> = t.StrictValidator<unknown, T> & ShapeInfo & {
    schema: JsonSchema;
    optional?: true;
};
export declare function report(state: t.ValidationState | undefined, message: string): false;
/** Typanion's own path syntax, so one parser reads every error whoever pushed it. */
export declare function childPath(parent: string | undefined, key: string | number): string;
/** Plain data only: `{…}` literals, JSON objects, `Object.create(null)`; not Maps, class instances or arrays. */
export declare function isPlainObject(value: unknown): value is Record<string, unknown>;
/** How a value is shown in a message: short, and never throws (BigInt, symbols, cycles). */
export declare function printable(value: unknown): string;
export declare const anyString: Check<string>;
export declare const text: Check<string>;
export declare const bool: Check<boolean>;
/** GitHub's own limit on a label name. */
export declare const label: Check<string>;
export declare function oneOf<T extends string>(values: readonly T[]): Check<T> & {
    values: readonly T[];
};
export declare function integer(min: number, max: number): Check<number>;
export declare function positiveNumber(max: number): Check<number>;
export declare function nonNegativeNumber(): Check<number>;
export declare function list<T>(item: Check<T>, what: string, { nonEmpty }?: {
    nonEmpty?: boolean | undefined;
}): Check<T[]>;
export { branchPrefixProblem };
export declare const checkName: Check<string>;
export declare const branchPrefix: Check<string>;
/** Names and string values; an `undefined` value (an unset `process.env.X` in a module config) means absent. */
export declare const envMap: Check<Record<string, string>>;
export declare const tomlTable: Check<Record<string, unknown>>;
/** The recursive schema tomlTable's `$ref` points at. */
export declare const SCHEMA_DEFINITIONS: JsonSchema;
type Props = {
    [key: string]: Check<unknown>;
};
type Required<P extends Props> = {
    [K in keyof P as P[K] extends {
        optional: true;
    } ? never : K]: t.InferType<P[K]>;
};
type Optional<P extends Props> = {
    [K in keyof P as P[K] extends {
        optional: true;
    } ? K : never]?: t.InferType<P[K]>;
};
type Flat<T> = {
    [K in keyof T]: T[K];
};
export type SectionOf<P extends Props> = Flat<Required<P> & Optional<P>>;
/** A closed object of the given properties; `description` of each property comes from `describe`. */
export declare function section<P extends Props>(props: P): Check<SectionOf<P>> & {
    properties: P;
};
/** Optional, keeping the `.properties` / `.values` / `.schema` that typanion's isOptional would drop. */
export declare function opt<T>(check: Check<T>): Check<T | undefined> & {
    optional: true;
};
/** The same check, with a description (and more) in its schema for editors. */
export declare function describe<C extends Check<unknown>>(check: C, description: string, extra?: JsonSchema): C;
