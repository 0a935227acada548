import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../support/fixture-repo";
import { installPacked, offlineNpmEnv, packPackage } from "../support/packed";
import { useCleanups } from "../support/run-setup";

const cleanup = useCleanups();

function expectDemoRan(result: { stdout: string; stderr: string; status: number | null }): void {
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  expect(result.stdout).toContain("✗ review #1 fail: farewell works but has no test");
  expect(result.stdout).toContain("GREET-2  passed");
  expect(result.stdout).toContain("2/2 issues passed");
  expect(result.stdout).toMatch(/orchestrator\(GREET-1\): dev #1/);
  expect(result.stdout).toContain("main worktree status (untouched): clean");
  const repo = /demo repository: (\S+)/.exec(result.stdout)?.[1] ?? "";
  expect(repo).not.toBe("");
  expect(existsSync(repo)).toBe(false);
}

describe("npm run demo (dist/demo.js)", () => {
  it("runs the whole loop offline on a scratch repo and leaves stacked branches", () => {
    const result = spawnSync(process.execPath, [join(PROJECT_ROOT, "dist/demo.js"), "--cleanup"], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 120_000 });
    expectDemoRan(result);
  }, 180_000);

  it("runs from the installed package (packed tarball, offline install), which fetches only the codex binary", () => {
    const work = realpathSync(mkdtempSync(join("/var/tmp", "orchestrator-packed-")));
    cleanup(() => rmSync(work, { recursive: true, force: true }));
    const tmp = join(work, "tmp");
    const project = join(work, "project");
    mkdirSync(tmp);
    mkdirSync(project);
    const env = offlineNpmEnv({ HOME: work, TMPDIR: tmp, ORCHESTRATOR_TEST_HOME_ROOT: tmp });
    installPacked(project, packPackage(work), env);

    // Everything but codex is bundled into dist/: the installed tree is the engine, @openai/codex and its
    // binary for this platform.
    interface Node { version?: string; dependencies?: Record<string, Node> }
    // npm ls lists the other platforms' optional binaries without a version: not installed.
    const installed = (node: Node | undefined) => Object.entries(node?.dependencies ?? {}).filter(([, d]) => d.version !== undefined);
    const tree = JSON.parse(execFileSync("npm", ["ls", "--all", "--json"], { cwd: project, env, encoding: "utf8" })) as Node;
    expect(installed(tree).map(([name]) => name)).toEqual(["@orchestrator/engine"]);
    const engine = tree.dependencies?.["@orchestrator/engine"];
    expect(installed(engine).map(([name]) => name)).toEqual(["@openai/codex"]);
    expect(installed(engine?.dependencies?.["@openai/codex"]).map(([name, d]) => [name, installed(d)])).toEqual([[`@openai/codex-${process.platform}-${process.arch}`, []]]);

    const version = spawnSync("npx", ["orchestrator", "--version"], { cwd: project, env, encoding: "utf8" });
    expect(version.status, version.stderr).toBe(0);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { version: string }).version);

    // The command the README gives for the installed package.
    const result = spawnSync(process.execPath, ["node_modules/@orchestrator/engine/dist/demo.js", "--cleanup"], { cwd: project, encoding: "utf8", env, timeout: 120_000 });
    expectDemoRan(result);
  }, 180_000);
});
