import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { branchPrefixProblem, DEFAULT_CONFIG, validateConfig } from "../../src/config/validate";
import { formatProblem, type Problem, type Result } from "../../src/errors";

const FILE = "orchestrator.config.json";
const REPO = "/work/repo";

function problems<T>(result: Result<T>): Problem[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

/** `key: message` lines, the way a user reads them. */
function lines(raw: unknown, repoRoot?: string): string[] {
  return problems(validateConfig(raw, FILE, repoRoot)).map((p) => `${p.key ?? ""}: ${p.message}`);
}

describe("validateConfig: checks and review.failOn", () => {
  const problems = (raw: unknown) => {
    const r = validateConfig(raw, FILE);
    return r.ok ? [] : r.problems.map((p) => `${p.key}: ${p.message}`);
  };

  it("takes checks as written (timeoutMinutes only when given) and failOn as a list of severities", () => {
    const r = validateConfig({ checks: [{ name: "unit tests", run: "npm test", timeoutMinutes: 2 }, { name: "lint", run: "npm run lint" }], review: { failOn: ["blocker"] } }, FILE);
    expect(r.ok && r.value.checks).toEqual([{ name: "unit tests", run: "npm test", timeoutMinutes: 2 }, { name: "lint", run: "npm run lint" }]);
    expect(r.ok && r.value.review).toEqual({ maxCycles: 2, failOn: ["blocker"] });
    // An empty failOn: only the checks decide.
    expect(validateConfig({ review: { failOn: [] } }, FILE)).toMatchObject({ ok: true, value: { review: { failOn: [] } } });
  });

  it("reports every bad check with its index: missing run, bad name, unknown key, duplicate names, bad timeout, bad severity", () => {
    expect(
      problems({
        checks: [{ name: "ok", run: "true" }, { name: "ok", run: "false" }, { name: "-x", run: "" }, { name: "t", run: "x", timeoutMinutes: 0, shell: "bash" }, { run: "y" }, "npm test"],
        review: { failOn: ["critical"] },
      }).sort(),
    ).toEqual(
      [
        'checks[1].name: "ok" is already the name of checks[0]',
        'checks[2].name: expected a check name (letters, digits, space . _ : / -; at most 64 characters, starting with a letter or digit), got "-x"',
        'checks[2].run: expected a non-empty string, got ""',
        'checks[3].shell: unknown key; expected one of: name, run, timeoutMinutes',
        "checks[3].timeoutMinutes: expected a number greater than 0 and at most 35791, got 0",
        "checks[4].name: expected a check name (letters, digits, space . _ : / -; at most 64 characters, starting with a letter or digit), got undefined",
        'checks[5]: expected an object, got "npm test"',
        'review.failOn[0]: expected one of "blocker", "major", "minor", "nit", got "critical"',
      ].sort(),
    );
  });
});

describe("validateConfig: defaults", () => {
  it("an empty config is the SPEC §1 defaults", () => {
    expect(validateConfig({}, FILE)).toEqual({
      ok: true,
      value: {
        issues: {
          paths: ["docs/issues/**/*.md"],
          idField: "id",
          milestoneField: "milestone",
          dependencyFields: ["depends_on"],
          statusField: "status",
          doneValues: ["done", "closed"],
        },
        runner: { default: "codex-sdk", sandbox: "workspace-write", config: {}, env: {}, phaseTimeoutMinutes: 60, idleTimeoutMinutes: 2 },
        review: { maxCycles: 2, failOn: ["blocker", "major", "minor"] },
        checks: [],
        prompts: {},
        worktrees: { root: ".orchestrator/worktrees", branchPrefix: "orchestrator/", base: "HEAD", push: false, stack: true, signCommits: false },
        logs: { root: ".orchestrator/logs" },
        graphite: { enabled: false, submit: false, draft: true },
        budget: {},
        github: { pullRequests: "off", labels: [] },
      },
    });
  });

  it("merges given keys over the defaults section by section; lists replace, not extend", () => {
    const result = validateConfig(
      {
        $schema: "./node_modules/@orchestrator/engine/schema/config.schema.json",
        issues: { paths: ["issues/*.md"], doneValues: [] },
        runner: { model: "gpt-5.5", fallback: "codex-cli", reasoningEffort: "high", env: { A: "${A}" }, config: { model_providers: { local: { base_url: "http://127.0.0.1:1/v1", wire_api: "responses" } } } },
        review: { maxCycles: 0 },
        prompts: { review: "prompts/review.md" },
        worktrees: { push: true, stack: false, branchPrefix: "auto/" },
      },
      FILE,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const c = result.value;
    expect(c.issues).toEqual({ ...DEFAULT_CONFIG.issues, paths: ["issues/*.md"], doneValues: [] });
    expect(c.runner).toMatchObject({ default: "codex-sdk", sandbox: "workspace-write", model: "gpt-5.5", fallback: "codex-cli", reasoningEffort: "high", phaseTimeoutMinutes: 60 });
    expect(c.runner.env).toEqual({ A: "${A}" });
    expect(c.runner.config).toEqual({ model_providers: { local: { base_url: "http://127.0.0.1:1/v1", wire_api: "responses" } } });
    expect(c.review.maxCycles).toBe(0);
    expect(c.prompts).toEqual({ review: "prompts/review.md" });
    expect(c.worktrees).toEqual({ root: ".orchestrator/worktrees", branchPrefix: "auto/", base: "HEAD", push: true, stack: false, signCommits: false });
    expect(c).not.toHaveProperty("$schema");
  });

  it("treats undefined (an unset process.env.X in a module config) as absent", () => {
    const result = validateConfig({ runner: { model: undefined, env: { A: undefined, B: "b" } }, review: undefined }, FILE);
    expect(result.ok && result.value.runner).toEqual({ ...DEFAULT_CONFIG.runner, env: { B: "b" } });
    expect(result.ok && result.value.runner).not.toHaveProperty("model");
  });

  it("never hands out DEFAULT_CONFIG's own objects", () => {
    const a = validateConfig({}, FILE);
    if (!a.ok) throw new Error("invalid");
    a.value.issues.paths.push("x");
    a.value.runner.env.X = "1";
    expect(DEFAULT_CONFIG.issues.paths).toEqual(["docs/issues/**/*.md"]);
    expect(DEFAULT_CONFIG.runner.env).toEqual({});
    expect(Object.isFrozen(DEFAULT_CONFIG.issues.paths)).toBe(true);
  });
});

describe("validateConfig: problems", () => {
  it("reports every problem at once, each with its key path, in the form SPEC §1 shows", () => {
    const result = validateConfig(
      {
        runner: { sandbox: "x", phaseTimeoutMinutes: 0, default: "codex" },
        review: { maxCycles: 11 },
        issues: { paths: [], idField: "" },
        worktrees: { push: "yes" },
      },
      FILE,
    );
    const found = problems(result);
    expect(found.every((p) => p.code === "CONFIG_INVALID" && p.file === FILE)).toBe(true);
    expect(found.map((p) => `${p.key}: ${p.message}`)).toEqual([
      'issues.paths: expected at least one entry, got an empty array',
      'issues.idField: expected a non-empty string, got ""',
      'runner.default: expected one of "codex-sdk", "codex-cli", got "codex"',
      'runner.sandbox: expected one of "read-only", "workspace-write", "danger-full-access", got "x"',
      "runner.phaseTimeoutMinutes: expected a number greater than 0 and at most 35791, got 0",
      "review.maxCycles: expected an integer from 0 to 10, got 11",
      "worktrees.push: expected true or false, got \"yes\"",
    ]);
    expect(formatProblem(found[3] as Problem)).toBe(
      'orchestrator.config.json: runner.sandbox: expected one of "read-only", "workspace-write", "danger-full-access", got "x"',
    );
  });

  it("reports unknown keys at the top level and in every section, suggesting the likely key", () => {
    expect(
      lines({
        isues: {},
        extra: 1,
        worktrees: { branchPrefx: "a/", Root: "x" },
        runner: { sandbox: "read-only", modle: "m", zzz: 1 },
        logs: { root: "l", $schema: "x" },
      }),
    ).toEqual([
      'runner.modle: unknown key; did you mean "model"?',
      "runner.zzz: unknown key; expected one of: default, fallback, model, reasoningEffort, sandbox, codexPath, config, env, phaseTimeoutMinutes, idleTimeoutMinutes, pricing",
      'worktrees.branchPrefx: unknown key; did you mean "branchPrefix"?',
      'worktrees.Root: unknown key; did you mean "root"?',
      'logs.$schema: unknown key; expected one of: root',
      'isues: unknown key; did you mean "issues"?',
      "extra: unknown key; expected one of: issues, runner, review, checks, prompts, worktrees, logs, graphite, budget, github",
    ]);
  });

  it("rejects reserved property names that could reach object prototypes", () => {
    const raw = JSON.parse('{ "__proto__": { "x": 1 }, "issues": { "constructor": 1 } }') as unknown;
    expect(lines(raw)).toEqual(["issues.constructor: unknown key (reserved name)", "__proto__: unknown key (reserved name)"]);
  });

  it("reports wrong types with what was found", () => {
    expect(
      lines({
        issues: "docs",
        runner: { env: [], config: "x" },
        review: [],
        prompts: { dev: 3 },
        worktrees: null,
        logs: { root: true },
        graphite: { enabled: 1 },
      }),
    ).toEqual([
      'issues: expected an object, got "docs"',
      "runner.config: expected an object of codex config overrides, got \"x\"",
      "runner.env: expected an object of environment variables (name: string), got an empty array",
      "review: expected an object, got an empty array",
      "prompts.dev: expected a non-empty string, got 3",
      "worktrees: expected an object, got null",
      "logs.root: expected a non-empty string, got true",
      "graphite.enabled: expected true or false, got 1",
    ]);
  });

  it("reports each bad entry of a list by index", () => {
    expect(lines({ issues: { paths: ["ok/*.md", "", 3], dependencyFields: "depends_on" } })).toEqual([
      'issues.paths[1]: expected a non-empty string, got ""',
      "issues.paths[2]: expected a non-empty string, got 3",
      'issues.dependencyFields: expected an array of non-empty field names, got "depends_on"',
    ]);
  });

  it("checks runner.env names and values", () => {
    expect(lines({ runner: { env: { "A=B": "x", "": "y", GOOD: "z", NUM: 1, "MY VAR": null } } })).toEqual([
      'runner.env["A=B"]: environment variable names must be non-empty and contain no "=" or NUL',
      'runner.env[""]: environment variable names must be non-empty and contain no "=" or NUL',
      'runner.env.NUM: expected a string (use "${VAR}" to reference your environment), got 1',
      'runner.env["MY VAR"]: expected a string (use "${VAR}" to reference your environment), got null',
    ]);
  });

  it("accepts in runner.config only what codex's TOML overrides can carry", () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(
      lines({
        runner: {
          config: {
            ok: { s: "x", n: 1.5, b: false, list: [1, "two", [3]], nested: { deep: {} } },
            nothing: null,
            arr: [1, null],
            inf: Number.POSITIVE_INFINITY,
            "": 1,
            fn: () => 1,
            big: 10n,
            map: new Map(),
            cyclic,
          },
        },
      }),
    ).toEqual([
      "runner.config.nothing: null cannot be passed to codex (TOML has no null); remove the key instead",
      "runner.config.arr[1]: null cannot be passed to codex (TOML has no null); remove the key instead",
      "runner.config.inf: expected a finite number, got Infinity",
      'runner.config[""]: keys must be non-empty',
      "runner.config.fn: expected a string, number, boolean, array or object, got a function",
      "runner.config.big: expected a string, number, boolean, array or object, got 10n",
      "runner.config.map: expected a string, number, boolean, array or object, got a Map object",
      "runner.config.cyclic.self: the value contains itself (a cycle)",
    ]);
  });

  it("accepts only codex-cli as runner.fallback and known reasoning efforts", () => {
    expect(lines({ runner: { fallback: "codex-sdk", reasoningEffort: "max" } })).toEqual([
      'runner.fallback: expected one of "codex-cli", got "codex-sdk"',
      'runner.reasoningEffort: expected one of "minimal", "low", "medium", "high", "xhigh", got "max"',
    ]);
  });

  it("requires an integer review.maxCycles and a finite positive timeout", () => {
    expect(lines({ review: { maxCycles: 1.5 }, runner: { phaseTimeoutMinutes: Number.NaN } })).toEqual([
      "runner.phaseTimeoutMinutes: expected a number greater than 0 and at most 35791, got NaN",
      "review.maxCycles: expected an integer from 0 to 10, got 1.5",
    ]);
    expect(validateConfig({ runner: { phaseTimeoutMinutes: 0.5 }, review: { maxCycles: 10 } }, FILE).ok).toBe(true);
  });

  it("rejects a config that is not an object, with one problem and no key", () => {
    for (const raw of [null, [], "x", 3, undefined, new Map()]) {
      const found = problems(validateConfig(raw, FILE));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ code: "CONFIG_INVALID", file: FILE });
      expect(found[0]?.key).toBeUndefined();
      expect(found[0]?.message).toMatch(/^the config must be an object of settings, got /);
    }
  });

  it("shortens long values in messages", () => {
    const [message] = lines({ runner: { sandbox: "x".repeat(500) } });
    expect(message?.length).toBeLessThan(200);
  });


});

