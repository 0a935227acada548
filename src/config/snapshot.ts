import { joinKey } from "./key-path";

/**
 * A module config's value copied into plain data before anything looks at it. Getters, proxies and
 * cycles run or fail here, once, inside the loader's error handling (a throwing getter becomes a problem
 * naming its key, not a stack trace), and the validator never meets a live object again.
 */

export class SnapshotError extends Error {
  constructor(
    readonly key: string,
    message: string,
  ) {
    super(message);
  }
}

/** No config nests this deep; the limit keeps a hostile structure from exhausting the stack. */
const MAX_DEPTH = 64;
const MAX_ITEMS = 100_000;

function reason(err: unknown): string {
  try {
    return err instanceof Error ? err.message : String(err);
  } catch {
    return "a value that cannot be shown";
  }
}

export function snapshotConfig(value: unknown): unknown {
  const ancestors = new Set<object>();
  const copy = (node: unknown, key: string, depth: number): unknown => {
    if (typeof node !== "object" || node === null) return node;
    if (depth > MAX_DEPTH) throw new SnapshotError(key, `the config nests more than ${MAX_DEPTH} levels deep`);
    if (ancestors.has(node)) throw new SnapshotError(key, "the config refers to itself (a cycle)");
    const read = (child: string | number, get: () => unknown) => {
      const at = joinKey(key, child);
      let v: unknown;
      try {
        v = get();
      } catch (err) {
        throw new SnapshotError(at, `reading ${at} failed: ${reason(err)}`);
      }
      return copy(v, at, depth + 1);
    };
    ancestors.add(node);
    try {
      let isArray: boolean;
      let proto: unknown;
      let keys: string[];
      try {
        isArray = Array.isArray(node);
        proto = Object.getPrototypeOf(node);
        keys = isArray ? [] : Object.keys(node);
      } catch (err) {
        throw new SnapshotError(key, `reading ${key || "the config"} failed: ${reason(err)}`);
      }
      if (isArray) {
        const list = node as unknown[];
        const length = read("length", () => list.length) as number;
        if (!Number.isSafeInteger(length) || length < 0 || length > MAX_ITEMS) throw new SnapshotError(key, `${key || "the config"} holds more than ${MAX_ITEMS} items`);
        return Array.from({ length }, (_, i) => read(i, () => list[i]));
      }
      // Dates, Maps, class instances…: left for the validator to name as the wrong type.
      if (proto !== null && Object.getPrototypeOf(proto) !== null) return node;
      const out: Record<string, unknown> = {};
      for (const name of keys) {
        Object.defineProperty(out, name, { value: read(name, () => (node as Record<string, unknown>)[name]), enumerable: true, writable: true, configurable: true });
      }
      return out;
    } finally {
      ancestors.delete(node);
    }
  };
  return copy(value, "", 0);
}
