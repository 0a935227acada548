import { execFileSync } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config";
import { createCheckRunner } from "../../src/runner/checks";
import { shellEnvironmentPolicy } from "../../src/runner/shell-env";
import { bundledCodexPath, makeCodexHome, type CodexHome } from "../../src/scripted-model/codex-env";
import { makeRepo, type FixtureRepo } from "../support/fixture-repo";

/** Checks under the real `codex sandbox`, one at a time, outside the loop. */

let home: CodexHome;
let repo: FixtureRepo;
beforeEach(() => {
  home = makeCodexHome();
  repo = makeRepo();
});
afterEach(() => {
  home.cleanup();
  repo.cleanup();
});

const cfg = { ...DEFAULT_CONFIG.runner, config: { shell_environment_policy: shellEnvironmentPolicy(undefined, []) } };
const env = () => ({ PATH: process.env.PATH ?? "/usr/bin:/bin", ...home.env });
const runner = (codex = bundledCodexPath(), extraEnv: Record<string, string> = {}) => createCheckRunner({ codex, cfg, env: { ...env(), ...extraEnv } });
const never = () => new AbortController().signal;

/** Processes whose command line holds `marker` (the check's own, by a number no other process uses). */
function running(marker: string): string[] {
  const out = execFileSync("ps", ["-eo", "pid,args"], { encoding: "utf8" });
  return out.split("\n").filter((l) => l.includes(marker) && !l.includes("ps -eo"));
}

describe("a check under codex sandbox", () => {
  it("records exit code, duration and output (stdout and stderr), without the engine's start marker", async () => {
    const ran = await runner().run({ name: "t", run: "echo out; echo err >&2; exit 3" }, repo.dir, never());
    expect(ran.ok).toBe(true);
    if (!ran.ok) return;
    expect(ran.value.result).toMatchObject({ name: "t", status: "failed", exitCode: 3, signal: null });
    expect(ran.value.result.durationMs).toBeGreaterThan(0);
    expect(ran.value.output.split("\n").sort()).toEqual(["", "err", "out"]);
    expect(ran.value.output).not.toContain("orchestrator-check-started");
    const green = await runner().run({ name: "g", run: "true" }, repo.dir, never());
    expect(green.ok && green.value.result).toMatchObject({ status: "passed", exitCode: 0, tail: "" });
  });

  it("sees no secret-named variable, even one codex's own environment held", async () => {
    const ran = await runner(undefined, { DEPLOY_TOKEN: "tok-0123456789", PLAIN: "visible" }).run({ name: "env", run: "env" }, repo.dir, never());
    expect(ran.ok && ran.value.output).toContain("PLAIN=visible");
    expect(ran.ok && ran.value.output).not.toContain("tok-0123456789");
  });

  it("is killed with everything it started at its timeout, and counts as failed", async () => {
    const marker = "97.31";
    const ran = await runner().run({ name: "slow", run: `sleep ${marker} & echo started; wait`, timeoutMinutes: 0.02 }, repo.dir, never());
    expect(ran.ok && ran.value.result).toMatchObject({ status: "timeout", tail: "started" });
    expect(ran.ok && ran.value.result.durationMs).toBeLessThan(10_000);
    expect(running(`sleep ${marker}`)).toEqual([]);
  });

  it("is killed with everything it started when the run is aborted", async () => {
    const marker = "98.41";
    const controller = new AbortController();
    setTimeout(() => controller.abort("interrupt"), 700);
    const started = Date.now();
    const ran = await runner().run({ name: "slow", run: `sleep ${marker} & sleep ${marker}` }, repo.dir, controller.signal);
    expect(ran.ok && ran.value.result.status).toBe("aborted");
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(running(`sleep ${marker}`)).toEqual([]);
  });

  it("keeps the last MiB of a long output, saying how much it cut", async () => {
    const ran = await runner().run({ name: "loud", run: "head -c 3000000 /dev/zero | tr '\\0' x; echo; echo the end" }, repo.dir, never());
    expect(ran.ok).toBe(true);
    if (!ran.ok) return;
    expect(ran.value.output).toMatch(/^\[… \d+ bytes of output cut\]\n/);
    expect(ran.value.output.length).toBeLessThan(1024 * 1024 + 200);
    expect(ran.value.output.endsWith("the end\n")).toBe(true);
    expect(ran.value.result.tail.length).toBeLessThanOrEqual(4001);
  });

  it("that cannot start is a problem naming it: a command not found, a codex that does not exist", async () => {
    const missing = await runner().run({ name: "lint", run: "no-such-linter ." }, repo.dir, never());
    expect(missing).toMatchObject({ ok: false, problems: [{ code: "CHECK", message: expect.stringMatching(/^check lint cannot start: .*no-such-linter: not found \(exit 127\)$/) }] });
    const noCodex = await runner("/nonexistent/codex").run({ name: "unit", run: "true" }, repo.dir, never());
    expect(noCodex).toMatchObject({ ok: false, problems: [{ code: "CHECK", message: expect.stringMatching(/^check unit cannot start: \/nonexistent\/codex sandbox: .*ENOENT/) }] });
    // A sandbox that fails before running anything (here a "codex" that only exits 1) is not a failed test.
    const refused = await runner("/bin/false").run({ name: "unit", run: "true" }, repo.dir, never());
    expect(refused).toMatchObject({ ok: false, problems: [{ code: "CHECK", message: "check unit cannot start: the sandbox did not run it (exit 1): no output" }] });
  });
});
