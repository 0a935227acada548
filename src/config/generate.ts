import { CONFIG_DEFINITION, type Definition } from "./definition";
import { jsonSchemaOf, keyTableOf } from "./derive";
import { CROSS_KEY_SCHEMA } from "./rules";

/** The build writes these from CONFIG_DEFINITION (scripts/build.mjs); the stale-dist test compares them. */
export const SCHEMA_FILE = "schema/config.schema.json";
export const README_FILE = "README.md";
export const TABLE_START = "<!-- config-keys:start -->";
export const TABLE_END = "<!-- config-keys:end -->";

export function schemaText(def: Definition = CONFIG_DEFINITION): string {
  return `${JSON.stringify(jsonSchemaOf(def, CROSS_KEY_SCHEMA), null, 2)}\n`;
}

/** `readme` with the text between the key-table markers replaced by the table; throws when a marker is missing. */
export function readmeWithKeyTable(readme: string, def: Definition = CONFIG_DEFINITION): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`${README_FILE}: the config key table markers are missing (${TABLE_START} … ${TABLE_END})`);
  return `${readme.slice(0, start + TABLE_START.length)}\n${keyTableOf(def)}\n${readme.slice(end)}`;
}
