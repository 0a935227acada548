import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Document, type Node } from "yaml";

/**
 * An issue doc's front matter as data (SPEC §2): YAML only, never evaluated, scalars kept as the text
 * written, alias expansion bounded. One parser for every command, so `validate`, `plan` and `run` agree.
 */

/** Plain JSON-like data: what a doc's front matter can hold. */
export type FrontValue = string | null | FrontValue[] | { [key: string]: FrontValue };

export interface FrontMatter {
  data: Record<string, FrontValue>;
  /** The Markdown after the closing `---` line. */
  body: string;
}

export interface FrontMatterError {
  message: string;
  /** 1-based line in the doc. */
  line?: number;
  hint?: string;
}

/**
 * Values (after alias expansion) one front matter may hold. Real front matter has tens; this keeps a
 * "billion laughs" of aliases, and the JSON the prompt gets of it, small.
 */
export const MAX_FRONT_MATTER_VALUES = 10_000;
/** Nesting deeper than this is no issue's metadata, and deep recursion would exhaust the stack. */
export const MAX_FRONT_MATTER_DEPTH = 64;

const YAML_LANGUAGES = new Set(["", "yaml", "yml"]);
const CLOSING = /^---[ \t]*\r?$/;

class Refused extends Error {}

/** YAML null in any spelling it has; every other plain scalar stays the string written (`010`, `1.0`, `yes`). */
function scalarValue(node: Scalar): string | null {
  if (node.type === Scalar.PLAIN || node.type === undefined) {
    if (node.value === null) return null;
    return node.source ?? String(node.value);
  }
  return String(node.value);
}

function toData(doc: Document, root: Node | null): FrontValue {
  let budget = MAX_FRONT_MATTER_VALUES;
  const visit = (node: unknown, depth: number): FrontValue => {
    if (--budget < 0) throw new Refused(`front matter expands to more than ${MAX_FRONT_MATTER_VALUES} values (YAML aliases?)`);
    if (depth > MAX_FRONT_MATTER_DEPTH) throw new Refused(`front matter is nested more than ${MAX_FRONT_MATTER_DEPTH} levels deep`);
    // An alias is expanded into a copy, so every value counts against the budget and none is shared.
    if (isAlias(node)) return visit(node.resolve(doc), depth + 1);
    if (isScalar(node)) return scalarValue(node);
    if (isSeq(node)) return node.items.map((item) => visit(item, depth + 1));
    if (isMap(node)) {
      const out: Record<string, FrontValue> = {};
      for (const pair of node.items) {
        const key = visit(pair.key, depth + 1);
        const name = typeof key === "string" ? key : key === null ? "" : JSON.stringify(key);
        // defineProperty: a `__proto__` key is data like any other, never the object's prototype.
        Object.defineProperty(out, name, { value: visit(pair.value, depth + 1), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    return null;
  };
  return visit(root, 0);
}

/** The front matter's own message, without the position `yaml` appends (the Problem carries the line). */
function shortMessage(message: string): string {
  return message.replace(/ at line \d+, column \d+[\s\S]*$/, "");
}

/** Front matter (without its `---` lines) through the full YAML parser; lines count from the doc's line 1. */
export function parseYaml(yamlText: string): { ok: true; value: FrontValue } | { ok: false; error: FrontMatterError } {
  const lineCounter = new LineCounter();
  try {
    const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true, version: "1.2" });
    const first = doc.errors[0];
    if (first) {
      const at = lineCounter.linePos(first.pos[0]);
      return { ok: false, error: { line: at.line + 1, message: `invalid YAML front matter: ${shortMessage(first.message)}`, hint: "Fix the YAML between the --- lines." } };
    }
    return { ok: true, value: toData(doc, doc.contents) };
  } catch (err) {
    const message = err instanceof Refused ? err.message : err instanceof RangeError ? "front matter is nested too deeply" : `invalid YAML front matter: ${(err as Error).message}`;
    return { ok: false, error: { line: 2, message, hint: "Front matter holds an issue's metadata: keep it small and without YAML aliases." } };
  }
}

const SIMPLE_KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const SIMPLE_SCALAR = /^[A-Za-z0-9_][A-Za-z0-9_./+-]*(?: [A-Za-z0-9_./+-]+)*$/;
const NULLS = new Set(["", "~", "null", "Null", "NULL"]);

/**
 * The common front matter (`key: word`, `key: [a, b]` lines) read without the full parser, which costs
 * several times more per doc on a cold start (bench/plan.bench.ts). Undefined for anything else, which then
 * goes through parseYaml; a property test holds both to the same result wherever this one answers.
 */
export function simpleMapping(yamlText: string): Record<string, FrontValue> | undefined {
  const out: Record<string, FrontValue> = {};
  for (const line of yamlText.split("\n")) {
    if (line === "") continue;
    const match = SIMPLE_KEY.exec(line);
    if (!match) return undefined;
    const key = match[1] as string;
    // YAML reads these keys as null, not as their text.
    if (NULLS.has(key)) return undefined;
    const raw = (match[2] ?? "").trimEnd();
    if (Object.hasOwn(out, key)) return undefined;
    let value: FrontValue;
    if (NULLS.has(raw)) value = null;
    else if (SIMPLE_SCALAR.test(raw)) value = raw;
    else if (raw.startsWith("[") && raw.endsWith("]")) {
      const inner = raw.slice(1, -1).trim();
      const items = inner === "" ? [] : inner.split(",").map((item) => item.trim());
      if (!items.every((item) => SIMPLE_SCALAR.test(item) && !NULLS.has(item))) return undefined;
      value = items;
    } else return undefined;
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * Splits a doc into front matter and body and parses the front matter. A doc that does not open with a
 * `---` line has none. The opening line may name `yaml`; any other language (`---js`, `---coffee`…) is
 * refused, since those engines would run the doc as code.
 */
export function parseFrontMatter(text: string): { ok: true; value: FrontMatter } | { ok: false; error: FrontMatterError } {
  // `----` opens a Markdown rule, not front matter (as gray-matter read it).
  if (!text.startsWith("---") || text.startsWith("----")) return { ok: true, value: { data: {}, body: text } };
  const lines = text.split("\n");
  const language = (lines[0] as string).slice(3).trim();
  if (!YAML_LANGUAGES.has(language.toLowerCase())) {
    return {
      ok: false,
      error: {
        line: 1,
        message: `front matter in ${JSON.stringify(language.slice(0, 40))} is not accepted: only YAML front matter is read, and it is never evaluated`,
        hint: "Open the front matter with a plain --- line and write it as YAML.",
      },
    };
  }
  const close = lines.findIndex((line, i) => i > 0 && CLOSING.test(line));
  if (close < 0) {
    return { ok: false, error: { line: 1, message: "front matter opened on line 1 is never closed", hint: "End it with a --- line." } };
  }
  // CRLF docs: the front matter's values must not keep a trailing \r.
  const yamlText = lines
    .slice(1, close)
    .map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line))
    .join("\n");
  const body = lines.slice(close + 1).join("\n");
  let data: FrontValue;
  const simple = simpleMapping(yamlText);
  if (simple !== undefined) {
    data = simple;
  } else {
    const parsed = parseYaml(yamlText);
    if (!parsed.ok) return parsed;
    data = parsed.value;
  }
  if (data === null) data = {};
  if (typeof data !== "object" || Array.isArray(data)) {
    return { ok: false, error: { line: 2, message: "front matter must be a YAML mapping (key: value lines)" } };
  }
  return { ok: true, value: { data, body } };
}
