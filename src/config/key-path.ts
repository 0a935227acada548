/**
 * Key paths as users read them: `runner.sandbox`, `issues.paths[0]`, `runner.env["MY VAR"]`.
 * The JSON locator and the validator both build them here so their keys match exactly.
 */
const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

export function joinKey(parent: string, key: string | number): string {
  if (typeof key === "number") return `${parent}[${key}]`;
  if (PLAIN_KEY.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}

/**
 * Splits a typanion error (`.runner.env["A B"]: message`, `.: message` at the root) into our key path and
 * the message. Typanion writes `.name` for identifier keys, `[n]` for indices and `["json"]` otherwise.
 */
export function splitTypanionError(error: string): { key: string; message: string } {
  let i = 0;
  let key = "";
  for (;;) {
    if (error.startsWith(": ", i)) return { key, message: error.slice(i + 2) };
    const ident = /^\.([a-zA-Z_][a-zA-Z0-9_]*)/.exec(error.slice(i));
    if (ident?.[1]) {
      key = joinKey(key, ident[1]);
      i += ident[0].length;
      continue;
    }
    if (error[i] === ".") {
      i += 1;
      continue;
    }
    const index = /^\[(\d+)\]/.exec(error.slice(i));
    if (index?.[1]) {
      key = joinKey(key, Number(index[1]));
      i += index[0].length;
      continue;
    }
    const quoted = /^\[("(?:[^"\\]|\\.)*")\]/.exec(error.slice(i));
    if (quoted?.[1]) {
      key = joinKey(key, JSON.parse(quoted[1]) as string);
      i += quoted[0].length;
      continue;
    }
    // Not a path we know how to read: keep the whole text rather than lose part of it.
    return { key: "", message: error };
  }
}

/** A key path as an array (`["runner", "env", "MY VAR"]`) written the one way users read it. */
export function formatKey(path: readonly (string | number)[]): string {
  return path.reduce<string>((parent, key) => joinKey(parent, key), "");
}
