import type { ErrorObject, ValidateFunction } from "ajv";
import Ajv from "ajv";
import devSchema from "../../schema/dev.schema.json";
import fixSchema from "../../schema/fix.schema.json";
import reviewSchema from "../../schema/review.schema.json";
import { fail, ok, type Result } from "../errors";
import type { PhaseName } from "../core/events";
import type { PhaseOutput } from "../core/outputs";

export type { Change, DevOutput, Finding, FixOutput, PhaseOutput, ReviewOutput, TestRun } from "../core/outputs";


const SCHEMAS: Record<PhaseName, Record<string, unknown>> = { dev: devSchema, review: reviewSchema, fix: fixSchema };

/** The exact object sent to codex as the output schema; the same one validates the answer. */
export function phaseSchema(phase: PhaseName): Record<string, unknown> {
  return SCHEMAS[phase];
}

let ajv: Ajv | null = null;
const compiled = new Map<PhaseName, ValidateFunction>();
function validatorFor(phase: PhaseName): ValidateFunction {
  let validate = compiled.get(phase);
  if (!validate) {
    ajv ??= new Ajv({ allErrors: true, strict: true });
    validate = ajv.compile(SCHEMAS[phase]);
    compiled.set(phase, validate);
  }
  return validate;
}

function describe(e: ErrorObject): string {
  const where = e.instancePath === "" ? "(root)" : e.instancePath;
  if (e.keyword === "additionalProperties") return `${where}: unexpected property ${JSON.stringify(e.params.additionalProperty)}`;
  if (e.keyword === "enum") return `${where}: must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
  return `${where}: ${e.message ?? e.keyword}`;
}

const preview = (text: string) => JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text);

/** SPEC §5: the agent's final message must be JSON conforming to the phase's schema. */
export function validatePhaseOutput(phase: PhaseName, text: string): Result<PhaseOutput> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail({ code: "CONTRACT", message: `the ${phase} answer is not JSON: ${preview(text)}` });
  }
  const validate = validatorFor(phase);
  if (validate(value)) return ok(value as PhaseOutput);
  return fail((validate.errors ?? []).map((e) => ({ code: "CONTRACT" as const, message: describe(e) })));
}
