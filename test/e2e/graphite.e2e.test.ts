import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gtRefusal } from "../../src/git";
import { issueDoc, PROJECT_ROOT, runCli } from "../support/fixture-repo";
import { addFilePatch, answers } from "../../src/scripted-model/server";
import { latestRunDir, readJson, setupRun, useCleanups } from "../support/run-setup";

const cleanup = useCleanups();
// The Graphite CLI's linux-x64 binary (the npm wrapper package needs every platform's package to install).
const REAL_GT = join(PROJECT_ROOT, "node_modules/@withgraphite/graphite-cli-linux-x64/bin/gt");

/** A directory holding only `gt`, the real one, to put first on PATH. */
function realGtOnPath(): string {
  const dir = mkdtempSync(join(tmpdir(), "gt-path-"));
  cleanup(() => rmSync(dir, { recursive: true, force: true }));
  symlinkSync(REAL_GT, join(dir, "gt"));
  return dir;
}

interface GtCall {
  cwd: string;
  argv: string[];
}

/**
 * A `gt` first on PATH: records every call; `gt submit` is answered here (there is no network to reach
 * GitHub) and fails for a worktree named in $GT_FAIL_SUBMIT_FOR; everything else runs the real Graphite CLI.
 */
function gtStandIn(): { dir: string; calls: () => GtCall[] } {
  const dir = mkdtempSync(join(tmpdir(), "gt-stand-in-"));
  cleanup(() => rmSync(dir, { recursive: true, force: true }));
  const trace = join(dir, "trace");
  writeFileSync(
    join(dir, "gt"),
    [
      "#!/bin/sh",
      `{ pwd; for a in "$@"; do printf '%s\\037' "$a"; done; printf '\\n'; } >> '${trace}'`,
      'if [ "$1" = submit ]; then',
      '  case "$PWD" in *"/$GT_FAIL_SUBMIT_FOR") echo "ERROR: simulated: could not reach GitHub" >&2; exit 1 ;; esac',
      '  echo "submitted (stand-in)"; exit 0',
      "fi",
      `exec '${REAL_GT}' "$@"`,
      "",
    ].join("\n"),
  );
  chmodSync(join(dir, "gt"), 0o755);
  return {
    dir,
    calls: () => {
      const lines = existsSync(trace) ? readFileSync(trace, "utf8").split("\n") : [];
      const calls: GtCall[] = [];
      for (let i = 0; i + 1 < lines.length; i += 2) calls.push({ cwd: lines[i] as string, argv: (lines[i + 1] as string).split("\x1f").slice(0, -1) });
      return calls;
    },
  };
}

const doc = (id: string, deps: string[] = []) => issueDoc({ id, milestone: "M1", depends_on: deps }, `# Issue ${id}`);
const pass = (file: string) => ({ dev: { actions: [addFilePatch(file, [file])], answer: answers.dev() }, review: [{ answer: answers.pass() }] });

