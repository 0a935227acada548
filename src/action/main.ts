import { join, relative } from "node:path";
import * as core from "@actions/core";
import { ExitCode } from "../engine/exit-codes";
import { executeRun, runStatus } from "../engine/session";
import { formatProblem } from "../errors";
import { neutralise } from "../report/neutralise";
import { artifactNameFor, readInputs } from "./inputs";
import { actionsSink, writeJobSummary } from "./reporter";

const BUNDLE = "branches.bundle";

/**
 * The GitHub Action door (`dist/action.js`, run by action.yml): inputs in, the same engine run as the CLI,
 * the Actions log, job summary and outputs out, and the CLI's exit code as the step's.
 */
async function main(): Promise<number> {
  const env = process.env;
  const inputs = readInputs(env);
  if (!inputs.ok) {
    for (const p of inputs.problems) core.error(neutralise(formatProblem(p)), { title: "orchestrator: bad input" });
    return ExitCode.Usage;
  }
  const { value: args } = inputs;
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const controller = new AbortController();
  // The runner cancels a job with SIGINT, then SIGTERM.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => controller.abort("interrupt"));

  let repoRoot: string | null = null;
  // Outputs and the job summary are shown as they are: they get the same masking as the log.
  let redact = (text: string) => text;
  const outcome = await executeRun({
    cwd: args.workingDirectory,
    configPath: args.config,
    milestone: args.milestone,
    issue: args.issue,
    // The token is the engine's GITHUB_TOKEN: redacted, kept out of codex's environment, handed to the push
    // and the API client only.
    env: args.githubToken ? { ...env, GITHUB_TOKEN: args.githubToken } : env,
    signal: controller.signal,
    sinks: (redactor) => {
      redact = (text) => redactor.redact(text);
      return [actionsSink(process.stdout, redactor, { repoRoot: () => repoRoot, workspace })];
    },
    overrides: {
      push: args.pushBranches || undefined,
      maxCostUsdPerRun: args.maxCostUsd,
      // `off` is the input's default: only draft/ready override what the config file says.
      pullRequests: args.pullRequests === "off" ? undefined : args.pullRequests,
      model: args.model,
      reasoningEffort: args.reasoningEffort,
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
  });

  for (const p of outcome.problems) {
    core.error(neutralise(redact(formatProblem(p))), { title: "orchestrator", file: p.file && outcome.repoRoot ? relative(workspace, join(outcome.repoRoot, p.file)) : undefined, startLine: p.line });
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

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    core.error(`orchestrator: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exitCode = ExitCode.NotPassed;
  },
);
