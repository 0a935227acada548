import { existsSync, mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OFFLINE_KEY } from "../../src/scripted-model/codex-env";
import { git, issueDoc } from "../support/fixture-repo";
import { addFilePatch, answers } from "../../src/scripted-model/server";
import { setupRun, useCleanups } from "../support/run-setup";
import { runAction } from "../support/action-run";

const cleanup = useCleanups();
const action = (workspace: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv) => runAction(cleanup, workspace, inputs, env);

const doc = (id: string, deps: string[] = []) => issueDoc({ id, milestone: "M1", depends_on: deps }, `# Issue ${id}`);

describe("the GitHub Action (dist/action.js as the runner runs it, real codex, scripted model)", () => {
  it("streams groups and annotations, writes outputs and the job summary, bundles every branch and pushes passed ones", async () => {
    const { repo, env } = await setupRun(
      cleanup,
      { "docs/issues/A-1.md": doc("A-1"), "docs/issues/A-2.md": doc("A-2", ["A-1"]), "docs/issues/A-3.md": doc("A-3") },
      {
        "A-1": { dev: { actions: [addFilePatch("a1.txt", ["one"])], answer: answers.dev() }, review: [{ answer: answers.pass() }] },
        "A-2": { dev: { actions: [addFilePatch("a2.txt", ["two"])], answer: answers.dev() }, review: [{ answer: answers.pass() }] },
        "A-3": { dev: { actions: [addFilePatch("a3.txt", ["three"])], answer: { kind: "text", text: `not json ${OFFLINE_KEY}` } } },
      },
    );
    const origin = realpathSync(mkdtempSync(join(tmpdir(), "origin-")));
    cleanup(() => rmSync(origin, { recursive: true, force: true }));
    git(origin, "init", "-q", "--bare");
    git(repo.dir, "remote", "add", "origin", origin);

    const run = await action(repo.dir, { milestone: "M1", "push-branches": "true" }, env);
    expect(run.code).toBe(1);

    // The log: a group per phase with the stream inside, an error annotation on the failed issue's doc.
    expect(run.stdout).toContain("::group::A-1 dev #1");
    expect(run.stdout).toContain("::group::A-2 review #1");
    expect(run.stdout.match(/::group::/g)?.length).toBe(run.stdout.match(/::endgroup::/g)?.length);
    const devGroup = run.stdout.slice(run.stdout.indexOf("::group::A-1 dev #1"), run.stdout.indexOf("::endgroup::", run.stdout.indexOf("::group::A-1 dev #1")));
    expect(devGroup).toContain("a1.txt");
    // Annotation properties are escaped by @actions/core (":" → %3A).
    expect(run.stdout).toMatch(/::error title=orchestrator%3A A-3 failed,file=docs\/issues\/A-3\.md::A-3 failed: dev #1 error: .*not JSON/);
    expect(run.stdout + run.stderr).not.toContain(OFFLINE_KEY);

    // Outputs and the job summary.
    expect(run.outputs.status).toBe("failed");
    expect(existsSync(join(run.outputs["run-dir"] as string, "run.json"))).toBe(true);
    expect(run.outputs["log-root"]).toBe(join(repo.dir, ".orchestrator/logs"));
    expect(run.outputs["artifact-name"]).toMatch(/^orchestrator-logs-\d{8}T\d{6}Z-M1-build-1$/);
    const summary = JSON.parse(run.outputs.summary as string);
    expect(summary).toMatchObject({ status: "failed", passed: 2, total: 3 });
    expect(summary.issues.map((i: { id: string; status: string }) => `${i.id}:${i.status}`)).toEqual(["A-1:passed", "A-2:passed", "A-3:failed"]);
    expect(run.outputs.summary).not.toContain(OFFLINE_KEY);
    expect(run.summary).toContain("<table>");
    expect(run.summary).toMatch(/<td>A-1<\/td><td>passed<\/td><td>1<\/td><td>0<\/td><td>orchestrator\/A-1<\/td>/);
    expect(run.summary).toContain(run.outputs["artifact-name"]);

    // The bundle restores every issue branch into a fresh clone.
    const bundle = join(run.outputs["run-dir"] as string, "branches.bundle");
    const restored = realpathSync(mkdtempSync(join(tmpdir(), "restored-")));
    cleanup(() => rmSync(restored, { recursive: true, force: true }));
    git(restored, "init", "-q");
    git(restored, "fetch", "-q", bundle, "refs/heads/*:refs/heads/*");
    for (const id of ["A-1", "A-2", "A-3"]) expect(git(restored, "rev-parse", `orchestrator/${id}`)).toBe(git(repo.dir, "rev-parse", `orchestrator/${id}`));

    // push-branches: the passed branches reached origin, the failed one did not.
    expect(git(origin, "for-each-ref", "--format=%(refname:short) %(objectname)").split("\n")).toEqual(
      ["A-1", "A-2"].map((id) => `orchestrator/${id} ${git(repo.dir, "rev-parse", `orchestrator/${id}`)}`),
    );
  }, 180_000);

  it("exits 0 with status passed when every issue passes, and runs in working-directory", async () => {
    const { repo, env } = await setupRun(cleanup, { "docs/issues/B-1.md": doc("B-1") }, { "B-1": { dev: { answer: answers.dev() }, review: [{ answer: answers.pass() }] } });
    const workspace = join(repo.dir, "..");
    const run = await action(workspace, { milestone: "M1", "working-directory": repo.dir.slice(workspace.length + 1) }, env);
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe("passed");
    expect(run.summary).toContain("1/1 issues passed");
    // Which codex the run used, before anything else the engine prints.
    expect(run.stdout).toMatch(/^codex \S+\/bin\/codex \(codex-cli \d+\.\d+\.\d+, from the @openai\/codex package beside the engine\)$/m);
  }, 120_000);

  it("refuses bad input with annotations and exit 2, before anything runs", async () => {
    const { repo, env, server } = await setupRun(cleanup, { "docs/issues/C-1.md": doc("C-1") }, { "C-1": { dev: { answer: answers.dev() } } });
    const missing = await action(repo.dir, { "push-branches": "maybe" }, env);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain("::error title=orchestrator%3A bad input::milestone: input milestone is required");
    expect(missing.stdout).toContain('::error title=orchestrator%3A bad input::push-branches: input push-branches must be true or false, got "maybe"');
    const unknown = await action(repo.dir, { milestone: "M1", issue: "NOPE-1" }, env);
    expect(unknown.code).toBe(2);
    expect(unknown.outputs.status).toBe("error");
    expect(unknown.stdout).toContain("--issue NOPE-1 is not an open issue of milestone M1");
    expect(server.requests).toHaveLength(0);
  }, 60_000);
});
