import { mkdtempSync, realpathSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { readJson } from "../../src/config/json";
import { CONFIG_SETTLE_MS, loadConfigFile } from "../../src/config/load";
import type { Problem, Result } from "../../src/errors";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function file(name: string, text: string): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "orchestrator-load-")));
  dirs.push(dir);
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

async function raw(name: string, text: string): Promise<unknown> {
  const result = await loadConfigFile(file(name, text));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value.raw;
}

function only(result: Result<unknown>): Problem {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error("expected a failure");
  expect(result.problems).toHaveLength(1);
  return result.problems[0] as Problem;
}

describe("loadConfigFile: formats", () => {
  it("reads JSON (with a byte-order mark too)", async () => {
    expect(await raw("orchestrator.config.json", '{ "review": { "maxCycles": 3 } }')).toEqual({ review: { maxCycles: 3 } });
    expect(await raw("orchestrator.config.json", '\uFEFF{ "logs": { "root": "l" } }')).toEqual({ logs: { root: "l" } });
  });

  it("imports the default export of an .mjs config", async () => {
    expect(await raw("orchestrator.config.mjs", "export default { review: { maxCycles: 1 } };\n")).toEqual({ review: { maxCycles: 1 } });
  });

  it("imports a .js config, ES module or CommonJS", async () => {
    expect(await raw("orchestrator.config.js", "export default { runner: { model: 'm' } };\n")).toEqual({ runner: { model: "m" } });
    expect(await raw("orchestrator.config.js", "module.exports = { runner: { model: 'cjs' } };\n")).toEqual({ runner: { model: "cjs" } });
  });

  it("loads a .ts config without a compile step: types, and defineConfig from the package", async () => {
    const text = [
      'import { defineConfig, type UserConfig } from "@orchestrator/engine";',
      "interface Extra { cycles: number }",
      "const extra: Extra = { cycles: 4 };",
      "const base: UserConfig = { worktrees: { push: true } };",
      "export default defineConfig({ ...base, review: { maxCycles: extra.cycles satisfies number } });",
    ].join("\n");
    expect(await raw("orchestrator.config.ts", text)).toEqual({ worktrees: { push: true }, review: { maxCycles: 4 } });
  });

  it("calls a default-exported function, sync or async, and awaits a promise", async () => {
    expect(await raw("orchestrator.config.mjs", "export default () => ({ logs: { root: 'a' } });")).toEqual({ logs: { root: "a" } });
    expect(await raw("orchestrator.config.ts", "export default async (): Promise<object> => ({ logs: { root: 'b' } });")).toEqual({ logs: { root: "b" } });
    expect(await raw("orchestrator.config.mjs", "export default Promise.resolve({ logs: { root: 'c' } });")).toEqual({ logs: { root: "c" } });
  });

  it("re-evaluates a module config edited since it was loaded", async () => {
    const path = file("orchestrator.config.mjs", "export default { review: { maxCycles: 1 } };");
    const first = await loadConfigFile(path);
    writeFileSync(path, "export default { review: { maxCycles: 2 } };");
    // The module URL carries the mtime; move it for sure, whatever the file system's timestamp resolution.
    utimesSync(path, new Date(), new Date(Date.now() + 5_000));
    const second = await loadConfigFile(path);
    expect(first.ok && first.value.raw).toEqual({ review: { maxCycles: 1 } });
    expect(second.ok && second.value.raw).toEqual({ review: { maxCycles: 2 } });
  });
});