describe("graphite", () => {
  it("accepts the stack keys and defaults draft to true; submit without enabled is refused", () => {
    const ok = validateConfig({ graphite: { enabled: true, submit: true } }, "c.json");
    expect(ok.ok && ok.value.graphite).toEqual({ enabled: true, submit: true, draft: true });
    expect(lines({ graphite: { submit: true } })).toEqual(["graphite.submit: needs graphite.enabled: true (only branches on the stack can be submitted)"]);
  });
});

describe("github", () => {
  it("accepts the pull request modes and labels (deduplicated); refuses other modes, empty or long labels, and graphite.submit beside it", () => {
    const ok = validateConfig({ github: { pullRequests: "draft", labels: ["a", "b", "a"] } }, "c.json");
    expect(ok.ok && ok.value.github).toEqual({ pullRequests: "draft", labels: ["a", "b"] });
    expect(lines({ github: { pullRequests: "on", labels: [" ", "x".repeat(51)] } })).toEqual([
      'github.pullRequests: expected one of "off", "draft", "ready", got "on"',
      'github.labels[0]: expected a label name of 1 to 50 characters, got " "',
      `github.labels[1]: expected a label name of 1 to 50 characters, got "${"x".repeat(51)}"`,
    ]);
    expect(lines({ graphite: { enabled: true, submit: true }, github: { pullRequests: "ready" } })).toEqual(["github.pullRequests: cannot be used with graphite.submit (gt submit opens the pull requests then)"]);
  });
});

