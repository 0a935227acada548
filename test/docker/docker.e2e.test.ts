import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OFFLINE_KEY } from "../../src/scripted-model/codex-env";
import { git, issueDoc, PROJECT_ROOT } from "../support/fixture-repo";
import { addFilePatch, answers } from "../../src/scripted-model/server";
import { latestRunDir, mainState, readJson, setupRun, useCleanups } from "../support/run-setup";
import { buildImage, ensureBaseImage, imageLabels, podman, podmanUnavailable, removeImage, ULIMITS } from "./podman";

const unavailable = podmanUnavailable();
if (unavailable) console.warn(`Docker image tests skipped: ${unavailable}`);

// The fixtures belong to HOST_UID while these assertions run as root: let the host's git read them, as the
// host user whose repository it is would.
Object.assign(process.env, { GIT_CONFIG_COUNT: "1", GIT_CONFIG_KEY_0: "safe.directory", GIT_CONFIG_VALUE_0: "*" });

const cleanup = useCleanups();
const IMAGE = `localhost/orchestrator:e2e-${process.pid}`;
const HOST_UID = 1234;

const doc = (id: string, deps: string[] = []) => issueDoc({ id, milestone: "M1", depends_on: deps }, `# Issue ${id}\n\nDo ${id}.`);
const scenarios = {
  "A-1": { dev: { actions: [addFilePatch("a1.txt", ["one"]), { kind: "command" as const, cmd: "cat a1.txt" }], answer: answers.dev("added a1") }, review: [{ answer: answers.pass() }] },
  "A-2": {
    dev: { actions: [addFilePatch("a2.txt", ["two"])], answer: answers.dev() },
    review: [{ answer: answers.fail("a2 lacks a header") }, { answer: answers.pass() }],
    fix: [{ actions: [addFilePatch("a2-header.txt", ["header"])], answer: answers.fix(["F1"]) }],
  },
};

/** A fixture repository like the CLI test's, handed to another uid as a bind-mounted checkout usually is. */
async function fixture() {
  const setup = await setupRun(cleanup, { "docs/issues/A-1.md": doc("A-1"), "docs/issues/A-2.md": doc("A-2", ["A-1"]) }, scenarios);
  chownTree(setup.repo.dir, HOST_UID);
  // A checkout as `git clone` leaves it (mkdtemp makes 0700). Container root reaches a 0700 directory of
  // another uid only through its capabilities, which codex's bubblewrap sandbox drops: the agent could not
  // write there (the README's Docker section says to pass --user).
  chmodSync(setup.repo.dir, 0o755);
  return setup;
}

function chownTree(dir: string, uid: number) {
  chownSync(dir, uid, uid);
  for (const entry of readdirSync(dir, { recursive: true })) chownSync(join(dir, String(entry)), uid, uid);
}

/** Every path in `dir` whose owner is not `uid`. */
function notOwnedBy(dir: string, uid: number): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((entry) => lstatSync(join(dir, entry)).uid !== uid);
}

function runContainer(repoDir: string, opts: { args: string[]; user?: string; env?: Record<string, string>; mount?: string }) {
  const mount = opts.mount ?? "/workspace";
  const env = Object.entries({ NO_COLOR: "1", ...opts.env }).flatMap(([k, v]) => ["-e", `${k}=${v}`]);
  return podman([
    "run", "--rm", "--network", "host", ...ULIMITS,
    ...(opts.user ? ["--user", opts.user] : []),
    "-v", `${repoDir}:${mount}`, ...(mount !== "/workspace" ? ["-w", mount] : []),
    ...env, IMAGE, ...opts.args,
  ]);
}

