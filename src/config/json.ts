// The ESM build: the package's `main` is UMD, whose lazy require()s of its own files no bundle can follow.
import { printParseErrorCode, stripComments, visit, type JSONPath, type ParseErrorCode } from "jsonc-parser/lib/esm/main.js";
import { formatKey } from "./key-path";

export interface JsonSource {
  value?: unknown;
  /** The first syntax error: its 1-based line and column (when known), and what was expected there. */
  error?: { line?: number; column?: number; message: string };
  /** The 1-based line of every key (and array element) by key path, so validation problems can name a line. */
  lines: Map<string, number>;
}

/** 1-based line and column of a UTF-16 offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf("\n");
  return { line: before.split("\n").length, column: offset - lastBreak };
}

const shown = (text: string, at: number) => (at >= text.length ? "the end of the file" : JSON.stringify(String.fromCodePoint(text.codePointAt(at) ?? 0)));

/** The last character before `at` that is neither white space nor inside a comment. */
function previousSignificant(text: string, at: number): string | undefined {
  const blanked = stripComments(text.slice(0, at), " ");
  return /\S(?=\s*$)/.exec(blanked)?.[0];
}

/** Where inside a string token the problem is: the first control character or bad escape. */
function insideString(token: string): { at: number; message: string } | undefined {
  for (let i = 1; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 0x20) return { at: i, message: "line break or control character inside a string (write it as an escape such as \\n)" };
    if (c !== 0x5c) continue;
    const escape = token[i + 1];
    if (escape === "u" && /^[0-9a-fA-F]{4}$/.test(token.slice(i + 2, i + 6))) i += 5;
    else if (escape !== undefined && escape !== "u" && '"\\/bfnrt'.includes(escape)) i += 1;
    else return { at: i, message: "invalid escape sequence in a string" };
  }
  return undefined;
}

/** Our wording for jsonc-parser's error codes; `container` is what the error happened in. */
function describe(text: string, code: ParseErrorCode, offset: number, length: number, container: "object" | "array" | "done" | undefined): { at: number; message: string } {
  // The enum is `const` in jsonc-parser's types; its printed names are the stable spelling.
  switch (printParseErrorCode(code)) {
    case "PropertyNameExpected":
      if (text[offset] === "}" && previousSignificant(text, offset) === ",") return { at: offset, message: "trailing comma before '}' (JSON does not allow one)" };
      return { at: offset, message: `expected a property name in double quotes, got ${shown(text, offset)}` };
    case "ValueExpected":
      if (text[offset] === "]" && previousSignificant(text, offset) === ",") return { at: offset, message: "trailing comma before ']' (JSON does not allow one)" };
      return { at: offset, message: `expected a value, got ${shown(text, offset)}` };
    case "InvalidSymbol":
      if (container === "done") return { at: offset, message: `unexpected ${shown(text, offset)} after the end of the JSON value` };
      return { at: offset, message: container === "object" && previousSignificant(text, offset) !== ":" ? `expected a property name in double quotes, got ${shown(text, offset)}` : `expected a value, got ${shown(text, offset)}` };
    case "ColonExpected":
      return { at: offset, message: `expected ':' after the property name, got ${shown(text, offset)}` };
    case "CommaExpected":
      return { at: offset, message: `expected ',' or '${container === "array" ? "]" : "}"}', got ${shown(text, offset)}` };
    // jsonc-parser closes the container before it reports the missing bracket.
    case "CloseBraceExpected":
      return { at: offset, message: `expected ',' or '}', got ${shown(text, offset)}` };
    case "CloseBracketExpected":
      return { at: offset, message: `expected ',' or ']', got ${shown(text, offset)}` };
    case "EndOfFileExpected":
      return { at: offset, message: `unexpected ${shown(text, offset)} after the end of the JSON value` };
    case "UnexpectedEndOfString":
    case "InvalidCharacter":
    case "InvalidEscapeCharacter":
    case "InvalidUnicode": {
      const found = insideString(text.slice(offset, offset + Math.max(length, 1) + 1));
      if (found) return { at: offset + found.at, message: found.message };
      return { at: offset, message: "unterminated string" };
    }
    case "InvalidCommentToken":
    case "UnexpectedEndOfComment":
      return { at: offset, message: "unterminated comment" };
    default:
      return { at: offset, message: `expected a value, got ${shown(text, offset)}` };
  }
}

/**
 * Reads a JSON config through jsonc-parser: comments are allowed (trailing commas are not), every key's line is
 * recorded, and the first syntax error comes back with its line and column. The value itself is JSON.parse's
 * of the text with comments blanked out, so `__proto__` and friends are plain own keys as in any JSON.
 */
export function readJson(text: string): JsonSource {
  const lines = new Map<string, number>();
  const containers: ("object" | "array")[] = [];
  let first: { at: number; message: string } | undefined;
  /** The root value is complete: anything but white space and comments is extra. */
  let done = false;
  const element = (path: JSONPath, startLine: number) => {
    // Array elements: objects name their own keys' lines through onObjectProperty.
    if (typeof path[path.length - 1] === "number" && !lines.has(formatKey(path))) lines.set(formatKey(path), startLine + 1);
  };
  const open = (kind: "object" | "array", path: JSONPath, startLine: number) => {
    element(path, startLine);
    containers.push(kind);
  };
  const close = () => {
    containers.pop();
    if (containers.length === 0) done = true;
  };
  try {
    visit(
      text,
      {
        onObjectBegin: (_o, _l, startLine, _c, path) => open("object", path(), startLine),
        onObjectEnd: close,
        onArrayBegin: (_o, _l, startLine, _c, path) => open("array", path(), startLine),
        onArrayEnd: close,
        onLiteralValue: (_v, _o, _l, startLine, _c, path) => {
          element(path(), startLine);
          if (containers.length === 0) done = true;
        },
        onObjectProperty: (property, _o, _l, startLine, _c, path) => {
          const key = formatKey([...path(), property]);
          if (!lines.has(key)) lines.set(key, startLine + 1);
        },
        onError: (code, offset, length) => {
          first ??= describe(text, code, offset, length, done ? "done" : containers[containers.length - 1]);
        },
      },
      { disallowComments: false, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch (err) {
    // Nesting deep enough to exhaust the stack: no locations, JSON.parse still decides validity.
    if (!(err instanceof RangeError)) throw err;
  }
  if (first) return { error: { ...lineColumn(text, first.at), message: first.message }, lines };
  try {
    return { value: JSON.parse(stripComments(text, " ")) as unknown, lines };
  } catch (err) {
    return { error: { message: err instanceof Error ? err.message : String(err) }, lines };
  }
}
