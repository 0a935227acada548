import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config";
import type { OrchestratorConfig } from "../../src/config/types";
import type { Problem, Result } from "../../src/errors";
import { buildPlan, idProblem, loadIssues, MAX_ISSUE_BYTES, naturalCompare, type IssueDoc } from "../../src/issues";
import { parseYaml, simpleMapping } from "../../src/issues/front-matter";
import { ALIAS_BOMB } from "../support/attacks";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function repoWith(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), "issues-unit-"));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const cfg = (over: Partial<OrchestratorConfig["issues"]> = {}): OrchestratorConfig["issues"] => ({
  ...DEFAULT_CONFIG.issues,
  paths: ["issues/**/*.md"],
  ...over,
});

const doc = (front: string, body = "# Title\n") => `---\n${front}\n---\n${body}`;

function problems<T>(r: Result<T>): Problem[] {
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r.value)}`);
  return r.problems;
}
function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.problems)}`);
  return r.value;
}

describe("naturalCompare", () => {
  it("orders numeric runs by value and never ties two distinct ids", () => {
    const ids = ["ISSUE-10", "ISSUE-2", "ISSUE-1", "A-01", "A-1", "B", "a-1"];
    const sorted = [...ids].sort(naturalCompare);
    expect(sorted.indexOf("ISSUE-2")).toBeLessThan(sorted.indexOf("ISSUE-10"));
    expect(sorted.indexOf("ISSUE-1")).toBeLessThan(sorted.indexOf("ISSUE-2"));
    for (const a of ids) for (const b of ids) if (a !== b) expect(naturalCompare(a, b)).not.toBe(0);
  });

  it("is a total order (antisymmetric, transitive) over generated ids", () => {
    const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,8}$/);
    fc.assert(
      fc.property(id, id, id, (a, b, c) => {
        expect(Math.sign(naturalCompare(a, b)) + Math.sign(naturalCompare(b, a))).toBe(0);
        if (naturalCompare(a, b) <= 0 && naturalCompare(b, c) <= 0) expect(naturalCompare(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe("idProblem", () => {
  it.each([
    ["ISSUE-1", null],
    ["a.b_c-9", null],
    ["-lead", "must match"],
    ["has space", "must match"],
    ["a/b", "must match"],
    ["a..b", 'must not contain ".."'],
    ["x.lock", 'must not end with ".lock"'],
    ["trail.", 'must not end with ".lock" or "."'],
    ["x".repeat(101), "must match"],
  ])("%s", (id, expected) => {
    const got = idProblem(id);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toContain(expected);
  });
});

describe("loadIssues", () => {
  it("extracts id, title, milestone, status and dependencies from every dependency field", async () => {
    const root = repoWith({
      "issues/ONE.md": doc("id: A-1\nmilestone: M1", "# First issue\n\nBody text.\n"),
      "issues/sub/A-2.md": doc("milestone: 2\nstatus: Closed\ntitle: Explicit title", "# Heading ignored\n"),
      "issues/A-3.md": doc("milestone: M1\ndepends_on: [A-1, A-2, A-1]\nblocked_by: A-2\nafter: 7"),
      "issues/7.md": doc("milestone: M2"),
      "other/ignored.md": doc("milestone: M1"),
    });
    const docs = value(await loadIssues(root, cfg({ dependencyFields: ["depends_on", "blocked_by", "after"] })));
    expect(docs.map((d) => d.id)).toEqual(["7", "A-1", "A-2", "A-3"]);
    const [seven, a1, a2, a3] = docs as [IssueDoc, IssueDoc, IssueDoc, IssueDoc];
    expect(a1).toMatchObject({ title: "First issue", path: "issues/ONE.md", milestone: "M1", done: false, dependencies: [] });
    expect(a1.body).toContain("Body text.");
    expect(a2).toMatchObject({ title: "Explicit title", milestone: "2", status: "Closed", done: true });
    expect(a3.dependencies).toEqual(["A-1", "A-2", "7"]);
    expect(a3.title).toBe("Title");
    expect(seven.milestone).toBe("M2");
  });

  it("falls back to the id when there is neither a title field nor a heading, and reads a BOM-prefixed doc", async () => {
    const root = repoWith({ "issues/X-1.md": "\uFEFF---\nmilestone: M1\n---\nno heading here\n" });
    const [x] = value(await loadIssues(root, cfg()));
    expect(x).toMatchObject({ id: "X-1", title: "X-1", milestone: "M1" });
  });

  it("honours custom field names and done values", async () => {
    const root = repoWith({ "issues/a.md": doc("key: K-1\nms: M9\nstate: Shipped\nneeds: K-2"), "issues/b.md": doc("key: K-2\nms: M9") });
    const docs = value(await loadIssues(root, cfg({ idField: "key", milestoneField: "ms", statusField: "state", dependencyFields: ["needs"], doneValues: ["shipped"] })));
    expect(docs.map((d) => [d.id, d.milestone, d.done, d.dependencies])).toEqual([
      ["K-1", "M9", true, ["K-2"]],
      ["K-2", "M9", false, []],
    ]);
  });

  it("reports no match for the globs against issues.paths", async () => {
    const root = repoWith({ "README.md": "hi" });
    const [p] = problems(await loadIssues(root, cfg()));
    expect(p).toMatchObject({ code: "ISSUE_GLOB", key: "issues.paths" });
    expect(p?.message).toContain('"issues/**/*.md"');
  });

  it("collects every problem of every file in one answer", async () => {
    const root = repoWith({
      "issues/bad-yaml.md": "---\nmilestone: M1\ntitle: a: b\n---\n# x\n",
      "issues/open-flow.md": "---\nmilestone: M1\ndepends_on: [A-1\n---\n# x\n",
      "issues/dup-a.md": doc("id: D-1\nmilestone: M1"),
      "issues/dup-b.md": doc("id: D-1\nmilestone: M1"),
      "issues/unsafe.md": doc("id: ../escape\nmilestone: M1"),
      "issues/unknown.md": doc("id: U-1\nmilestone: M1\ndepends_on: [NOPE-9]"),
      "issues/cyc-a.md": doc("id: C-1\nmilestone: M1\ndepends_on: C-2"),
      "issues/cyc-b.md": doc("id: C-2\nmilestone: M1\ndepends_on: C-1"),
      "issues/fields.md": doc("id: F-1\nmilestone: {a: 1}\nstatus: [x]\ndepends_on: [{}, '']"),
      "issues/binary.md": Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]),
      "issues/big.md": "x".repeat(MAX_ISSUE_BYTES + 1),
    });
    const all = problems(await loadIssues(root, cfg()));
    const byCode = (code: string) => all.filter((p) => p.code === code);

    // The line of the bad mapping; the line where the unclosed bracket opens.
    expect(byCode("ISSUE_YAML").map((p) => [p.file, p.line])).toEqual([
      ["issues/bad-yaml.md", 3],
      ["issues/open-flow.md", 3],
    ]);

    expect(byCode("ISSUE_DUPLICATE")).toEqual([expect.objectContaining({ file: "issues/dup-b.md", message: expect.stringContaining("issues/dup-a.md") })]);
    expect(byCode("ISSUE_ID")).toEqual([expect.objectContaining({ file: "issues/unsafe.md", key: "id" })]);
    expect(byCode("ISSUE_UNKNOWN_DEPENDENCY")).toEqual([expect.objectContaining({ file: "issues/unknown.md", key: "depends_on", message: "U-1 depends on NOPE-9, which is no known issue" })]);
    expect(byCode("ISSUE_CYCLE").map((p) => p.message)).toEqual(["dependency cycle: C-1 -> C-2 -> C-1"]);
    expect(byCode("ISSUE_FIELD").map((p) => p.key).sort()).toEqual(["depends_on[0]", "depends_on[1]", "milestone", "status"]);
    expect(byCode("ISSUE_READ").map((p) => p.file).sort()).toEqual(["issues/big.md", "issues/binary.md"]);
    expect(byCode("ISSUE_READ").find((p) => p.file === "issues/big.md")?.message).toContain("1 MiB");
    expect(byCode("ISSUE_READ").find((p) => p.file === "issues/binary.md")?.message).toContain("UTF-8");
  });

  it("names the id's source when the file name makes an unsafe id", async () => {
    const root = repoWith({ "issues/has space.md": doc("milestone: M1") });
    const [p] = problems(await loadIssues(root, cfg()));
    expect(p?.message).toContain('id "has space" (from the file name)');
  });

  it("reports a front matter that is not a mapping", async () => {
    const root = repoWith({ "issues/list.md": "---\n- a\n- b\n---\n# x\n" });
    const [p] = problems(await loadIssues(root, cfg()));
    expect(p).toMatchObject({ code: "ISSUE_YAML", file: "issues/list.md", line: 2 });
  });

  it("prints a three-issue cycle once, starting from one of its members", async () => {
    const root = repoWith({
      "issues/a.md": doc("id: T-1\ndepends_on: T-3"),
      "issues/b.md": doc("id: T-2\ndepends_on: T-1"),
      "issues/c.md": doc("id: T-3\ndepends_on: T-2"),
      "issues/self.md": doc("id: S-1\ndepends_on: S-1"),
    });
    const cycles = problems(await loadIssues(root, cfg())).map((p) => p.message).sort();
    expect(cycles).toHaveLength(2);
    expect(cycles[0]).toBe("dependency cycle: S-1 -> S-1");
    expect(cycles[1]).toMatch(/^dependency cycle: (T-\d) -> (T-\d) -> (T-\d) -> \1$/);
  });
});

describe("issue docs are data (issue 14)", () => {
  it("never evaluates a front matter in another language: ---js, ---javascript, ---coffee, ---json are refused on line 1", async () => {
    const marker = join(mkdtempSync(join(tmpdir(), "issues-marker-")), "pwned");
    dirs.push(dirname(marker));
    const payload = `{ id: "E-1", title: String(require("child_process").execFileSync("touch", [${JSON.stringify(marker)}])) }`;
    const root = repoWith({
      "issues/js.md": `---js\n${payload}\n---\n# x\n`,
      "issues/javascript.md": `---javascript\n${payload}\n---\n# x\n`,
      "issues/coffee.md": `---coffee\ntitle: require("child_process").execFileSync "touch", [${JSON.stringify(marker)}]\n---\n# x\n`,
      "issues/json.md": '---json\n{"id": "J-1"}\n---\n# x\n',
      "issues/spaced.md": "--- js\nmodule.exports = {}\n---\n",
      "issues/yaml.md": "---yaml\nid: Y-1\n---\n# ok\n",
      "issues/yml.md": "--- YML \nid: Y-2\n---\n# ok\n",
    });
    const all = problems(await loadIssues(root, cfg()));
    expect(existsSync(marker)).toBe(false);
    expect(all.map((p) => [p.code, p.file, p.line]).sort()).toEqual(
      ["coffee", "javascript", "js", "json", "spaced"].map((name) => ["ISSUE_YAML", `issues/${name}.md`, 1]),
    );
    expect(all.find((p) => p.file === "issues/js.md")?.message).toContain('"js" is not accepted: only YAML');
  });

  it("keeps front-matter scalars as the text written: 010, 1.0, 2026-01-01, yes", async () => {
    const root = repoWith({
      "issues/a.md": doc("id: 010\nmilestone: 1.0\nstatus: yes\ndepends_on: [011, 1e3]\ndue: 2026-01-01\nflag: true\nnone: ~\nlist: [0x1F, .5]\ntitle: 12"),
      "issues/b.md": doc("id: 011\nmilestone: 2026-01-01"),
      "issues/c.md": doc("id: 1e3\nmilestone: 1.0\nstatus: 'Done'"),
    });
    const docs = new Map(value(await loadIssues(root, cfg({ doneValues: ["done", "yes"] }))).map((d) => [d.path, d]));
    const [a, b, c] = ["issues/a.md", "issues/b.md", "issues/c.md"].map((path) => docs.get(path)) as [IssueDoc, IssueDoc, IssueDoc];
    expect(a).toMatchObject({ id: "010", milestone: "1.0", status: "yes", done: true, dependencies: ["011", "1e3"], title: "12" });
    expect(a.frontMatter).toEqual({ id: "010", milestone: "1.0", status: "yes", depends_on: ["011", "1e3"], due: "2026-01-01", flag: "true", none: null, list: ["0x1F", ".5"], title: "12" });
    expect(b).toMatchObject({ id: "011", milestone: "2026-01-01" });
    expect(c).toMatchObject({ id: "1e3", milestone: "1.0", done: true });
  });

  it("reads CRLF docs and keeps the Markdown after the closing line as the body", async () => {
    const root = repoWith({ "issues/crlf.md": "---\r\nid: C-1\r\nmilestone: 1.0\r\ntags:\r\n  - a\r\n---\r\n# Title\r\nbody\r\n" });
    const [c] = value(await loadIssues(root, cfg()));
    expect(c).toMatchObject({ id: "C-1", milestone: "1.0", title: "Title", frontMatter: { id: "C-1", milestone: "1.0", tags: ["a"] } });
    expect(c?.body).toBe("# Title\r\nbody\r\n");
  });

  it("refuses a YAML alias bomb quickly, with the file named", async () => {
    expect(Buffer.byteLength(ALIAS_BOMB)).toBe(558);
    const root = repoWith({ "issues/bomb.md": ALIAS_BOMB, "issues/ok.md": doc("id: OK-1") });
    const started = performance.now();
    const [p, ...rest] = problems(await loadIssues(root, cfg()));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ code: "ISSUE_YAML", file: "issues/bomb.md" });
    expect(p?.message).toContain("more than 10000 values");
  });

  it("keeps a few aliases, expanded as copies", async () => {
    const root = repoWith({ "issues/a.md": doc("id: A-1\nbase: &b [x, y]\ncopy: *b") });
    const [a] = value(await loadIssues(root, cfg()));
    expect(a?.frontMatter).toEqual({ id: "A-1", base: ["x", "y"], copy: ["x", "y"] });
    expect(a?.frontMatter.copy).not.toBe(a?.frontMatter.base);
  });

  it("treats __proto__ and constructor as data, and a field name that is an Object method as absent", async () => {
    const root = repoWith({ "issues/a.md": doc("id: P-1\n__proto__: {polluted: yes}\nconstructor: x") });
    const [a] = value(await loadIssues(root, cfg({ statusField: "toString" })));
    expect(a?.status).toBeUndefined();
    expect(Object.getPrototypeOf(a?.frontMatter)).toBe(Object.prototype);
    expect(Object.hasOwn(a?.frontMatter ?? {}, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses deep nesting and an unclosed front matter with a structured error", async () => {
    const root = repoWith({
      "issues/deep.md": `---\nid: D-1\nx: ${"[".repeat(5000)}${"]".repeat(5000)}\n---\n`,
      "issues/open.md": "---\nid: O-1\n# never closed\n",
      "issues/dup.md": "---\nid: U-1\nid: U-2\n---\n",
    });
    const all = problems(await loadIssues(root, cfg()));
    expect(all.map((p) => [p.file, p.code]).sort()).toEqual([
      ["issues/deep.md", "ISSUE_YAML"],
      ["issues/dup.md", "ISSUE_YAML"],
      ["issues/open.md", "ISSUE_YAML"],
    ]);
    expect(all.find((p) => p.file === "issues/open.md")?.message).toContain("never closed");
    expect(all.find((p) => p.file === "issues/dup.md")).toMatchObject({ line: 3 });
  });

  it("reads only regular files inside the repository: links out, /dev/zero and FIFOs are refused by name", async () => {
    const outside = repoWith({ "secret.md": doc("id: S-1\ntitle: secret") });
    const root = repoWith({ "issues/real.md": doc("id: R-1"), "shared/inside.md": doc("id: I-1") });
    symlinkSync(join(outside, "secret.md"), join(root, "issues/out.md"));
    symlinkSync("/dev/zero", join(root, "issues/zero.md"));
    symlinkSync(outside, join(root, "issues/linked-dir"));
    symlinkSync("../shared/inside.md", join(root, "issues/in.md"));
    execFileSync("mkfifo", [join(root, "shared/fifo.md")]);
    symlinkSync("../shared/fifo.md", join(root, "issues/fifo.md"));
    const started = performance.now();
    const all = problems(await loadIssues(root, cfg()));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(all.map((p) => [p.code, p.file]).sort()).toEqual([
      ["ISSUE_READ", "issues/fifo.md"],
      ["ISSUE_READ", "issues/linked-dir/secret.md"],
      ["ISSUE_READ", "issues/out.md"],
      ["ISSUE_READ", "issues/zero.md"],
    ]);
    const message = (file: string) => all.find((p) => p.file === file)?.message ?? "";
    expect(message("issues/out.md")).toContain(`symbolic link to ${join(outside, "secret.md")}, outside the repository`);
    expect(message("issues/zero.md")).toContain("/dev/zero, outside the repository");
    expect(message("issues/fifo.md")).toContain("a FIFO (named pipe); only regular files are read");

    // A link that stays inside the repository is followed.
    rmSync(join(root, "issues/out.md"));
    rmSync(join(root, "issues/zero.md"));
    rmSync(join(root, "issues/linked-dir"));
    rmSync(join(root, "issues/fifo.md"));
    expect(value(await loadIssues(root, cfg())).map((d) => [d.id, d.path])).toEqual([
      ["I-1", "issues/in.md"],
      ["R-1", "issues/real.md"],
    ]);
  });

  it("refuses globs that reach outside the repository at read time too", async () => {
    const outside = repoWith({ "x.md": doc("id: X-1") });
    const root = repoWith({ "issues/a.md": doc("id: A-1") });
    const all = problems(await loadIssues(root, cfg({ paths: [`${outside}/*.md`] })));
    expect(all).toEqual([expect.objectContaining({ code: "ISSUE_READ", message: expect.stringContaining("is outside the repository") })]);
  });
});

function issue(id: string, milestone: string | undefined, dependencies: string[] = [], done = false): IssueDoc {
  return { id, title: id, path: `issues/${id}.md`, milestone, dependencies, done, status: done ? "done" : undefined, frontMatter: {}, body: "" };
}

describe("buildPlan", () => {
  const issues = [
    issue("M1-10", "M1"),
    issue("M1-2", "M1", ["M1-10", "OLD-1", "NEXT-1", "GONE-1"]),
    issue("M1-1", "M1"),
    issue("M1-3", "M1", ["M1-2"]),
    issue("OLD-1", "M0", [], true),
    issue("NEXT-1", "M2"),
    issue("GONE-1", undefined),
    issue("M1-DONE", "M1", [], true),
  ];

  it("orders topologically with natural-order ties, skips done issues and warns about outside dependencies", () => {
    const plan = value(buildPlan(issues, { milestone: "M1" }));
    expect(plan.issues.map((p) => p.issue.id)).toEqual(["M1-1", "M1-10", "M1-2", "M1-3"]);
    expect(plan.issues.map((p) => p.waitsFor)).toEqual([[], [], ["M1-10"], ["M1-2"]]);
    expect(plan.warnings).toEqual([
      "M1-2 depends on GONE-1 (no milestone, not done): not waited on",
      "M1-2 depends on NEXT-1 (milestone M2, not done): not waited on",
    ]);
  });

  it("selects one issue with --issue and warns about the dependencies it leaves out", () => {
    const plan = value(buildPlan(issues, { milestone: "M1", issue: "M1-3" }));
    expect(plan.issues).toEqual([{ issue: expect.objectContaining({ id: "M1-3" }), waitsFor: [], leftOut: ["M1-2"] }]);
    expect(plan.warnings).toContain("M1-3 depends on M1-2, which --issue leaves out: stacked on its branch if it passed in an earlier run, else running without it");
  });

  it.each([
    ["NOPE", "no issue has this id"],
    ["NEXT-1", "it belongs to milestone M2"],
    ["M1-DONE", "it is already done (status done)"],
  ])("refuses --issue %s: %s", (id, why) => {
    const [p] = problems(buildPlan(issues, { milestone: "M1", issue: id }));
    expect(p).toMatchObject({ code: "ISSUE_NOT_IN_MILESTONE" });
    expect(p?.message).toBe(`--issue ${id} is not an open issue of milestone M1: ${why}`);
  });

  it("returns an empty plan naming the done issues for a milestone with no open issue", () => {
    expect(value(buildPlan(issues, { milestone: "M0" }))).toMatchObject({ issues: [], done: ["OLD-1"] });
  });

  it("refuses a milestone no issue has, listing those that exist and the near match", () => {
    const [p] = problems(buildPlan(issues, { milestone: "m2" }));
    expect(p).toEqual({ code: "USAGE", message: 'no issue doc has milestone "m2"; milestones: M0, M1, M2', hint: "Did you mean --milestone M2?" });
    expect(problems(buildPlan([issue("A", undefined)], { milestone: "M1" }))[0]?.message).toBe('no issue doc has milestone "M1"; no issue doc has a milestone at all');
  });

  it("guards against a cycle in docs that did not come through loadIssues", () => {
    const [p] = problems(buildPlan([issue("A", "M"), issue("B", "M", ["C"]), issue("C", "M", ["B"])], { milestone: "M" }));
    expect(p).toMatchObject({ code: "ISSUE_CYCLE", message: "dependency cycle among B, C" });
  });

  /** A random DAG: edges only from a later to an earlier index of a random permutation. */
  const dag = fc
    .integer({ min: 1, max: 40 })
    .chain((n) =>
      fc.record({
        ids: fc.uniqueArray(fc.stringMatching(/^[A-Z]{1,2}-[0-9]{1,3}$/), { minLength: n, maxLength: n }),
        edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 3 }),
        done: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        shuffle: fc.array(fc.nat(), { minLength: n, maxLength: n }),
      }),
    )
    .map(({ ids, edges, done, shuffle }) => {
      const deps = new Map(ids.map((id) => [id, new Set<string>()]));
      for (const [a, b] of edges) if (a > b) deps.get(ids[a] as string)?.add(ids[b] as string);
      const docs = ids.map((id, i) => issue(id, "M", [...(deps.get(id) ?? [])], done[i] as boolean && i % 3 === 0));
      const shuffled = docs.map((d, i) => [shuffle[i] as number, d] as const).sort((x, y) => x[0] - y[0]).map(([, d]) => d);
      return { docs, shuffled };
    });

  it("property: every acyclic graph yields an order that respects every edge, the same for any input order", () => {
    fc.assert(
      fc.property(dag, ({ docs, shuffled }) => {
        const plan = value(buildPlan(docs, { milestone: "M" }));
        const order = plan.issues.map((p) => p.issue.id);
        const open = docs.filter((d) => !d.done).map((d) => d.id);
        expect([...order].sort()).toEqual([...open].sort());
        const position = new Map(order.map((id, i) => [id, i]));
        for (const p of plan.issues) {
          for (const dep of p.waitsFor) expect(position.get(dep) as number).toBeLessThan(position.get(p.issue.id) as number);
          // Every open dependency is waited on; done ones never are.
          const openDeps = p.issue.dependencies.filter((d) => position.has(d));
          expect(p.waitsFor).toEqual(openDeps);
        }
        expect(value(buildPlan(shuffled, { milestone: "M" }))).toEqual(plan);
      }),
      { numRuns: 300 },
    );
  });

  it("property: among ready issues the natural-order smallest goes first", () => {
    fc.assert(
      fc.property(dag, ({ docs }) => {
        const plan = value(buildPlan(docs, { milestone: "M" }));
        const placed = new Set<string>();
        for (const p of plan.issues) {
          const ready = plan.issues.filter((q) => !placed.has(q.issue.id) && q.waitsFor.every((d) => placed.has(d))).map((q) => q.issue.id);
          expect(p.issue.id).toBe([...ready].sort(naturalCompare)[0]);
          placed.add(p.issue.id);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("property: adding a back edge to a chain is refused as a cycle by loadIssues", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 6 }), fc.nat(), async (n, pick) => {
        const files: Record<string, string> = {};
        for (let i = 1; i <= n; i++) files[`issues/N-${i}.md`] = doc(`milestone: M\ndepends_on: ${i === 1 ? `N-${n}` : `N-${i - 1}`}`);
        const from = (pick % n) + 1;
        const root = repoWith(files);
        try {
          const all = problems(await loadIssues(root, cfg()));
          expect(all.map((p) => p.code)).toEqual(["ISSUE_CYCLE"]);
          expect(all[0]?.message).toContain(`N-${from}`);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 20 },
    );
  });
});

describe("fuzzing the issue-doc parser", () => {
  const yamlish = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom("id: A-1", "milestone: M1", "depends_on: [A-1, B]", "status: done", "id: [1, 2]", "milestone: {x: 1}", "depends_on: {a: b}", "a: b: c", "- list", "? key", "&anchor x", "*alias", "!!binary AAAA", "id: ../x", "milestone: 2026-11-25", "depends_on: [~, 1.5, true]", "\t- tab", "'unclosed", "[", "}"),
  );
  const docText = fc.tuple(fc.array(yamlish, { maxLength: 6 }), fc.string({ maxLength: 60 }), fc.boolean()).map(([front, body, fenced]) => (fenced ? `---\n${front.join("\n")}\n---\n${body}` : `${front.join("\n")}\n${body}`));

  it("never throws: every doc is either parsed or refused with a structured error naming its file", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(docText, { minLength: 1, maxLength: 4 }), async (texts) => {
        const files = Object.fromEntries(texts.map((t, i) => [`issues/doc-${i}.md`, t]));
        const root = repoWith(files);
        try {
          const result = await loadIssues(root, cfg());
          if (result.ok) {
            for (const d of result.value) expect(idProblem(d.id)).toBeNull();
          } else {
            for (const p of result.problems) {
              expect(p.code).toMatch(/^ISSUE_/);
              expect(p.message.length).toBeGreaterThan(0);
              if (p.code !== "ISSUE_CYCLE" && p.code !== "ISSUE_GLOB") expect(Object.keys(files)).toContain(p.file);
            }
          }
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 150 },
    );
  });

  it("property: a front matter opened with any language but YAML is refused on line 1, whatever it holds", async () => {
    const language = fc.stringMatching(/^[A-Za-z][\w+-]{0,12}$/).filter((l) => !["yaml", "yml"].includes(l.toLowerCase()));
    await fc.assert(
      fc.asyncProperty(language, fc.string({ maxLength: 40 }), async (lang, front) => {
        const root = repoWith({ "issues/doc.md": `---${lang}\n${front.replace(/^---/gm, "")}\n---\n# x\n` });
        try {
          expect(problems(await loadIssues(root, cfg()))).toEqual([expect.objectContaining({ code: "ISSUE_YAML", file: "issues/doc.md", line: 1 })]);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 40 },
    );
  });

  it("property: the fast path for simple front matter gives exactly what the YAML parser gives, or steps aside", () => {
    const word = fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_./+-]{0,8}$/),
      fc.constantFrom("010", "1.0", "2026-01-01", "yes", "no", "true", "null", "Null", "~", "0x1F", "1e3", ".5", "-1", "a b", "a  b", "a:b", "a #b", "'q'", '"q"', "[x]", "{}", "&a", "*a", "!!str x", "|"),
    );
    const value = fc.oneof(word, fc.array(word, { maxLength: 4 }).map((items) => `[${items.join(", ")}]`), fc.constantFrom("", " ", "[]", "[ a , b ]", "[a,]", "[a, [b]]"));
    const key = fc.oneof(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,6}$/), fc.constantFrom("null", "true", "010", "a b", "<<", "__proto__", "constructor"));
    const line = fc.oneof(
      { weight: 8, arbitrary: fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`) },
      { weight: 1, arbitrary: fc.constantFrom("", "# comment", "  indented: x", "- item", "k:v", "k:\tv", "k: v # c") },
    );
    let answered = 0;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), (lines) => {
        const text = lines.join("\n");
        const fast = simpleMapping(text);
        if (fast === undefined) return;
        answered += 1;
        const full = parseYaml(text);
        expect(full.ok).toBe(true);
        expect(fast).toEqual(full.ok ? (full.value ?? {}) : undefined);
      }),
      { numRuns: 400 },
    );
    // Not vacuous: the fast path answers a good share of the generated docs.
    expect(answered).toBeGreaterThan(40);
  });

  it("property: an unquoted scalar milestone comes back as the exact text written", async () => {
    const plain = fc.stringMatching(/^[0-9A-Za-z][0-9A-Za-z._+-]{0,15}$/).filter((m) => !/^(?:null|Null|NULL)$/.test(m));
    await fc.assert(
      fc.asyncProperty(plain, async (milestone) => {
        const root = repoWith({ "issues/A-1.md": doc(`milestone: ${milestone}`) });
        try {
          expect(value(await loadIssues(root, cfg()))[0]?.milestone).toBe(milestone);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 60 },
    );
  });
});
