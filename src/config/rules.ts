import type { Problem } from "../errors";
import { formatKey } from "./key-path";
import { isPlainObject, printable, type JsonSchema } from "./leaves";

/**
 * Cross-key rules: what no single key's check can see. Each rule that JSON Schema can say too is written
 * next to it (CROSS_KEY_SCHEMA), so editors and the validator agree (test/unit/config-schema.test.ts).
 */

/** The raw value at a key path, undefined when any part is missing or not an object. */
export function rawAt(raw: unknown, path: readonly string[]): unknown {
  let value = raw;
  for (const part of path) value = isPlainObject(value) ? value[part] : undefined;
  return value;
}

const GRAPHITE_SUBMIT = ["graphite", "submit"];
const GRAPHITE_ENABLED = ["graphite", "enabled"];
const PULL_REQUESTS = ["github", "pullRequests"];

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
    else problems.push({ code: "CONFIG_INVALID", file, key: formatKey(["checks", i, "name"]), message: `${printable(name)} is already the name of ${formatKey(["checks", first])}`, hint: "Give every check its own name." });
  });
  return problems;
}

/** Keys that only make sense together. */
function dependentKeyProblems(raw: unknown, file: string): Problem[] {
  const problems: Problem[] = [];
  if (rawAt(raw, GRAPHITE_SUBMIT) === true && rawAt(raw, GRAPHITE_ENABLED) !== true) {
    problems.push({ code: "CONFIG_INVALID", file, key: formatKey(GRAPHITE_SUBMIT), message: "needs graphite.enabled: true (only branches on the stack can be submitted)", hint: "Set graphite.enabled to true, or remove graphite.submit." });
  }
  const prs = rawAt(raw, PULL_REQUESTS);
  if (rawAt(raw, GRAPHITE_SUBMIT) === true && (prs === "draft" || prs === "ready")) {
    // Both open a pull request per branch: two owners of one PR would fight over its base and body.
    problems.push({ code: "CONFIG_INVALID", file, key: formatKey(PULL_REQUESTS), message: "cannot be used with graphite.submit (gt submit opens the pull requests then)", hint: 'Set github.pullRequests to "off", or graphite.submit to false.' });
  }
  return problems;
}

export function crossKeyProblems(raw: unknown, file: string): Problem[] {
  return [...dependentKeyProblems(raw, file), ...duplicateCheckProblems(raw, file)];
}

/** The rules above as JSON Schema (duplicate check names aside: JSON Schema cannot compare members). */
export const CROSS_KEY_SCHEMA: readonly JsonSchema[] = [
  {
    if: { properties: { graphite: { type: "object", properties: { submit: { const: true } }, required: ["submit"] } }, required: ["graphite"] },
    then: { properties: { graphite: { type: "object", properties: { enabled: { const: true } }, required: ["enabled"] } } },
  },
  {
    if: {
      properties: {
        graphite: { type: "object", properties: { submit: { const: true } }, required: ["submit"] },
        github: { type: "object", properties: { pullRequests: { enum: ["draft", "ready"] } }, required: ["pullRequests"] },
      },
      required: ["graphite", "github"],
    },
    then: false,
  },
];