describe("loadConfigFile: errors", () => {
  it("reports a JSON syntax error with its line and column", async () => {
    const path = file("orchestrator.config.json", '{\n  "review": {\n    "maxCycles": 2,\n  }\n}\n');
    const problem = only(await loadConfigFile(path, "orchestrator.config.json"));
    expect(problem).toMatchObject({ code: "CONFIG_LOAD", file: "orchestrator.config.json", line: 4 });
    expect(problem.message).toBe("invalid JSON at line 4, column 3: trailing comma before '}' (JSON does not allow one)");
  });

  it.each([
    ["", 1, 1, "expected a value, got the end of the file"],
    ['{ "a": }', 1, 8, 'expected a value, got "}"'],
    ['{ "a" 1 }', 1, 7, "expected ':' after the property name, got \"1\""],
    ["{ 'a': 1 }", 1, 3, "expected a property name in double quotes, got \"'\""],
    ['{ "a": 1 } x', 1, 12, 'unexpected "x" after the end of the JSON value'],
    ['{\n"a": "line\nbreak" }', 2, 11, "line break or control character inside a string (write it as an escape such as \\n)"],
    ['[1, 2', 1, 6, "expected ',' or ']', got the end of the file"],
    ['{ "a": tru }', 1, 8, 'expected a value, got "t"'],
    ['{ "a": "\\x" }', 1, 9, "invalid escape sequence in a string"],
    ['{ "a": 01 }', 1, 9, "expected ',' or '}', got \"1\""],
    ['/* comment\n{}', 1, 1, "unterminated comment"],
  ])("locates the JSON error in %j", async (text, line, column, message) => {
    const problem = only(await loadConfigFile(file("c.json", text)));
    expect(problem.message).toBe(`invalid JSON at line ${line}, column ${column}: ${message}`);
    expect(problem.line).toBe(line);
  });

  it("reports an exception thrown while evaluating a module config, naming the file and the message", async () => {
    const problem = only(await loadConfigFile(file("orchestrator.config.mjs", "const a = 1;\nthrow new Error('no API key');\n"), "shown.mjs"));
    expect(problem).toMatchObject({ code: "CONFIG_LOAD", file: "shown.mjs" });
    expect(problem.message).toContain("no API key");
  });

  it("reports a TypeScript config that throws, and one with a syntax error", async () => {
    const thrown = only(await loadConfigFile(file("orchestrator.config.ts", "const n: number = 1;\nthrow new TypeError(`bad ${n}`);\n")));
    expect(thrown.code).toBe("CONFIG_LOAD");
    expect(thrown.message).toContain("bad 1");
    const syntax = only(await loadConfigFile(file("orchestrator.config.ts", "const n: number = 1;\nexport default { a: ;\n")));
    expect(syntax).toMatchObject({ code: "CONFIG_LOAD", line: 2, message: "syntax error at line 2, column 21: Unexpected token" });
  });

  it("reports a function export that throws or rejects", async () => {
    const problem = only(await loadConfigFile(file("c.mjs", "export default async () => { throw new Error('async boom'); };")));
    expect(problem.message).toContain("async boom");
  });

  it("reports a module config without a default export, instead of reading its named exports", async () => {
    for (const [name, text] of [
      ["c.mjs", "export const config = { review: { maxCycles: 1 } };"],
      ["c.ts", "export const config: object = { review: { maxCycles: 1 } };"],
    ] as const) {
      const problem = only(await loadConfigFile(file(name, text)));
      expect(problem.code).toBe("CONFIG_LOAD");
      expect(problem.message).toContain("no default export");
    }
  });

  it("rejects an unsupported file type", async () => {
    const problem = only(await loadConfigFile(file("orchestrator.config.yaml", "a: 1")));
    expect(problem.message).toContain('".yaml"');
  });

  it("reports an unreadable JSON config", async () => {
    const path = file("c.json", "{}");
    rmSync(path);
    expect(only(await loadConfigFile(path)).message).toContain("cannot read");
  });
});

