import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { collectOutput } from "./child-output";
import { GIT_ENV, PROJECT_ROOT } from "./fixture-repo";

export const ACTION = join(PROJECT_ROOT, "dist/action.js");

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses GITHUB_OUTPUT's `name<<delimiter … delimiter` blocks, as the runner does. */
export function parseOutputs(text: string): Record<string, string> {
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

/** Runs dist/action.js the way action.yml's step does: INPUT_* in the environment, runner files set. */
export async function runAction(cleanup: (fn: () => void) => void, workspace: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv): Promise<ActionRun> {
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
  const { code, stdout, stderr } = await collectOutput(child);
  return { code, stdout, stderr, outputs: parseOutputs(readFileSync(outputFile, "utf8")), summary: readFileSync(summaryFile, "utf8") };
}