describe("worktrees.branchPrefix", () => {
  it.each([
    ["orchestrator/", undefined],
    ["feature/auto-", undefined],
    ["a.lockb/", undefined],
    ["", "must not be empty"],
    ["-x/", 'must not start with "-"'],
    ["/x", 'must not start with "/"'],
    ["a b/", "must not contain spaces or control characters"],
    ["a\tb/", "must not contain spaces or control characters"],
    ["a~/", 'must not contain "~"'],
    ["a:b/", 'must not contain ":"'],
    ["a\\b/", 'must not contain "\\\\"'],
    ["a..b/", 'must not contain ".."'],
    ["a//b", 'must not contain "//"'],
    ["a@{b", 'must not contain "@{"'],
    [".hidden/", 'no part between slashes may start with "."'],
    ["a/.b", 'no part between slashes may start with "."'],
    ["x.lock/", 'no part between slashes may end with ".lock"'],
    ["x.lock", 'must not end with ".lock"'],
    ["refs/heads/", 'must not start with "refs/" (the branch would be read as another ref)'],
    ["refs/", 'must not start with "refs/" (the branch would be read as another ref)'],
    ["heads/x-", 'must not start with "heads/" (the branch would be read as another ref)'],
    ["tags/", 'must not start with "tags/" (the branch would be read as another ref)'],
    ["remotes/origin/", 'must not start with "remotes/" (the branch would be read as another ref)'],
    ["refsx/", undefined],
    ["a?b/", 'must not contain "?"'],
    ["a*b/", 'must not contain "*"'],
    ["a[b/", 'must not contain "["'],
    ["a^b/", 'must not contain "^"'],
  ])("%j → %s", (prefix, problem) => {
    expect(branchPrefixProblem(prefix)).toBe(problem);
  });

  it("puts the reason in the problem", () => {
    expect(lines({ worktrees: { branchPrefix: "my branch/" } })).toEqual([
      'worktrees.branchPrefix: "my branch/" is not a valid git branch prefix: it must not contain spaces or control characters',
    ]);
  });
});

