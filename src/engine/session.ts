import { join, resolve } from "node:path";
import { trackedWorktreesRootProblem } from "../config/safe-paths";
import type { OrchestratorConfig } from "../config/types";
import type { Problem } from "../errors";
import type { Plan } from "../issues/types";
import { resolvePrompts, type PromptSet } from "../prompts";
import { runIdFor } from "../report/layout";
import { LogStore } from "../report/log-store";
import { Redactor, secretValuesFrom } from "../report/redact";
import { expandEnv } from "../runner/env";
import { createRunner } from "../runner";
import { openModelAccess, type ModelAccess } from "../runner/access";
import { createCheckRunner } from "../runner/checks";
import { codexExecutable } from "../runner/proxy";
import { codexSearchDescription, locateCodex, probeCodexVersion, type CodexBinary } from "../runner/codex-binary";
import { allDone } from "../report/plan";
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
  /** Door-level settings: `push` wins over the config file (the Action's `push-branches` input). */
  overrides?: { push?: boolean };
  /** Save every issue branch the run made as a git bundle with this file name in the run's log directory. */
  bundle?: string;
  /** Called once the run's log directory exists, before any issue runs. */
  onStart?: (run: { repoRoot: string; logsRoot: string; runDir: string; runId: string }) => void;
  now?: () => Date;
}

export interface RunOutcome {
  exitCode: ExitCodeValue;
  summary: RunSummary | null;
  /** Problems that stopped the run before it started (exit 2) or cut it short (log failure). */
  problems: Problem[];
  /** The repository the run worked in (null when the config could not be found). */
  repoRoot: string | null;
  /** The bundle written for `bundle`, and the branches in it; null when none was asked for or made. */
  bundle: { file: string; branches: string[] } | null;
}

function withOverrides(config: OrchestratorConfig, overrides: RunRequest["overrides"] = {}, codex: CodexBinary): OrchestratorConfig {
  const { push } = overrides;
  // The SDK finds its own package binary (and puts codex's helper tools on PATH); every other find is named.
  const usesCli = config.runner.default === "codex-cli" || config.runner.fallback === "codex-cli";
  const codexPath = codex.source !== "package" || usesCli ? codex.path : config.runner.codexPath;
  return {
    ...config,
    worktrees: push === undefined ? config.worktrees : { ...config.worktrees, push },
    runner: { ...config.runner, codexPath },
  };
}

const SOURCES: Record<CodexBinary["source"], string> = {
  config: "runner.codexPath",
  package: "the @openai/codex package beside the engine",
  node_modules: "node_modules/.bin",
  PATH: "PATH",
};

/** Which codex this run uses and its version: one `codex --version`, announced at the start of every run. */
async function announceCodex(codex: CodexBinary, env: NodeJS.ProcessEnv): Promise<{ path: string; source: CodexBinary["source"]; version: string | null; message: string }> {
  const probe = await probeCodexVersion(codex.path, env);
  const from = SOURCES[codex.source];
  if (!probe.ok) return { ...codex, version: null, message: `codex ${codex.path} (from ${from}) did not answer --version: ${probe.error}` };
  return { ...codex, version: probe.version, message: `codex ${codex.path} (${probe.version}, from ${from})` };
}

/** The run's one-word status for a door's output: `error` when it never ran (usage, config). */
export function runStatus(outcome: RunOutcome): "passed" | "failed" | "interrupted" | "error" {
  const { summary } = outcome;
  if (outcome.exitCode === ExitCode.Usage || summary === null) return "error";
  return summary.interrupted ? "interrupted" : summary.status;
}

const usage = (problems: Problem[], repoRoot: string | null = null): RunOutcome => ({ exitCode: ExitCode.Usage, summary: null, problems, repoRoot, bundle: null });

/**
 * One `run` from input to summary, shared by every door: validate everything first (exit 2, nothing
 * touched), then open the logs, then the loop. Doors only choose sinks and map the outcome to their output.
 */
