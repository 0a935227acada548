import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { configShape, DEFAULT_CONFIG, validateConfig, type ShapeInfo } from "../../src/config/validate";

const SCHEMA_PATH = fileURLToPath(new URL("../../schema/config.schema.json", import.meta.url));

interface SchemaNode {
  type?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: unknown;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  pattern?: string;
}

const schema = JSON.parse(readFileSync(SCHEMA_PATH, "utf8")) as SchemaNode & { $schema: string };
const ajvValidate = new Ajv({ allErrors: true }).compile(schema);

/** Leaf key paths of the schema (sections recurse; maps such as runner.env are leaves). */
function schemaLeaves(node: SchemaNode, prefix = ""): Map<string, SchemaNode> {
  const out = new Map<string, SchemaNode>();
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (child.properties) for (const [k, v] of schemaLeaves(child, path)) out.set(k, v);
    else out.set(path, child);
  }
  return out;
}

function shapeLeaves(info: ShapeInfo, prefix = ""): Map<string, ShapeInfo> {
  const out = new Map<string, ShapeInfo>();
  for (const [key, child] of Object.entries(info.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (child.properties) for (const [k, v] of shapeLeaves(child, path)) out.set(k, v);
    else out.set(path, child);
  }
  return out;
}

function sections(node: SchemaNode, prefix = ""): [string, SchemaNode][] {
  return Object.entries(node.properties ?? {})
    .filter(([, child]) => child.properties)
    .flatMap(([key, child]) => [[prefix + key, child] as [string, SchemaNode], ...sections(child, `${prefix}${key}.`)]);
}

const at = (value: unknown, key: string): unknown =>
  key.split(".").reduce<unknown>((v, k) => (typeof v === "object" && v !== null ? (v as Record<string, unknown>)[k] : undefined), value);

const leaves = schemaLeaves(schema);
const shape = shapeLeaves(configShape as ShapeInfo);

describe("schema/config.schema.json matches the validator", () => {
  it("has the same keys, sections closed at every level", () => {
    expect([...leaves.keys()].sort()).toEqual([...shape.keys()].sort());
    expect(schema.additionalProperties).toBe(false);
    for (const [name, section] of sections(schema)) {
      expect(section.additionalProperties, name).toBe(false);
      expect(section.type, name).toBe("object");
      expect(section.description, name).toBeTruthy();
    }
  });

  it("has the same enums", () => {
    for (const [key, node] of leaves) {
      expect(node.enum, key).toEqual(shape.get(key)?.values);
    }
    expect(leaves.get("runner.sandbox")?.enum).toEqual(["read-only", "workspace-write", "danger-full-access"]);
  });

  it("has DEFAULT_CONFIG's defaults, and no default where the config has none", () => {
    for (const [key, node] of leaves) {
      if (key === "$schema") continue;
      expect(node.default, key).toEqual(at(DEFAULT_CONFIG, key));
    }
    // Nothing in DEFAULT_CONFIG is missing from the schema.
    for (const [name, section] of Object.entries(DEFAULT_CONFIG)) {
      for (const key of Object.keys(section as object)) expect(leaves.has(`${name}.${key}`), `${name}.${key}`).toBe(true);
    }
  });

  it("describes every key for editors", () => {
    for (const [key, node] of leaves) expect(node.description, key).toMatch(/\S{3}/);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Both judges must agree on whatever they are shown: random configs built from plausible and implausible
// values for every key, plus unknown keys and wrong shapes.

const junk = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -3, max: 50 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -10, max: 100 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.constantFrom("a", "", 1), { maxLength: 3 }),
);
const refChars = fc.constantFrom("a", "Z", "0", "/", ".", "-", "@", "{", "~", " ", "l", "o", "c", "k", "\\", "é", "\u2028", "\t", ":", "*");
const tomlish: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, fc.string({ maxLength: 4 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.array(tie("value"), { maxLength: 3 }), tie("table")),
  table: fc.dictionary(fc.constantFrom("a", "b", "", "model_providers", "x y"), tie("value"), { maxKeys: 3 }),
})).value;

/** Per key: values that should pass, and edge values (some pass, some not) close to the rules. */
const byKey: Record<string, [good: fc.Arbitrary<unknown>, edge: fc.Arbitrary<unknown>]> = {
  $schema: [fc.constant("./schema.json"), junk],
  "issues.paths": [fc.array(fc.constantFrom("docs/**/*.md", "x"), { minLength: 1, maxLength: 2 }), fc.array(fc.constantFrom("a", "", 1), { maxLength: 2 })],
  "issues.dependencyFields": [fc.array(fc.constantFrom("depends_on", "after"), { maxLength: 2 }), fc.array(fc.constantFrom("a", "", 1), { maxLength: 2 })],
  "issues.doneValues": [fc.array(fc.constantFrom("done", "ok"), { maxLength: 2 }), fc.array(fc.constantFrom("a", "", 1), { maxLength: 2 })],
  "runner.default": [fc.constantFrom("codex-sdk", "codex-cli"), fc.constantFrom("codex", "")],
  "runner.fallback": [fc.constant("codex-cli"), fc.constantFrom("codex-sdk", "")],
  "runner.sandbox": [fc.constantFrom("read-only", "workspace-write", "danger-full-access"), fc.constantFrom("x", "READ-ONLY")],
  "runner.reasoningEffort": [fc.constantFrom("minimal", "low", "medium", "high", "xhigh"), fc.constantFrom("max", "")],
  "runner.config": [fc.constant({ model_providers: { p: { base_url: "http://127.0.0.1:1" } } }), tomlish],
  "runner.env": [
    fc.dictionary(fc.constantFrom("A", "PATH", "constructor"), fc.string({ maxLength: 3 }), { maxKeys: 2 }),
    fc.dictionary(fc.constantFrom("A", "A=B", ""), fc.oneof(fc.string({ maxLength: 3 }), junk), { maxKeys: 2 }),
  ],
  "runner.phaseTimeoutMinutes": [fc.constantFrom(0.5, 60, 35791), fc.constantFrom(0, 35791.5, 35792, -1)],
  "runner.idleTimeoutMinutes": [fc.constantFrom(0.5, 2, 35791), fc.constantFrom(0, 35791.5, -1)],
  "review.maxCycles": [fc.integer({ min: 0, max: 10 }), fc.constantFrom(11, -1, 1.5)],
  "review.failOn": [fc.subarray(["blocker", "major", "minor", "nit"]), fc.array(fc.constantFrom("blocker", "critical", "", 1), { maxLength: 2 })],
  "worktrees.branchPrefix": [fc.constantFrom("orchestrator/", "feat-"), fc.string({ unit: refChars, maxLength: 8 })],
  "worktrees.push": [fc.boolean(), fc.constantFrom("true", 0)],
  "worktrees.stack": [fc.boolean(), fc.constantFrom("true", 0)],
  "worktrees.signCommits": [fc.boolean(), fc.constantFrom("true", 0)],
  "graphite.enabled": [fc.boolean(), fc.constantFrom("true", 1)],
  "graphite.submit": [fc.boolean(), fc.constantFrom("true", 1)],
  "graphite.draft": [fc.boolean(), fc.constantFrom("false", 0)],
  "runner.pricing": [
    fc.record({ inputPerMTok: fc.constantFrom(0, 1.25), cachedInputPerMTok: fc.constantFrom(0, 0.125), outputPerMTok: fc.constantFrom(10, 2) }),
    fc.constantFrom({}, { inputPerMTok: -1, cachedInputPerMTok: 0, outputPerMTok: 1 }, { inputPerMTok: 1, cachedInputPerMTok: 0, outputPerMTok: 1, x: 1 }),
  ],
  "budget.maxTokensPerIssue": [fc.integer({ min: 1, max: 10_000_000 }), fc.constantFrom(0, 1.5, -1)],
  "budget.maxTokensPerRun": [fc.integer({ min: 1, max: 10_000_000 }), fc.constantFrom(0, 1.5, -1)],
  "budget.maxCostUsdPerRun": [fc.constantFrom(0.01, 5, 100), fc.constantFrom(0, -1)],
  "github.pullRequests": [fc.constantFrom("off", "draft", "ready"), fc.constantFrom("on", "Draft", true)],
  "github.labels": [fc.array(fc.constantFrom("orchestrator", "needs review", "a".repeat(50))), fc.constantFrom([""], [" "], ["a".repeat(51)], "x")],
};
const valueFor = (key: string) => {
  const [good, edge] = byKey[key] ?? [fc.constantFrom("ok", "a/b.md"), fc.constant("")];
  return fc.oneof({ weight: 12, arbitrary: good }, { weight: 1, arbitrary: edge }, { weight: 1, arbitrary: junk });
};

/** Mostly absent: an unknown key now and then, so most configs can still pass. */
const rarely = (arbitrary: fc.Arbitrary<unknown>) => fc.oneof({ weight: 25, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

const sectionNames = [...new Set([...leaves.keys()].filter((k) => k.includes(".")).map((k) => k.split(".")[0] as string))];
const randomConfig = fc
  .tuple(
    ...sectionNames.map((name) => {
      // A nested section (runner.pricing) is one value of its parent, drawn whole.
      const keys = [...new Set([...leaves.keys()].filter((k) => k.startsWith(`${name}.`)).map((k) => k.split(".").slice(0, 2).join(".")))];
      const section = fc.record(
        Object.fromEntries([...keys.map((k) => [k.slice(name.length + 1), valueFor(k)]), ["tpyo", rarely(junk)]]),
        { requiredKeys: [] },
      );
      return fc.option(fc.oneof({ weight: 30, arbitrary: section }, { weight: 1, arbitrary: junk }), { nil: undefined });
    }),
    fc.option(valueFor("$schema"), { nil: undefined }),
    rarely(junk),
  )
  .map(([...parts]) => {
    const extra = parts.pop();
    const $schema = parts.pop();
    const config: Record<string, unknown> = { $schema, unknownTopLevel: extra };
    sectionNames.forEach((name, i) => (config[name] = parts[i]));
    // What a JSON file can hold: undefined members vanish, as they would on disk.
    return JSON.parse(JSON.stringify(config)) as unknown;
  });

describe("schema and validator agree on random configs", () => {
  it("accept and reject the same configs", () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(randomConfig, (raw) => {
        const ours = validateConfig(raw, "c.json");
        const theirs = ajvValidate(raw);
        if (ours.ok !== theirs) {
          throw new Error(`disagree on ${JSON.stringify(raw)}: validator ${JSON.stringify(ours.ok ? "ok" : ours.problems)}, ajv ${JSON.stringify(ajvValidate.errors)}`);
        }
        if (ours.ok) accepted++;
        else rejected++;
      }),
      // Every key added makes a wholly valid config rarer (about 1.5% of draws with today's keys): enough
      // runs that acceptances stay well clear of the bound below (about 300 expected).
      { numRuns: 20_000 },
    );
    // Both outcomes must actually be exercised for the agreement to mean anything.
    expect(Math.min(accepted, rejected)).toBeGreaterThan(100);
  });

  it("agree on hand-picked configs", () => {
    const samples: unknown[] = [
      {},
      { $schema: "x", issues: { paths: ["a"] }, runner: { config: { model_providers: { p: { base_url: "http://127.0.0.1" } } } } },
      { runner: { config: { a: null } } },
      { runner: { config: { "": 1 } } },
      { worktrees: { branchPrefix: "a..b" } },
      { worktrees: { branchPrefix: "a\u2028..b/" } },
      { worktrees: { branchPrefix: "refs/heads/" } },
      { worktrees: { branchPrefix: "x.lock" } },
      { worktrees: { branchPrefix: "refsx/" } },
      { review: { maxCycles: 2.0 } },
      { checks: [{ name: "unit tests", run: "npm test", timeoutMinutes: 0.5 }], review: { failOn: ["nit"] } },
      { checks: [{ name: "a", run: "" }] },
      { checks: [{ name: " a", run: "x" }] },
      { checks: [{ name: "a", run: "x", timeoutMinutes: 0 }] },
      { checks: [{ name: "a", run: "x", extra: 1 }] },
      { checks: [{ run: "x" }] },
      { checks: {} },
      { review: { failOn: ["critical"] } },
      { issues: { paths: [] } },
      { graphite: { enabled: true } },
      { graphite: { enabled: true, submit: true }, github: { pullRequests: "draft" } },
      { graphite: { enabled: true, submit: true }, github: { pullRequests: "off" } },
      { github: { labels: ["  "] } },
      { logs: { $schema: "x" } },
    ];
    for (const raw of samples) expect(validateConfig(raw, "c.json").ok, JSON.stringify(raw)).toBe(ajvValidate(raw));
  });
});

describe("worktrees.branchPrefix agrees with git", () => {
  it("a prefix is accepted exactly when git accepts prefix + an issue id as a branch name and it reads as no other ref", () => {
    const prefix = fc.string({ unit: refChars, minLength: 1, maxLength: 8 });
    const pattern = new RegExp(leaves.get("worktrees.branchPrefix")?.pattern ?? "", "u");
    fc.assert(
      fc.property(prefix, (p) => {
        let gitAccepts = true;
        try {
          execFileSync("git", ["check-ref-format", "--branch", `${p}ISSUE-1`], { stdio: "ignore" });
        } catch {
          gitAccepts = false;
        }
        // Stricter than git where a valid name would still be read as another ref (issue 14).
        const reserved = /^(?:refs|heads|tags|remotes|HEAD)\//.test(p) || p.endsWith(".lock");
        const ours = validateConfig({ worktrees: { branchPrefix: p } }, "c.json").ok;
        expect({ p, ours }).toEqual({ p, ours: gitAccepts && !reserved });
        expect(pattern.test(p)).toBe(gitAccepts && !reserved);
      }),
      { numRuns: 100 },
    );
  });
});
