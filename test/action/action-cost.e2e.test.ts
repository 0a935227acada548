import { describe, expect, it } from "vitest";
import { issueDoc } from "../support/fixture-repo";
import { answers } from "../../src/scripted-model/server";
import { setupRun, useCleanups } from "../support/run-setup";
import { runAction } from "../support/action-run";

const cleanup = useCleanups();
const PRICING = { inputPerMTok: 2, cachedInputPerMTok: 0.5, outputPerMTok: 10 };

const action = (workspace: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv) => runAction(cleanup, workspace, inputs, env);

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
    const run = await action(repo.dir, { milestone: "M1", "max-cost-usd": "0.60", "upload-logs": "false" }, env);
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
    const bad = await action(repo.dir, { milestone: "M1", "max-cost-usd": "lots" }, env);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain("input max-cost-usd must be an amount of USD");
  }, 90_000);
});