/** The outcome the CLI test asserts for the same scenario: branches, commits, run.json, logs. */
function expectCliOutcome(repoDir: string, runDir: string) {
  const run = readJson(join(runDir, "run.json"));
  expect(run).toMatchObject({ version: 1, milestone: "M1", status: "passed", interrupted: false });
  expect(run.issues.map((i: { id: string; status: string }) => `${i.id}:${i.status}`)).toEqual(["A-1:passed", "A-2:passed"]);
  expect(run.issues[1]).toMatchObject({ reviews: 2, fixes: 1, branch: "orchestrator/A-2" });
  for (const issue of run.issues) {
    for (const phase of issue.phases) {
      expect(readJson(join(runDir, phase.result))).toMatchObject({ phase: phase.phase, attempt: phase.attempt, runner: "codex-sdk" });
      for (const line of readFileSync(join(runDir, phase.log), "utf8").trim().split("\n")) expect(() => JSON.parse(line)).not.toThrow();
    }
  }
  // Each passed branch ends with the engine's verdict commit, which a rerun reads (README "Recovering and rerunning").
  expect(git(repoDir, "log", "--format=%s", "main..orchestrator/A-1").split("\n")).toEqual(["orchestrator(A-1): passed", "orchestrator(A-1): dev #1"]);
  expect(git(repoDir, "log", "--format=%s", "main..orchestrator/A-2").split("\n")).toEqual([
    "orchestrator(A-2): passed",
    "orchestrator(A-2): fix #1",
    "orchestrator(A-2): dev #1",
    "orchestrator(A-1): passed",
    "orchestrator(A-1): dev #1",
  ]);
  expect(git(repoDir, "show", "orchestrator/A-2:a1.txt")).toBe("one");
  // The host's git sees one worktree and nothing to repair.
  expect(git(repoDir, "worktree", "list", "--porcelain").match(/^worktree /gm)).toHaveLength(1);
  expect(git(repoDir, "fsck", "--no-progress")).toBe("");
  const logs = readdirSync(runDir, { recursive: true }).map((f) => join(runDir, String(f)));
  for (const file of logs) if (lstatSync(file).isFile()) expect(readFileSync(file, "utf8")).not.toContain(OFFLINE_KEY);
}

describe.skipIf(unavailable !== null)("Docker image (podman build and run, scripted model server on the host)", () => {
  beforeAll(async () => {
    const base = await ensureBaseImage();
    await buildImage(PROJECT_ROOT, base, IMAGE);
  }, 900_000);
  afterAll(() => removeImage(IMAGE), 120_000);

  it("is labelled and answers --version as the CLI does", async () => {
    const labels = await imageLabels(IMAGE);
    const pkg = readJson(join(PROJECT_ROOT, "package.json"));
    expect(labels).toMatchObject({
      "org.opencontainers.image.source": expect.stringMatching(/^https:\/\//),
      "org.opencontainers.image.version": pkg.version,
      "org.opencontainers.image.description": pkg.description,
    });
    const r = await podman(["run", "--rm", ...ULIMITS, IMAGE, "--version"]);
    expect(r.stdout.trim()).toContain(pkg.version);
    expect(r.code).toBe(0);
  });

  it("runs a milestone on a repository owned by another uid, as the CLI does", async () => {
    const { repo } = await fixture();
    const before = mainState(repo.dir);

    const r = await runContainer(repo.dir, { args: ["run", "--milestone", "M1"] });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\$ cat a1\.txt\s+exit 0/);
    expect(r.stdout).toMatch(/A-2\s+passed\s+2 reviews, 1 fix/);

    expectCliOutcome(repo.dir, latestRunDir(join(repo.dir, ".orchestrator/logs")));
    expect(mainState(repo.dir)).toEqual(before);
  });

  it("with --user, everything it writes belongs to the host user; with no arguments it reads an Actions step's INPUT_*", async () => {
    const { repo } = await fixture();
    // Mounted at its host path (as the README advises) and driven like `uses: docker://…`.
    const r = await runContainer(repo.dir, {
      args: [],
      user: `${HOST_UID}:${HOST_UID}`,
      mount: repo.dir,
      env: { INPUT_MILESTONE: "M1", GITHUB_WORKSPACE: repo.dir },
    });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\$ cat a1\.txt\s+exit 0/);

    expectCliOutcome(repo.dir, latestRunDir(join(repo.dir, ".orchestrator/logs")));
    expect(notOwnedBy(repo.dir, HOST_UID)).toEqual([]);
  });

  it("exits as the CLI does on bad input: usage 2, config error naming the key", async () => {
    const { repo } = await fixture();
    const usage = await runContainer(repo.dir, { args: ["run"] });
    expect(usage.code).toBe(2);

    const config = JSON.parse(readFileSync(join(repo.dir, "orchestrator.config.json"), "utf8"));
    repo.write("orchestrator.config.json", JSON.stringify({ ...config, review: { maxCycles: "three" } }));
    const bad = await runContainer(repo.dir, { args: ["run", "--milestone", "M1"] });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("review.maxCycles");
    expect(execFileSync("git", ["branch", "--list", "orchestrator/*"], { cwd: repo.dir, encoding: "utf8" })).toBe("");
    // Two container starts: each is ~9 s of podman on vfs storage alone, several times that on a busy machine.
  }, 180_000);
});
