import { joinKey } from "./key-path";

export interface JsonScan {
  /** The first syntax error: where it is and what was expected there. */
  error?: { offset: number; message: string };
  /** Offset of every key (and array element) by key path, so validation problems can name a line. */
  keys: Map<string, number>;
}

class SyntaxAt {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/**
 * A JSON scanner that knows where things are. JSON.parse still produces the value; its error messages do
 * not always carry a position (and never a line), which a config author needs.
 */
export function scanJson(text: string): JsonScan {
  const keys = new Map<string, number>();
  let i = 0;

  const stop = (message: string, at = i): never => {
    throw new SyntaxAt(at, message);
  };
  const shown = (at: number) => (at >= text.length ? "the end of the file" : JSON.stringify(String.fromCodePoint(text.codePointAt(at) ?? 0)));
  const expected = (what: string): never => stop(`expected ${what}, got ${shown(i)}`);
  const skipSpace = () => {
    while (i < text.length && " \t\n\r".includes(text[i] as string)) i++;
  };

  const string = (): string => {
    const start = i;
    i++;
    for (;;) {
      if (i >= text.length) stop("unterminated string", start);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return JSON.parse(text.slice(start, i)) as string;
      }
      if (c < 0x20) stop("line break or control character inside a string (write it as an escape such as \\n)");
      if (c !== 0x5c) {
        i++;
        continue;
      }
      const escape = text[i + 1];
      if (escape === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
      else if (escape !== undefined && escape !== "u" && '"\\/bfnrt'.includes(escape)) i += 2;
      else stop(`invalid escape sequence in a string`);
    }
  };

  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

  const value = (path: string): void => {
    skipSpace();
    const c = text[i];
    if (c === "{") return object(path);
    if (c === "[") return array(path);
    if (c === '"') {
      string();
      return;
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number) {
      i += number[0].length;
      return;
    }
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    expected("a value");
  };

  const object = (path: string): void => {
    i++;
    skipSpace();
    if (text[i] === "}") {
      i++;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[i] === "}") stop("trailing comma before '}' (JSON does not allow one)");
      if (text[i] !== '"') expected("a property name in double quotes");
      const at = i;
      const key = joinKey(path, string());
      keys.set(key, at);
      skipSpace();
      if (text[i] !== ":") expected("':' after the property name");
      i++;
      value(key);
      skipSpace();
      if (text[i] === ",") i++;
      else if (text[i] === "}") {
        i++;
        return;
      } else expected("',' or '}'");
    }
  };

  const array = (path: string): void => {
    i++;
    skipSpace();
    if (text[i] === "]") {
      i++;
      return;
    }
    for (let n = 0; ; n++) {
      skipSpace();
      if (text[i] === "]") stop("trailing comma before ']' (JSON does not allow one)");
      keys.set(joinKey(path, n), i);
      value(joinKey(path, n));
      skipSpace();
      if (text[i] === ",") i++;
      else if (text[i] === "]") {
        i++;
        return;
      } else expected("',' or ']'");
    }
  };

  try {
    value("");
    skipSpace();
    if (i < text.length) stop(`unexpected ${shown(i)} after the end of the JSON value`);
    return { keys };
  } catch (err) {
    if (err instanceof SyntaxAt) return { error: { offset: err.offset, message: err.message }, keys };
    // Nesting deep enough to exhaust the stack: no locations, JSON.parse still decides validity.
    if (err instanceof RangeError) return { keys };
    throw err;
  }
}

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf("\n");
  return { line: before.split("\n").length, column: offset - lastBreak };
}
