import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findConfig, findGitRoot } from "../../src/config/discover";
import { formatProblem, type Result } from "../../src/errors";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A temp dir laid out from `files` (a trailing "/" makes a directory); `.git` marks a repository top level. */
function tree(files: Record<string, string>): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), "orchestrator-discover-")));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    const target = join(root, path);
    if (path.endsWith("/")) mkdirSync(target, { recursive: true });
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
  return root;
}

function problemsOf<T>(result: Result<T>) {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

describe("findConfig", () => {
  it("walks up from a subdirectory to the nearest config", async () => {
    const root = tree({ "repo/.git/HEAD": "ref: refs/heads/main\n", "repo/orchestrator.config.json": "{}", "repo/a/b/c/": "" });
    const found = await findConfig(join(root, "repo/a/b/c"));
    expect(found).toEqual({ ok: true, value: { file: join(root, "repo/orchestrator.config.json"), repoRoot: join(root, "repo") } });
  });

  it("prefers the nearest level: a config in a subdirectory wins over the one at the top level", async () => {
    const root = tree({ ".git/HEAD": "ref: refs/heads/main\n", "orchestrator.config.json": "{}", "pkg/orchestrator.config.mjs": "export default {}", "pkg/src/": "" });
    const found = await findConfig(join(root, "pkg/src"));
    expect(found.ok && found.value).toEqual({ file: join(root, "pkg/orchestrator.config.mjs"), repoRoot: root });
  });

  it("finds each of the four file names", async () => {
    for (const name of ["orchestrator.config.json", "orchestrator.config.ts", "orchestrator.config.mjs", "orchestrator.config.js"]) {
      const root = tree({ ".git/HEAD": "ref: refs/heads/main\n", [name]: "" });
      const found = await findConfig(root);
      expect(found.ok && found.value.file).toBe(join(root, name));
    }
  });

  it("stops at the git top level: a config above the repository is not used", async () => {
    const root = tree({ "orchestrator.config.json": "{}", "repo/.git/HEAD": "ref: refs/heads/main\n", "repo/sub/": "" });
    const problems = problemsOf(await findConfig(join(root, "repo/sub")));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.code).toBe("CONFIG_NOT_FOUND");
    // It lists exactly where it looked, nearest first, and says how to create one.
    const [first, ...looked] = (problems[0]?.message ?? "").split("\n");
    expect(first).toContain("orchestrator.config.json, orchestrator.config.ts, orchestrator.config.mjs, orchestrator.config.js");
    expect(looked).toEqual([`  ${join(root, "repo/sub")}`, `  ${join(root, "repo")}`]);
    expect(formatProblem(problems[0]!)).toContain("orchestrator init");
    expect(formatProblem(problems[0]!)).toContain("--config");
  });

  it("treats a .git file (linked worktree, submodule) as a top level too", async () => {
    const root = tree({ ".git/HEAD": "ref: refs/heads/main\n", "orchestrator.config.json": "{}", "sub/.git": "gitdir: ../.git/modules/sub\n", "sub/x/": "" });
    const problems = problemsOf(await findConfig(join(root, "sub/x")));
    expect(problems[0]?.code).toBe("CONFIG_NOT_FOUND");
    expect(await findGitRoot(join(root, "sub/x"))).toBe(join(root, "sub"));
  });

  it("reports two configs at the same level, naming both", async () => {
    const root = tree({ ".git/HEAD": "ref: refs/heads/main\n", "orchestrator.config.json": "{}", "orchestrator.config.ts": "export default {}", "sub/": "" });
    const problems = problemsOf(await findConfig(join(root, "sub")));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.code).toBe("CONFIG_AMBIGUOUS");
    expect(problems[0]?.message).toContain(join(root, "orchestrator.config.json"));
    expect(problems[0]?.message).toContain(join(root, "orchestrator.config.ts"));
  });

  it("ignores a directory that happens to carry a config file name", async () => {
    const root = tree({ ".git/HEAD": "ref: refs/heads/main\n", "orchestrator.config.json/": "", "orchestrator.config.mjs": "export default {}" });
    const found = await findConfig(root);
    expect(found.ok && found.value.file).toBe(join(root, "orchestrator.config.mjs"));
  });

  it("says when the directory is not inside a git repository", async () => {
    const root = tree({ "orchestrator.config.json": "{}" });
    const problems = problemsOf(await findConfig(root));
    expect(problems[0]?.code).toBe("USAGE");
    expect(problems[0]?.message).toContain("not inside a git repository");
    expect(await findGitRoot(root)).toBeNull();
  });

  it("does not take an empty .git directory (a sandbox mount point) for a repository, as git does not", async () => {
    const root = tree({ ".git/": "", "inner/orchestrator.config.json": "{}" });
    expect(await findGitRoot(join(root, "inner"))).toBeNull();
    expect(problemsOf(await findConfig(join(root, "inner")))[0]?.message).toContain("not inside a git repository");
  });

  it("reports a start directory that does not exist", async () => {
    const root = tree({ ".git/HEAD": "ref: refs/heads/main\n" });
    const problems = problemsOf(await findConfig(join(root, "missing")));
    expect(problems[0]?.message).toContain(join(root, "missing"));
  });

  it("resolves the start directory through symlinks, so repoRoot is the real top level", async () => {
    const root = tree({ "repo/.git/HEAD": "ref: refs/heads/main\n", "repo/orchestrator.config.json": "{}" });
    symlinkSync(join(root, "repo"), join(root, "link"));
    const found = await findConfig(join(root, "link"));
    expect(found.ok && found.value).toEqual({ file: join(root, "repo/orchestrator.config.json"), repoRoot: join(root, "repo") });
  });
});

describe("findConfig with --config", () => {
  it("uses the given path relative to the start directory, skipping discovery", async () => {
    const root = tree({ ".git/HEAD": "ref: refs/heads/main\n", "orchestrator.config.json": "{}", "orchestrator.config.ts": "", "sub/custom.mjs": "export default {}" });
    const found = await findConfig(join(root, "sub"), "custom.mjs");
    expect(found.ok && found.value).toEqual({ file: join(root, "sub/custom.mjs"), repoRoot: root });
  });

  it("accepts a config outside the repository; repoRoot stays the repository of the start directory", async () => {
    const root = tree({ "shared/orchestrator.json": "{}", "repo/.git/HEAD": "ref: refs/heads/main\n", "repo/src/": "" });
    const found = await findConfig(join(root, "repo/src"), "../../shared/orchestrator.json");
    expect(found.ok && found.value).toEqual({ file: join(root, "shared/orchestrator.json"), repoRoot: join(root, "repo") });
  });

  it("reports a missing --config file by its path", async () => {
    const root = tree({ ".git/HEAD": "ref: refs/heads/main\n" });
    const problems = problemsOf(await findConfig(root, "nope/config.json"));
    expect(problems[0]?.code).toBe("CONFIG_NOT_FOUND");
    expect(problems[0]?.message).toContain(join(root, "nope/config.json"));
  });

  it("reports a --config that names a directory", async () => {
    const root = tree({ ".git/HEAD": "ref: refs/heads/main\n", "cfg/": "" });
    const problems = problemsOf(await findConfig(root, "cfg"));
    expect(problems[0]?.code).toBe("CONFIG_NOT_FOUND");
  });

  it("still requires the start directory to be inside a git repository", async () => {
    const root = tree({ "orchestrator.config.json": "{}" });
    const problems = problemsOf(await findConfig(root, "orchestrator.config.json"));
    expect(problems[0]?.message).toContain("not inside a git repository");
  });
});
