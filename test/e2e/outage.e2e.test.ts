import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { git, issueDoc, runCli } from "../support/fixture-repo";
import { addFilePatch, answers } from "../../src/scripted-model/server";
import { latestRunDir, readJson, setupRun, useCleanups } from "../support/run-setup";

const cleanup = useCleanups();
const doc = (id: string) => issueDoc({ id, milestone: "M1" }, `# Issue ${id}`);

describe("bounded outages (dist/cli.js, real codex binary)", () => {
  it("a model endpoint that stops answering ends the phase as a runner error naming it after runner.idleTimeoutMinutes; a long command is not an outage", async () => {
    const { repo, env, server } = await setupRun(
      cleanup,
      { "docs/issues/O-1.md": doc("O-1"), "docs/issues/O-2.md": doc("O-2") },
      {
        // The command runs longer than the idle limit: the agent is busy, not waiting on the model.
        "O-1": { dev: { actions: [{ kind: "command", cmd: "sleep 4 && echo slept > slept.txt" }], answer: answers.dev() }, review: [{ answer: answers.pass() }] },
        // The endpoint goes silent mid-turn after an edit.
        "O-2": { dev: { actions: [addFilePatch("o2.txt", ["before the outage"])], answer: { kind: "hang" } } },
      },
      { runner: { idleTimeoutMinutes: 0.04 } },
    );
    const started = Date.now();
    const result = await runCli(["run", "--milestone", "M1"], { cwd: repo.dir, env });
    expect(result.code).toBe(1);
    // Far below runner.phaseTimeoutMinutes (60 min).
    expect(Date.now() - started).toBeLessThan(40_000);
    const runDir = latestRunDir(join(repo.dir, ".orchestrator/logs"));
    const run = readJson(join(runDir, "run.json"));
    expect(run.issues.map((i: { id: string; status: string }) => `${i.id}:${i.status}`)).toEqual(["O-1:passed", "O-2:failed"]);
    const dev = readJson(join(runDir, "O-2/01-dev.json"));
    expect(dev.error).toEqual({ code: "RUNNER", message: `the model endpoint ${server.url} gave no answer for 0.04 min (runner.idleTimeoutMinutes); the phase was stopped` });
    expect(git(repo.dir, "show", "orchestrator/O-1:slept.txt")).toBe("slept");
    // What the agent wrote before the outage is committed.
    expect(git(repo.dir, "show", "orchestrator/O-2:o2.txt")).toBe("before the outage");
  }, 90_000);
});
