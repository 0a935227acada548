import { join, relative } from "node:path";
import * as core from "@actions/core";
import { abortOnSignals } from "../doors/interrupt";
import { problemText } from "../doors/problems";
import { runRequest } from "../doors/request";
import { ExitCode } from "../engine/exit-codes";
import { executeRun, runStatus } from "../engine/session";
import { errorMessage } from "../errors";
import { artifactNameFor, readInputs } from "./inputs";
import { actionsSink, writeJobSummary } from "./reporter";

const BUNDLE = "branches.bundle";

export interface ActionDoor {
  env: NodeJS.ProcessEnv;
  /** The step's log. */
  stdout: NodeJS.WritableStream;
  /** Ends the process at once (a second cancel signal); the entry file's `process.exit`. */
  exit: (code: number) => void;
}

/**
 * The GitHub Action door (`dist/action.js`, run by action.yml): inputs in, the same engine run as the CLI,
 * the Actions log, job summary and outputs out; returns the CLI's exit code for the step's.
 */
export async function run(door: ActionDoor): Promise<number> {
  try {
    return await runAction(door);
  } catch (err) {
    core.setFailed(`orchestrator: internal error: ${err instanceof Error ? (err.stack ?? err.message) : errorMessage(err)}`);
    return ExitCode.NotPassed;
  }
}

async function runAction({ env, stdout, exit }: ActionDoor): Promise<number> {
  const inputs = readInputs(env);
  if (!inputs.ok) {
    for (const p of inputs.problems) core.error(problemText(p), { title: "orchestrator: bad input" });
    return ExitCode.Usage;
  }
  const { value: args } = inputs;
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  // The runner cancels a job with SIGINT, then SIGTERM.
  const interrupt = abortOnSignals((line) => stdout.write(`${line}\n`), exit);

  let repoRoot: string | null = null;
  // Outputs and the job summary are shown as they are: they get the same masking as the log.
  let redact = (text: string) => text;
  const outcome = await executeRun(
    runRequest(args, {
      env,
      signal: interrupt.signal,
      sinks: (redactor) => {
        redact = (text) => redactor.redact(text);
        return [actionsSink(stdout, redactor, { repoRoot: () => repoRoot, workspace })];
      },
      artifactName: (runId) => (args.uploadLogs ? artifactNameFor(args, runId, env) : null),
      bundle: BUNDLE,
      onStart: (started) => {
        repoRoot = started.repoRoot;
        // Known before any issue runs, so the upload step finds the logs even if the job is cancelled.
        core.setOutput("run-dir", started.runDir);
        core.setOutput("log-root", started.logsRoot);
        core.setOutput("artifact-name", artifactNameFor(args, started.runId, env));
      },
    }),
  ).finally(() => interrupt.dispose());

  for (const p of outcome.problems) {
    core.error(problemText(p, redact), { title: "orchestrator", file: p.file && outcome.repoRoot ? relative(workspace, join(outcome.repoRoot, p.file)) : undefined, startLine: p.line });
  }
  const summary = outcome.summary;
  core.setOutput("status", runStatus(outcome));
  if (summary) {
    const passed = summary.issues.filter((i) => i.status === "passed").length;
    core.setOutput(
      "summary",
      redact(JSON.stringify({ status: summary.status, passed, total: summary.issues.length, issues: summary.issues.map((i) => ({ id: i.id, status: i.status, branch: i.branch, reason: i.reason, pullRequest: i.pullRequest })) })),
    );
    core.setOutput("input-tokens", String(summary.usage.inputTokens));
    core.setOutput("cached-input-tokens", String(summary.usage.cachedInputTokens));
    core.setOutput("output-tokens", String(summary.usage.outputTokens));
    core.setOutput("cost-usd", summary.costUsd === null ? "" : String(summary.costUsd));
    if (env.GITHUB_STEP_SUMMARY) {
      await writeJobSummary(summary, redact, { artifactName: args.uploadLogs ? artifactNameFor(args, summary.runId, env) : null, bundle: outcome.bundle ? BUNDLE : null });
    }
  }
  return outcome.exitCode;
}
