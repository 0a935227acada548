import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The phase output types (src/core/outputs.ts) are written by hand; this keeps them what schema/<phase>.schema.json
// says: each schema is rendered as a TypeScript type and the compiler checks the two are the same type.

const root = join(__dirname, "../..");

type Schema = { type?: string | string[]; enum?: unknown[]; properties?: Record<string, Schema>; required?: string[]; items?: Schema; additionalProperties?: boolean };

/** The TypeScript type a (draft-07, the subset the phase schemas use) JSON Schema describes. */
function schemaType(s: Schema): string {
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(" | ");
  const types = Array.isArray(s.type) ? s.type : [s.type];
  return types
    .map((t) => {
      switch (t) {
        case "string":
          return "string";
        case "integer":
        case "number":
          return "number";
        case "boolean":
          return "boolean";
        case "null":
          return "null";
        case "array":
          return `Array<${schemaType(s.items ?? {})}>`;
        case "object": {
          if (s.additionalProperties !== false) throw new Error("open objects are not rendered");
          const required = new Set(s.required ?? []);
          const props = Object.entries(s.properties ?? {}).map(([k, v]) => `${JSON.stringify(k)}${required.has(k) ? "" : "?"}: ${schemaType(v)}`);
          return `{ ${props.join("; ")} }`;
        }
        default:
          throw new Error(`schema type ${String(t)} is not rendered`);
      }
    })
    .join(" | ");
}

function typeErrors(source: string): string[] {
  const file = join(root, "test/unit/__outputs-check__.ts");
  const options: ts.CompilerOptions = { strict: true, noEmit: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, types: [] };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  host.readFile = (name) => (name === file ? source : read(name));
  const exists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || exists(name);
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

const phases = { dev: "DevOutput", review: "ReviewOutput", fix: "FixOutput" } as const;

describe("phase output types", () => {
  const rendered = Object.entries(phases).map(([phase, name]) => {
    const schema = JSON.parse(readFileSync(join(root, `schema/${phase}.schema.json`), "utf8")) as Schema;
    return `type ${name}FromSchema = ${schemaType(schema)};\nconst ${phase}Same: Same<${name}, ${name}FromSchema> = true;`;
  });
  const check = () =>
    typeErrors(
      [
        `import type { ${Object.values(phases).join(", ")} } from "../../src/core/outputs";`,
        "type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;",
        ...rendered,
      ].join("\n"),
    );

  it("are the types schema/*.schema.json describe", () => {
    expect(check()).toEqual([]);
  }, 30_000);

  it("a schema that differs from its type fails the check", () => {
    const schema = JSON.parse(readFileSync(join(root, "schema/review.schema.json"), "utf8")) as Schema;
    const props = schema.properties as Record<string, Schema>;
    props.status = { type: "string", enum: ["pass", "fail", "maybe"] };
    const errors = typeErrors(
      [
        'import type { ReviewOutput } from "../../src/core/outputs";',
        "type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;",
        `const same: Same<ReviewOutput, ${schemaType(schema)}> = true;`,
      ].join("\n"),
    );
    expect(errors.join("\n")).toMatch(/not assignable/);
  }, 30_000);
});