describe("Graphite stacks (dist/cli.js, real gt for local operations, real codex)", () => {
  it("tracks each issue branch on its passed dependency or trunk, submits passed ones, and reports gt failures on the issue", async () => {
    const gt = gtStandIn();
    const { repo, env } = await setupRun(
      cleanup,
      { "docs/issues/G-1.md": doc("G-1"), "docs/issues/G-2.md": doc("G-2", ["G-1"]), "docs/issues/G-3.md": doc("G-3"), "docs/issues/G-4.md": doc("G-4") },
      { "G-1": pass("g1.txt"), "G-2": pass("g2.txt"), "G-3": { dev: { answer: { kind: "text", text: "not json" } } }, "G-4": pass("g4.txt") },
      { graphite: { enabled: true, submit: true } },
    );
    const runEnv = { ...env, PATH: `${gt.dir}:${process.env.PATH}`, GT_FAIL_SUBMIT_FOR: "G-4" };
    execFileSync(REAL_GT, ["init", "--trunk", "main", "--no-interactive"], { cwd: repo.dir, env: { ...process.env, ...runEnv } });

    const result = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env: runEnv });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("gt submit of orchestrator/G-4 failed");

    const run = readJson(join(latestRunDir(join(repo.dir, ".orchestrator/logs")), "run.json"));
    const byId = Object.fromEntries(run.issues.map((i: { id: string }) => [i.id, i]));
    expect(byId["G-1"]).toMatchObject({ status: "passed", graphite: { parent: "main", submitted: true, error: null } });
    expect(byId["G-2"]).toMatchObject({ status: "passed", graphite: { parent: "orchestrator/G-1", submitted: true, error: null } });
    expect(byId["G-3"]).toMatchObject({ status: "failed", graphite: { parent: "main", submitted: false, error: null } });
    expect(byId["G-4"]).toMatchObject({ status: "passed", graphite: { parent: "main", submitted: false, error: expect.stringContaining("could not reach GitHub") } });

    // The stack, as the real Graphite CLI sees it afterwards.
    const stack = execFileSync(REAL_GT, ["log", "short", "--no-interactive"], { cwd: repo.dir, env: { ...process.env, ...runEnv }, encoding: "utf8" });
    expect(stack.indexOf("orchestrator/G-2")).toBeLessThan(stack.indexOf("orchestrator/G-1"));
    for (const id of ["G-1", "G-2", "G-3", "G-4"]) expect(stack).toContain(`orchestrator/${id}`);

    // Exactly the allowed commands, each run inside the issue's own worktree.
    const engineCalls = gt.calls().filter((c) => c.argv[0] !== "init" && c.argv[0] !== "log");
    for (const call of engineCalls) expect(gtRefusal(call.argv, "orchestrator/"), call.argv.join(" ")).toBeNull();
    const tracks = engineCalls.filter((c) => c.argv[0] === "track");
    expect(tracks.map((c) => c.argv)).toEqual([
      ["track", "orchestrator/G-1", "--parent", "main", "--no-interactive"],
      ["track", "orchestrator/G-2", "--parent", "orchestrator/G-1", "--no-interactive"],
      ["track", "orchestrator/G-3", "--parent", "main", "--no-interactive"],
      ["track", "orchestrator/G-4", "--parent", "main", "--no-interactive"],
    ]);
    expect(tracks.map((c) => c.cwd)).toEqual(["G-1", "G-2", "G-3", "G-4"].map((id) => join(repo.dir, ".orchestrator/worktrees", id)));
    const submits = engineCalls.filter((c) => c.argv[0] === "submit");
    expect(submits).toEqual(["G-1", "G-2", "G-4"].map((id) => ({ cwd: join(repo.dir, ".orchestrator/worktrees", id), argv: ["submit", "--no-interactive", "--no-edit", "--draft"] })));
  }, 180_000);

  it("checks its preconditions before any issue runs: gt on PATH, the repository initialised", async () => {
    const { repo, env, server } = await setupRun(cleanup, { "docs/issues/H-1.md": doc("H-1") }, { "H-1": pass("h.txt") }, { graphite: { enabled: true } });
    const noGt = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env: { ...env, PATH: "/usr/bin:/bin" } });
    expect(noGt.code).toBe(2);
    expect(noGt.stderr).toContain("gt (the Graphite CLI) is not on PATH");
    const notInit = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env: { ...env, PATH: `${realGtOnPath()}:${process.env.PATH}` } });
    expect(notInit.code).toBe(2);
    expect(notInit.stderr).toContain("is not initialised for Graphite");
    expect(notInit.stderr).toContain("gt init");
    expect(server.requests).toHaveLength(0);
  }, 60_000);
});

describe("gtRefusal", () => {
  it.each<[string[], string | null]>([
    [["--version"], null],
    [["track", "orchestrator/A-1", "--parent", "main", "--no-interactive"], null],
    [["submit", "--no-interactive", "--no-edit", "--draft"], null],
    [["submit", "--no-interactive", "--publish"], null],
    [["submit"], "must be --no-interactive"],
    [["submit", "--no-interactive", "--force"], "option --force is not allowed"],
    [["submit", "--no-interactive", "--stack"], "option --stack is not allowed"],
    [["track", "main", "--parent", "x", "--no-interactive"], "only track branches under orchestrator/"],
    [["track", "orchestrator/A-1", "--force", "--no-interactive"], "exactly <branch> --parent"],
    [["track", "orchestrator/A-1", "--parent", "main"], "exactly <branch> --parent"],
    [["delete", "orchestrator/A-1"], "gt delete is not allowed"],
    [["sync", "--force"], "gt sync is not allowed"],
    [["restack"], "gt restack is not allowed"],
    [["create", "-m", "x"], "gt create is not allowed"],
  ])("%j", (argv, why) => {
    const got = gtRefusal(argv, "orchestrator/");
    if (why === null) expect(got).toBeNull();
    else expect(got).toContain(why);
  });
});
