import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, expectTypeOf, it } from "vitest";
import { CONFIG_DEFINITION, configSection, key } from "../../src/config/definition";
import { type ConfigOf, initBodyOf, jsonSchemaOf, keyTableOf, resolveConfig, shapeOf } from "../../src/config/derive";
import { README_FILE, readmeWithKeyTable, SCHEMA_FILE, schemaText } from "../../src/config/generate";
import { integer, oneOf } from "../../src/config/leaves";
import type { OrchestratorConfig } from "../../src/config/types";
import { DEFAULT_CONFIG, validateConfig } from "../../src/config/validate";

const read = (path: string) => readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), "utf8");

describe("files generated from the config definition", () => {
  it("schema/config.schema.json is what the definition says (run `npm run build` when this fails)", () => {
    expect(read(SCHEMA_FILE)).toBe(schemaText());
  });

  it("the README's key table is what the definition says (run `npm run build` when this fails)", () => {
    const readme = read(README_FILE);
    expect(readme).toBe(readmeWithKeyTable(readme));
    expect(readme).toContain("| `runner.idleTimeoutMinutes` | `2` |");
  });

  it("init's commented template holds every default: evaluated, it validates to DEFAULT_CONFIG", () => {
    const body = initBodyOf(CONFIG_DEFINITION);
    const value = new Function(`return (${body});`)() as unknown;
    const result = validateConfig(value, "orchestrator.config.mjs");
    expect(result.ok && result.value).toEqual(DEFAULT_CONFIG);
  });
});

/** A key added to the definition, in a section of its own and in an existing one. */
const EXTENDED = {
  ...CONFIG_DEFINITION,
  runner: configSection(CONFIG_DEFINITION.runner.description, {
    ...CONFIG_DEFINITION.runner.keys,
    colour: key({ check: oneOf(["red", "blue"] as const), description: "The colour of the runner.", doc: "the runner's colour", shownDefault: "none" }),
  }),
  answers: configSection("Answers.", {
    ultimate: key({ check: integer(0, 100), default: 42, description: "The ultimate answer.", doc: "the ultimate answer", init: { comment: ["The answer."] } }),
  }),
};
type Extended = ConfigOf<typeof EXTENDED>;

describe("a key added to the definition", () => {
  it("is in the type: required with a default, optional without", () => {
    expectTypeOf<Extended["answers"]["ultimate"]>().toEqualTypeOf<number>();
    expectTypeOf<Extended["runner"]["colour"]>().toEqualTypeOf<"red" | "blue" | undefined>();
    expectTypeOf<OrchestratorConfig>().toEqualTypeOf<ConfigOf<typeof CONFIG_DEFINITION>>();
    // A typed fixture: the resolved config must carry the new section, and only allowed values.
    const fixture: Extended = { ...DEFAULT_CONFIG, runner: { ...DEFAULT_CONFIG.runner, colour: "red" }, answers: { ultimate: 7 } };
    // @ts-expect-error -- the section with a default is not optional
    const missing: Extended = { ...DEFAULT_CONFIG };
    // @ts-expect-error -- not one of the colours
    const wrong: Extended["runner"]["colour"] = "green";
    expect([fixture.answers.ultimate, missing, wrong]).toBeDefined();
  });

  it("is validated and defaulted", () => {
    const shape = shapeOf(EXTENDED);
    const errors: string[] = [];
    expect(shape({ answers: { ultimate: 101 }, runner: { colour: "green" } }, { errors })).toBe(false);
    expect(errors).toEqual(['.runner.colour: expected one of "red", "blue", got "green"', ".answers.ultimate: expected an integer from 0 to 100, got 101"]);
    expect(resolveConfig(EXTENDED, {}).answers).toEqual({ ultimate: 42 });
    expect(resolveConfig(EXTENDED, { runner: { colour: "blue" } }).runner.colour).toBe("blue");
  });

  it("is in the JSON Schema, the README table and init's template", () => {
    const schema = jsonSchemaOf(EXTENDED, []) as { properties: Record<string, { properties: Record<string, unknown> }> };
    expect(schema.properties.answers?.properties.ultimate).toEqual({ type: "integer", minimum: 0, maximum: 100, description: "The ultimate answer.", default: 42 });
    expect(schema.properties.runner?.properties.colour).toEqual({ type: "string", enum: ["red", "blue"], description: "The colour of the runner." });
    const table = keyTableOf(EXTENDED);
    expect(table).toContain("| `answers.ultimate` | `42` | the ultimate answer |");
    expect(table).toContain("| `runner.colour` | none | the runner's colour |");
    expect(initBodyOf(EXTENDED)).toContain("  answers: {\n    // The answer.\n    ultimate: 42,\n  },");
  });
});
