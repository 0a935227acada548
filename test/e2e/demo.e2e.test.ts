import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../support/fixture-repo";

describe("npm run demo (dist/demo.js)", () => {
  it("runs the whole loop offline on a scratch repo and leaves stacked branches", () => {
    const result = spawnSync(process.execPath, [join(PROJECT_ROOT, "dist/demo.js"), "--cleanup"], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 120_000 });
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
  }, 180_000);
});
