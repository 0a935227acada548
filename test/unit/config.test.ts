import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, loadConfig } from "../../src/config";
import type { Problem } from "../../src/errors";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A repository (plain `.git` directory with a HEAD: discovery never runs git) inside a scratch directory. */
function repo(files: Record<string, string>): { scratch: string; root: string } {
  const scratch = realpathSync(mkdtempSync(join(tmpdir(), "orchestrator-config-")));
  dirs.push(scratch);
  const root = join(scratch, "repo");
  mkdirSync(join(root, ".git"), { recursive: true });
  // A .git directory counts only with a HEAD, as for git (src/config/discover.ts).
  writeFileSync(join(root, ".git/HEAD"), "ref: refs/heads/main\n");
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), text);
  }
  return { scratch, root };
}

async function failure(opts: { cwd: string; configPath?: string }): Promise<Problem[]> {
  const result = await loadConfig(opts);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

describe("loadConfig", () => {
  it("finds, loads and validates a config from a subdirectory", async () => {
    const { root } = repo({ "repo/orchestrator.config.json": '{ "review": { "maxCycles": 5 } }', "repo/src/x/.keep": "" });
    const result = await loadConfig({ cwd: join(root, "src/x") });
    expect(result).toEqual({
      ok: true,
      value: { config: { ...DEFAULT_CONFIG, review: { ...DEFAULT_CONFIG.review, maxCycles: 5 } }, file: join(root, "orchestrator.config.json"), repoRoot: root },
    });
  });

  it("loads a TypeScript config that imports defineConfig from the package", async () => {
    const { root } = repo({
      "repo/orchestrator.config.ts": [
        'import { defineConfig } from "@orchestrator/engine";',
        'const prefix: string = "auto/";',
        "export default defineConfig({ worktrees: { branchPrefix: prefix }, runner: { sandbox: \"read-only\" } });",
      ].join("\n"),
    });
    const result = await loadConfig({ cwd: root });
    expect(result.ok && result.value.config.worktrees.branchPrefix).toBe("auto/");
    expect(result.ok && result.value.config.runner.sandbox).toBe("read-only");
  });

  it("reports every validation problem of a JSON config with the file (repo-relative) and the line of each key", async () => {
    const json = [
      "{",
      '  "issues": { "paths": [] },',
      '  "runner": {',
      '    "sandbox": "x",',
      '    "env": { "TOKEN": 1 }',
      "  },",
      '  "worktrees": { "branchPrefx": "a/" },',
      '  "logs": { "root": "../outside" }',
      "}",
    ].join("\n");
    const { root } = repo({ "repo/tools/orchestrator.config.json": json });
    const problems = await failure({ cwd: join(root, "tools") });
    expect(problems.map((p) => [p.code, p.file, p.line, p.key])).toEqual([
      ["CONFIG_INVALID", "tools/orchestrator.config.json", 2, "issues.paths"],
      ["CONFIG_INVALID", "tools/orchestrator.config.json", 4, "runner.sandbox"],
      ["CONFIG_INVALID", "tools/orchestrator.config.json", 5, "runner.env.TOKEN"],
      ["CONFIG_INVALID", "tools/orchestrator.config.json", 7, "worktrees.branchPrefx"],
      ["CONFIG_INVALID", "tools/orchestrator.config.json", 8, "logs.root"],
    ]);
  });

  it("points a problem about a list entry at the entry's line", async () => {
    const { root } = repo({ "repo/orchestrator.config.json": '{\n  "issues": {\n    "paths": [\n      "a/*.md",\n      ""\n    ]\n  }\n}\n' });
    const [problem] = await failure({ cwd: root });
    expect(problem).toMatchObject({ key: "issues.paths[1]", line: 5 });
  });

  it("resolves paths of a config outside the repository against the repository", async () => {
    const { scratch, root } = repo({ "shared/orchestrator.config.mjs": 'export default { logs: { root: "build/logs" } };' });
    const result = await loadConfig({ cwd: root, configPath: "../shared/orchestrator.config.mjs" });
    expect(result.ok && result.value).toMatchObject({ file: join(scratch, "shared/orchestrator.config.mjs"), repoRoot: root });
    expect(result.ok && result.value.config.logs.root).toBe("build/logs");

    writeFileSync(join(scratch, "shared/bad.json"), '{ "logs": { "root": "../shared" } }');
    const [problem] = await failure({ cwd: root, configPath: "../shared/bad.json" });
    // Outside the repository the file is named by its absolute path.
    expect(problem).toMatchObject({ code: "CONFIG_INVALID", key: "logs.root", file: join(scratch, "shared/bad.json"), line: 1 });
  });

  it("passes discovery and load problems through unchanged", async () => {
    const { root } = repo({});
    expect((await failure({ cwd: root }))[0]?.code).toBe("CONFIG_NOT_FOUND");
    writeFileSync(join(root, "orchestrator.config.json"), "{ nope }");
    const [problem] = await failure({ cwd: root });
    expect(problem).toMatchObject({ code: "CONFIG_LOAD", file: "orchestrator.config.json", line: 1 });
  });

  it("reports validation problems of a module config without lines", async () => {
    const { root } = repo({ "repo/orchestrator.config.mjs": "export default { review: { maxCycles: 99 } };" });
    const [problem] = await failure({ cwd: root });
    expect(problem).toEqual({
      code: "CONFIG_INVALID",
      file: "orchestrator.config.mjs",
      key: "review.maxCycles",
      message: "expected an integer from 0 to 10, got 99",
    });
  });
});