export async function executeRun(req: RunRequest): Promise<RunOutcome> {
  const prepared = await prepareRun(req);
  if (!prepared.ok) return usage(prepared.problems);
  const { loaded, plan } = prepared.value;
  const { repoRoot } = loaded;
  const codex = locateCodex({ configured: loaded.config.runner.codexPath, from: import.meta.url, cwd: resolve(req.cwd), repoRoot, env: req.env });
  if (codex === null) {
    // The key proxy and the runner are both codex: nothing can run without one (SPEC §3 preflight).
    return usage([{ code: "RUNNER_START", message: `no codex found (looked at ${codexSearchDescription(resolve(req.cwd), repoRoot)})`, hint: "Install it with `npm install --save-dev @openai/codex`, or set runner.codexPath." }], repoRoot);
  }
  const config = withOverrides(loaded.config, req.overrides, codex);

  const prompts = await resolvePrompts(repoRoot, config.prompts);
  if (!prompts.ok) return usage(prompts.problems, repoRoot);
  const runnerEnv = expandEnv(config.runner.env, req.env);
  if (!runnerEnv.ok) return usage(runnerEnv.problems, repoRoot);
  const redactor = new Redactor(secretValuesFrom(req.env, runnerEnv.value));
  // The user's interrupt ends a git call in flight (a hanging signer, a stuck push) with its process group.
  const git = await Worktrees.open({ repoRoot, config, signal: req.signal, secrets: (text) => redactor.secretsIn(text) });
  if (!git.ok) return usage(git.problems, repoRoot);
  const trackedRoot = await trackedWorktreesRootProblem(git.value.guard, repoRoot, config.worktrees.root, loaded.file);
  if (trackedRoot) return usage([trackedRoot], repoRoot);
  const { graphite: gt } = config;
  const stack = gt.enabled
    ? await Graphite.open({ repoRoot, git: git.value.guard, branchPrefix: config.worktrees.branchPrefix, submit: gt.submit, draft: gt.draft })
    : null;
  if (stack && !stack.ok) return usage(stack.problems, repoRoot);

  // The model key goes to the key proxy only; codex and the agent's shell get an environment without secrets.
  const access = await openModelAccess(config.runner, req.env, runnerEnv.value);
  if (!access.ok) return usage(access.problems, repoRoot);
  const codexLine = announceCodex(codex, access.value.env);
  try {
    return await runWith(req, { config, plan, repoRoot, prompts: prompts.value, git: git.value, stack: stack?.value, redactor, access: access.value, codexLine });
  } finally {
    await access.value.close();
  }
}

interface Ready {
  config: OrchestratorConfig;
  plan: Plan;
  repoRoot: string;
  prompts: PromptSet;
  git: Worktrees;
  stack: Graphite | undefined;
  redactor: Redactor;
  access: ModelAccess;
  codexLine: ReturnType<typeof announceCodex>;
}

async function runWith(req: RunRequest, ready: Ready): Promise<RunOutcome> {
  const { config, plan, repoRoot, redactor, access, codexLine } = ready;
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
  if (!store.ok) return usage(store.problems, repoRoot);
  req.onStart?.({ repoRoot, logsRoot: join(repoRoot, config.logs.root), runDir: store.value.runDir, runId: store.value.runId });

  const sink = fanOut([store.value, ...req.sinks(redactor)]);
  const warn = (message: string) => sink.handle({ type: "warning", ts: now().toISOString(), issue: null, phase: null, message });
  const stamp = () => ({ ts: now().toISOString(), issue: null, phase: null });
  sink.handle({ type: "codex", ...stamp(), ...(await codexLine) });
  if (plan.issues.length === 0) sink.handle({ type: "note", ...stamp(), message: `nothing to do — ${allDone(plan)}` });
  const area = { repoRoot, runId: store.value.runId };
  const runner = createRunner(access.runner, access.env, warn, area);
  // The agent's sandbox, settings and environment: agent-written code never runs unconfined.
  const checks = config.checks.length > 0 ? createCheckRunner({ codex: codexExecutable(access.runner.codexPath), cfg: access.runner, env: access.env, area }) : undefined;
  try {
    const summary = await runLoop({
      repoRoot,
      config,
      plan: { ...plan, warnings: [...plan.warnings, ...access.warnings] },
      runId: store.value.runId,
      logDir: store.value.runDir,
      runner,
      git: ready.git,
      stack: ready.stack,
      prompts: ready.prompts,
      checks,
      sink,
      redact: (text) => redactor.redact(text),
      signal: controller.signal,
      stop: (problem) => controller.abort(problem),
      now,
    });
    const problems = store.value.failure ? [store.value.failure] : [];
    let bundle: RunOutcome["bundle"] = null;
    if (req.bundle && !store.value.failure) {
      const file = join(store.value.runDir, req.bundle);
      const made = await ready.git.bundleBranches(file, summary.issues.filter((i) => !i.withheld).map((i) => i.branch));
      if (made.ok) bundle = made.value.length > 0 ? { file, branches: made.value } : null;
      else problems.push(...made.problems);
    }
    const exitCode = summary.interrupted ? ExitCode.Interrupted : summary.status === "passed" && problems.length === 0 ? ExitCode.Ok : ExitCode.NotPassed;
    return { exitCode, summary, problems, repoRoot, bundle };
  } finally {
    req.signal.removeEventListener("abort", onInterrupt);
    await sink.close?.();
  }
}
