import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectOutput } from "../support/child-output";
import { GIT_ENV, issueDoc, PROJECT_ROOT } from "../support/fixture-repo";
import { answers } from "../../src/scripted-model/server";
import { setupRun, useCleanups } from "../support/run-setup";

const cleanup = useCleanups();
const ACTION = join(PROJECT_ROOT, "dist/action.js");
const PRICING = { inputPerMTok: 2, cachedInputPerMTok: 0.5, outputPerMTok: 10 };

/** GITHUB_OUTPUT's `name<<delimiter … delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] as string);
    if (!m) continue;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) body.push(lines[i] as string);
    out[m[1] as string] = body.join("\n");
  }
  return out;
}

async function runAction(workspace: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv) {
  const files = mkdtempSync(join(tmpdir(), "gh-runner-files-"));
  cleanup(() => rmSync(files, { recursive: true, force: true }));
  const outputFile = join(files, "output");
  const summaryFile = join(files, "summary");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase().replace(/-/g, "_")}`, v]));
  const child = spawn(process.execPath, [ACTION], {
    cwd: workspace,
    env: { ...process.env, ...GIT_ENV, ...env, ...inputEnv, GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_JOB: "build", GITHUB_RUN_ATTEMPT: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const { code, stdout } = await collectOutput(child);
  return { code, stdout, outputs: parseOutputs(readFileSync(outputFile, "utf8")), summary: readFileSync(summaryFile, "utf8") };
}

const doc = (id: string) => issueDoc({ id, milestone: "M1" }, `# Issue ${id}`);

describe("the Action's usage and cost (dist/action.js, real codex, scripted usage)", () => {
  it("reports token and cost outputs and a job summary with totals; max-cost-usd stops the run and skips the rest", async () => {
    const big = { kind: "usage", input: 200_000, cached: 50_000, output: 20_000, reasoning: 5_000 } as const;
    const { repo, env } = await setupRun(
      cleanup,
      { "docs/issues/A-1.md": doc("A-1"), "docs/issues/A-2.md": doc("A-2") },
      {
        "A-1": { dev: { answer: [{ kind: "final", json: answers.dev() }, big] }, review: [{ answer: [{ kind: "final", json: answers.pass() }, big] }] },
        "A-2": { dev: { answer: answers.dev() }, review: [{ answer: answers.pass() }] },
      },
      { runner: { pricing: PRICING } },
    );

    // One phase costs (150k × 2 + 50k × 0.5 + 20k × 10) / 1M = $0.525: the cap of $0.60 is crossed by the review.
    const run = await runAction(repo.dir, { milestone: "M1", "max-cost-usd": "0.60", "upload-logs": "false" }, env);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ "input-tokens": "400000", "cached-input-tokens": "100000", "output-tokens": "40000", "cost-usd": "1.05" });
    const summary = JSON.parse(run.outputs.summary as string);
    expect(summary.issues).toEqual([
      expect.objectContaining({ id: "A-1", status: "failed", reason: expect.stringMatching(/^budget: the run cost about \$1\.05, over budget\.maxCostUsdPerRun \(\$0\.6\)$/) }),
      expect.objectContaining({ id: "A-2", status: "skipped", reason: expect.stringMatching(/^budget: /) }),
    ]);
    expect(run.summary).toContain("<th>cost</th>");
    expect(run.summary).toContain("<td>400,000 in &#40;100,000 cached&#41; / 40,000 out</td><td>$1.05</td></tr></table>");
    expect(run.summary).toContain("$1.05");

    // A bad amount is refused before anything runs.
    const bad = await runAction(repo.dir, { milestone: "M1", "max-cost-usd": "lots" }, env);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain("input max-cost-usd must be an amount of USD");
  }, 90_000);
});