describe("validateConfig: paths stay inside the repository", () => {
  it("rejects absolute paths and .. that leave the repository, or name its top level", () => {
    const found = problems(
      validateConfig(
        { logs: { root: "/var/log/x" }, worktrees: { root: "../worktrees" }, prompts: { dev: "a/../../b.md", review: ".", fix: "ok.md" } },
        FILE,
        REPO,
      ),
    );
    expect(found.map((p) => p.key)).toEqual(["worktrees.root", "logs.root", "prompts.dev", "prompts.review"]);
    expect(found[0]).toMatchObject({ code: "CONFIG_INVALID", file: FILE });
    expect(found[0]?.message).toBe(`"../worktrees" resolves to ${join("/work", "worktrees")}, which is not inside the repository ${REPO}`);
  });

  it("reports escaping paths together with the other problems", () => {
    expect(lines({ logs: { root: "../l" }, review: { maxCycles: -1 } }, REPO)).toEqual([
      "review.maxCycles: expected an integer from 0 to 10, got -1",
      `logs.root: "../l" resolves to /work/l, which is not inside the repository ${REPO}`,
    ]);
  });

  it("accepts paths inside the repository and returns them repo-relative", () => {
    const result = validateConfig(
      { logs: { root: `${REPO}/out/logs/` }, worktrees: { root: "./wt/../trees" }, prompts: { fix: "p/fix.md" } },
      FILE,
      REPO,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.logs.root).toBe("out/logs");
    expect(result.value.worktrees.root).toBe("trees");
    expect(result.value.prompts).toEqual({ fix: "p/fix.md" });
  });

  it("does not judge paths without a repository root", () => {
    expect(validateConfig({ logs: { root: "/abs" } }, FILE).ok).toBe(true);
  });
});

describe("validateConfig: never throws", () => {
  it("any JSON value yields a config or a non-empty list of CONFIG_INVALID problems", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const result = validateConfig(raw, FILE, REPO);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) expect(p).toMatchObject({ code: "CONFIG_INVALID", file: FILE });
        }
      }),
      { numRuns: 500 },
    );
  });

  it("any value shaped like a config, with JSON or odd JavaScript leaves, is judged without throwing", () => {
    const leaf = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom<unknown>(undefined, Number.NaN, 10n, Symbol("s"), () => 1, new Map(), new Date(0), Object.create(null)),
    );
    const section = fc.dictionary(fc.constantFrom("paths", "root", "env", "config", "sandbox", "maxCycles", "push", "dev", "branchPrefix", "x"), leaf);
    const config = fc.dictionary(fc.constantFrom("issues", "runner", "review", "prompts", "worktrees", "logs", "graphite", "$schema", "y"), fc.oneof(section, leaf));
    fc.assert(
      fc.property(config, (raw) => {
        const result = validateConfig(raw, FILE, REPO);
        expect(result.ok || result.problems.length > 0).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