describe("loadConfigFile: a config is data (issue 14)", () => {
  it("gives up on a config that never settles after a bounded wait (10 s by default), naming the file and why", async () => {
    expect(CONFIG_SETTLE_MS).toBe(10_000);
    for (const [name, text] of [
      ["c.mjs", "export default new Promise(() => {});"],
      ["f.mjs", "export default () => new Promise(() => {});"],
      ["top.mjs", "await new Promise(() => {});\nexport default {};"],
      ["thenable.mjs", "export default { then() {} };"],
      ["c.ts", "const never: Promise<object> = new Promise(() => {});\nexport default never;"],
    ] as const) {
      const started = performance.now();
      const problem = only(await loadConfigFile(file(name, text), `shown/${name}`, { settleMs: 300 }));
      expect(performance.now() - started).toBeLessThan(5000);
      expect(problem).toMatchObject({ code: "CONFIG_LOAD", file: `shown/${name}` });
      expect(problem.message).toContain("did not settle within 0.3 s");
    }
  });

  it("still waits for a config that settles in time", async () => {
    const result = await loadConfigFile(file("c.mjs", "export default new Promise((r) => setTimeout(() => r({ review: { maxCycles: 4 } }), 50));"), "c.mjs", { settleMs: 5000 });
    expect(result.ok && result.value.raw).toEqual({ review: { maxCycles: 4 } });
  });

  it("reports a getter that throws with its key path and reason, anywhere in the config", async () => {
    const top = only(await loadConfigFile(file("c.mjs", 'export default { get runner() { throw new Error("x") } };'), "c.mjs"));
    expect(top).toMatchObject({ code: "CONFIG_LOAD", file: "c.mjs", key: "runner", message: "reading runner failed: x" });
    const deep = only(await loadConfigFile(file("d.mjs", 'export default { runner: { env: { get ["MY VAR"]() { throw "nope" } } } };'), "d.mjs"));
    expect(deep).toMatchObject({ key: 'runner.env["MY VAR"]', message: 'reading runner.env["MY VAR"] failed: nope' });
    const proxy = only(await loadConfigFile(file("p.mjs", 'export default new Proxy({}, { ownKeys() { throw new Error("trap") } });'), "p.mjs"));
    expect(proxy.message).toBe("reading the config failed: trap");
    const shy = only(await loadConfigFile(file("s.mjs", "export default () => { throw { get message() { throw 1 }, toString() { throw 2 } } };"), "s.mjs"));
    expect(shy.message).toContain("cannot be shown");
  });

  it("copies the config into plain data: no getter runs twice, cycles are refused", async () => {
    const counted = await raw("c.mjs", "let n = 0;\nexport default { review: { get maxCycles() { n += 1; return n } } };");
    expect(counted).toEqual({ review: { maxCycles: 1 } });
    expect(Object.getOwnPropertyDescriptor((counted as { review: object }).review, "maxCycles")?.get).toBeUndefined();
    const cycle = only(await loadConfigFile(file("y.mjs", "const c = { runner: { config: {} } };\nc.runner.config.self = c;\nexport default c;"), "y.mjs"));
    expect(cycle).toMatchObject({ key: "runner.config.self", message: "the config refers to itself (a cycle)" });
  });
});

describe("readJson", () => {
  it("finds an error exactly when JSON.parse rejects the text", () => {
    const jsonish = fc.string({ unit: fc.constantFrom("{", "}", "[", "]", ":", ",", '"', "1", "0", "-", ".", "e", "+", "t", "rue", "null", " ", "\\", "u", "a", "\n", "\t") , maxLength: 20 });
    fc.assert(
      fc.property(fc.oneof(fc.json(), jsonish), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(readJson(text).error === undefined).toBe(parses);
      }),
      { numRuns: 2000 },
    );
  });

  it("records the line of every key and array entry", () => {
    const text = '{\n "a": {\n  "b c": [\n   10,\n   { "d": 1 }\n  ]\n },\n "e": 2\n}';
    expect(Object.fromEntries(readJson(text).lines)).toEqual({
      a: 2,
      'a["b c"]': 3,
      'a["b c"][0]': 4,
      'a["b c"][1]': 5,
      'a["b c"][1].d': 5,
      e: 8,
    });
  });

  it("accepts comments (issue 19), keeping every key's line", () => {
    const text = '// the config\n{\n  /* loop */ "review": {\n    // two cycles\n    "maxCycles": 2\n  }\n}\n';
    const json = readJson(text);
    expect(json.error).toBeUndefined();
    expect(json.value).toEqual({ review: { maxCycles: 2 } });
    expect(json.lines.get("review.maxCycles")).toBe(5);
  });
});
