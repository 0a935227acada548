import { join } from "node:path";
import type { Problem } from "../errors";
import { resolvePrompts } from "../prompts";
import { runIdFor } from "../report/layout";
import { LogStore } from "../report/log-store";
import { Redactor, secretValuesFrom } from "../report/redact";
import { expandEnv } from "../runner/env";
import { createRunner } from "../runner";
import { Graphite, Worktrees } from "../git";
import { fanOut, type RunSummary, type Sink } from "./events";
import { ExitCode, type ExitCodeValue } from "./exit-codes";
import { runLoop } from "./loop";
import { prepareRun } from "./prepare";

export interface RunRequest {
  cwd: string;
  configPath?: string;
  milestone: string;
  issue?: string;
  /** Environment the engine runs in: the base of the runner's env and the source of secrets to redact. */
  env: NodeJS.ProcessEnv;
  /** Abort with reason "interrupt" on SIGINT/SIGTERM. */
  signal: AbortSignal;
  /** The door's own sinks (terminal, NDJSON, Actions); they get the redactor so nothing secret is shown. */
  sinks: (redactor: Redactor) => Sink[];
  now?: () => Date;
}

export interface RunOutcome {
  exitCode: ExitCodeValue;
  summary: RunSummary | null;
  /** Problems that stopped the run before it started (exit 2) or cut it short (log failure). */
  problems: Problem[];
}

const usage = (problems: Problem[]): RunOutcome => ({ exitCode: ExitCode.Usage, summary: null, problems });

/**
 * One `run` from input to summary, shared by every door: validate everything first (exit 2, nothing
 * touched), then open the logs, then the loop. Doors only choose sinks and map the outcome to their output.
 */
export async function executeRun(req: RunRequest): Promise<RunOutcome> {
  const prepared = await prepareRun(req);
  if (!prepared.ok) return usage(prepared.problems);
  const { loaded, plan } = prepared.value;
  const { config, repoRoot } = loaded;

  const prompts = await resolvePrompts(repoRoot, config.prompts);
  if (!prompts.ok) return usage(prompts.problems);
  const runnerEnv = expandEnv(config.runner.env, req.env);
  if (!runnerEnv.ok) return usage(runnerEnv.problems);
  const git = await Worktrees.open({ repoRoot, config });
  if (!git.ok) return usage(git.problems);
  const { graphite: gt } = config;
  const stack = gt.enabled
    ? await Graphite.open({ repoRoot, git: git.value.guard, env: req.env, branchPrefix: config.worktrees.branchPrefix, submit: gt.submit, draft: gt.draft })
    : null;
  if (stack && !stack.ok) return usage(stack.problems);

  const redactor = new Redactor(secretValuesFrom(req.env, runnerEnv.value));
  const controller = new AbortController();
  const onInterrupt = () => controller.abort("interrupt");
  if (req.signal.aborted) onInterrupt();
  req.signal.addEventListener("abort", onInterrupt, { once: true });

  const now = req.now ?? (() => new Date());
  const store = await LogStore.open({
    logsRoot: join(repoRoot, config.logs.root),
    repoRoot,
    runId: runIdFor(now(), plan.milestone),
    redactor,
    onFailure: (problem) => controller.abort(problem),
  });
  if (!store.ok) return usage(store.problems);

  const sink = fanOut([store.value, ...req.sinks(redactor)]);
  const runner = createRunner(config.runner, { ...req.env, ...runnerEnv.value }, (message) =>
    sink.handle({ type: "warning", ts: now().toISOString(), issue: null, phase: null, message }),
  );
  try {
    const summary = await runLoop({
      repoRoot,
      config,
      plan,
      runId: store.value.runId,
      logDir: store.value.runDir,
      runner,
      git: git.value,
      stack: stack?.value,
      prompts: prompts.value,
      sink,
      redact: (text) => redactor.redact(text),
      signal: controller.signal,
      now,
    });
    const logFailure = store.value.failure;
    const exitCode = summary.interrupted ? ExitCode.Interrupted : summary.status === "passed" && !logFailure ? ExitCode.Ok : ExitCode.NotPassed;
    return { exitCode, summary, problems: logFailure ? [logFailure] : [] };
  } finally {
    req.signal.removeEventListener("abort", onInterrupt);
    await sink.close?.();
  }
}
