import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { trackedWorktreesRootProblem } from "../config/safe-paths";
import type { OrchestratorConfig, PullRequestMode, ReasoningEffort } from "../config/types";
import { ok, type Problem, type Result } from "../errors";
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
import { codexSearchDescription, locateCodex, type CodexBinary } from "../runner/codex-binary";
import { withIdleTimeout } from "../runner/idle";
import { codexEnvironment } from "../runner/shell-env";
import { allDone } from "../report/plan";
import { Graphite, Worktrees } from "../git";
import { worktreeFor } from "../git/naming";
import { fanOut, type RunSummary, type Sink } from "../core/events";
import { ExitCode, type ExitCodeValue } from "./exit-codes";
import type { BranchState, PullRequests } from "../core/types";
import { runLoop } from "./loop";
import { openPullRequests } from "../github/open";
import { tokenSpellings } from "../github/repository";
import { modelEndpoint, preflight, providerOf, type CodexLine } from "./preflight";
import { prepareRun } from "./prepare";
import { recordingChecks, recordingCodex, RunLock } from "./lock";
import { inspectBranches } from "./resume";

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
  /**
   * Door-level settings that win over the config file (the Action's inputs): `push` (`push-branches`),
   * `pullRequests` (`pull-requests`), `model`, `reasoningEffort` (`reasoning-effort`), `maxCostUsdPerRun`
   * (`max-cost-usd`).
   */
  overrides?: { push?: boolean; pullRequests?: PullRequestMode; model?: string; reasoningEffort?: ReasoningEffort; maxCostUsdPerRun?: number };
  /** The logs artifact's name for a run id (the Action), linked from pull request bodies. */
  artifactName?: (runId: string) => string | null;
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

function withOverrides(config: OrchestratorConfig, overrides: RunRequest["overrides"] = {}, codex: CodexBinary | null): OrchestratorConfig {
  const { push, pullRequests, model, reasoningEffort, maxCostUsdPerRun } = overrides;
  // The SDK finds its own package binary (and puts codex's helper tools on PATH); every other find is named.
  const usesCli = config.runner.default === "codex-cli" || config.runner.fallback === "codex-cli";
  const codexPath = codex !== null && (codex.source !== "package" || usesCli) ? codex.path : config.runner.codexPath;
  const github = pullRequests === undefined ? config.github : { ...config.github, pullRequests };
  // A pull request needs its branch on GitHub: pull requests on means the passed branches are pushed.
  const pushed = push ?? config.worktrees.push;
  return {
    ...config,
    github,
    worktrees: { ...config.worktrees, push: pushed || github.pullRequests !== "off" },
    runner: { ...config.runner, codexPath, ...(model ? { model } : {}), ...(reasoningEffort ? { reasoningEffort } : {}) },
    budget: maxCostUsdPerRun === undefined ? config.budget : { ...config.budget, maxCostUsdPerRun },
  };
}

/** The run's one-word status for a door's output: `error` when it never ran (usage, config). */
export function runStatus(outcome: RunOutcome): "passed" | "failed" | "interrupted" | "error" {
  const { summary } = outcome;
  if (outcome.exitCode === ExitCode.Usage || summary === null) return "error";
  return summary.interrupted ? "interrupted" : summary.status;
}

/**
 * What the issue branches say before anything runs (SPEC §3 "Reruns continue"). When a branch is missing
 * locally and the repository has an origin, origin's issue branches are fetched first so one that exists
 * only there (a CI checkout) is resumed rather than started over; a failed fetch is a warning.
 */
async function readBranches(git: Worktrees, plan: Plan, branchPrefix: string): Promise<Result<{ states: Map<string, BranchState>; warnings: string[] }>> {
  const ids = new Set(plan.issues.flatMap((p) => [p.issue.id, ...(p.leftOut ?? [])]));
  const first = await inspectBranches(git.guard, git.repoRoot, branchPrefix, ids);
  if (!first.ok) return first;
  if (![...first.value.values()].some((s) => s.kind === "absent")) return ok({ states: first.value, warnings: [] });
  const fetched = await git.fetchIssueBranches();
  if (!fetched.ok) return ok({ states: first.value, warnings: [`fetching issue branches from origin failed: ${fetched.problems.map((p) => p.message).join("; ")}`] });
  if (!fetched.value) return ok({ states: first.value, warnings: [] });
  const again = await inspectBranches(git.guard, git.repoRoot, branchPrefix, ids);
  return again.ok ? ok({ states: again.value, warnings: [] }) : again;
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
  const cwd = resolve(req.cwd);
  // Found now, judged by the preflight (a rerun with nothing to run needs none).
  const codex = locateCodex({ configured: loaded.config.runner.codexPath, from: import.meta.url, cwd, repoRoot, env: req.env });
  const config = withOverrides(loaded.config, req.overrides, codex);

  const prompts = await resolvePrompts(repoRoot, config.prompts);
  if (!prompts.ok) return usage(prompts.problems, repoRoot);
  const runnerEnv = expandEnv(config.runner.env, req.env);
  if (!runnerEnv.ok) return usage(runnerEnv.problems, repoRoot);
  const token = req.env.GITHUB_TOKEN?.trim() || undefined;
  const redactor = new Redactor([...secretValuesFrom(req.env, runnerEnv.value), ...(token ? tokenSpellings(token) : [])]);
  // The user's interrupt ends a git call in flight (a hanging signer, a stuck push) with its process group.
  const git = await Worktrees.open({ repoRoot, config, signal: req.signal, secrets: (text) => redactor.secretsIn(text), pushToken: token });
  if (!git.ok) return usage(git.problems, repoRoot);
  const trackedRoot = await trackedWorktreesRootProblem(git.value.guard, repoRoot, config.worktrees.root, loaded.file);
  if (trackedRoot) return usage([trackedRoot], repoRoot);
  const { graphite: gt } = config;
  const stack = gt.enabled
    ? await Graphite.open({ repoRoot, git: git.value.guard, submit: gt.submit, draft: gt.draft })
    : null;
  if (stack && !stack.ok) return usage(stack.problems, repoRoot);
  // Rate-limit waits are announced once the run's sinks exist (a wait can last minutes).
  const notice = { warn: (_message: string) => {} };
  const opened = await openPullRequests({ config, env: req.env, git: git.value, redact: (text) => redactor.redact(text), onWait: (m) => notice.warn(m), signal: req.signal, artifactName: req.artifactName });
  if (!opened.ok) return usage(opened.problems, repoRoot);
  const pullRequests = opened.value ?? undefined;

  const now = req.now ?? (() => new Date());
  const lockFile = await RunLock.fileFor(git.value.guard, repoRoot);
  if (!lockFile.ok) return usage(lockFile.problems, repoRoot);
  const early: string[] = [];
  const lock = RunLock.acquire(lockFile.value, { command: "run", runId: runIdFor(now(), plan.milestone), warn: (message) => early.push(message) });
  if (!lock.ok) return usage(lock.problems, repoRoot);
  const [worktrees, held, promptSet, extraEnv, stackTool] = [git.value, lock.value, prompts.value, runnerEnv.value, stack?.value];
  try {
    return await underLock();
  } finally {
    lock.value.release();
  }

  // Everything from here on may create branches, worktrees and logs: one run at a time (SPEC §3).
  async function underLock(): Promise<RunOutcome> {
    const branches = await readBranches(worktrees, plan, config.worktrees.branchPrefix);
    if (!branches.ok) return usage(branches.problems, repoRoot);
    early.push(...branches.value.warnings);
    // A rerun whose issues all passed runs no phase: it needs neither codex nor the model.
    const runsPhases = plan.issues.some(({ issue }) => branches.value.states.get(issue.id)?.kind !== "passed" || existsSync(worktreeFor(join(repoRoot, config.worktrees.root), issue.id)));
    const ready = await preflight({ repoRoot, config, env: req.env, codex, codexSearch: codexSearchDescription(cwd, repoRoot), runner: runsPhases });
    if (ready.problems.length > 0) return usage(ready.problems, repoRoot);

    // The model key goes to the key proxy only; codex and the agent's shell get an environment without secrets.
    const access = runsPhases ? await openModelAccess(config.runner, req.env, extraEnv) : ok(idleAccess(config, req.env, extraEnv));
    if (!access.ok) return usage(access.problems.map((p) => ({ ...p, code: "PREFLIGHT" as const })), repoRoot);
    // The key proxy is the run's child in its own process group: recorded, a takeover ends it too.
    held.noteChildren();
    try {
      return await runWith(req, {
        config,
        plan: early.length > 0 ? { ...plan, warnings: [...plan.warnings, ...early] } : plan,
        repoRoot,
        prompts: promptSet,
        git: worktrees,
        stack: stackTool,
        pullRequests,
        notice,
        redactor,
        access: access.value,
        codexLine: ready.codex,
        lock: held,
        branches: branches.value.states,
        runnerEnv: extraEnv,
      });
    } finally {
      await access.value.close();
    }
  }
}

/** A run without phases starts no key proxy (and may have no codex): a runner that is never called. */
function idleAccess(config: OrchestratorConfig, env: NodeJS.ProcessEnv, runnerEnv: Record<string, string>): ModelAccess {
  return { runner: config.runner, env: codexEnvironment(env, runnerEnv), warnings: [], close: async () => undefined };
}

interface Ready {
  config: OrchestratorConfig;
  plan: Plan;
  repoRoot: string;
  prompts: PromptSet;
  git: Worktrees;
  stack: Graphite | undefined;
  pullRequests: PullRequests | undefined;
  /** Where the GitHub client's rate-limit waits are reported: pointed at the run's warnings in runWith. */
  notice: { warn: (message: string) => void };
  redactor: Redactor;
  access: ModelAccess;
  codexLine: CodexLine;
  lock: RunLock;
  branches: Map<string, BranchState>;
  /** runner.env expanded: with the engine's environment, what the provider settings are read from. */
  runnerEnv: Record<string, string>;
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
  ready.lock.setRunId(store.value.runId);
  req.onStart?.({ repoRoot, logsRoot: join(repoRoot, config.logs.root), runDir: store.value.runDir, runId: store.value.runId });

  const sink = fanOut([store.value, ...req.sinks(redactor)]);
  const warn = (message: string) => sink.handle({ type: "warning", ts: now().toISOString(), issue: null, phase: null, message });
  ready.notice.warn = warn;
  const stamp = () => ({ ts: now().toISOString(), issue: null, phase: null });
  sink.handle({ type: "codex", ...stamp(), ...codexLine });
  if (plan.issues.length === 0) sink.handle({ type: "note", ...stamp(), message: `nothing to do — ${allDone(plan)}` });
  const area = { repoRoot, runId: store.value.runId };
  const base = createRunner(access.runner, access.env, warn, area);
  // The agent's sandbox, settings and environment: agent-written code never runs unconfined.
  const checks = config.checks.length > 0 ? recordingChecks(createCheckRunner({ codex: codexExecutable(access.runner.codexPath), cfg: access.runner, env: access.env, area }), ready.lock) : undefined;
  // The upstream the provider names (behind the key proxy codex itself only sees 127.0.0.1).
  const engineEnv = { ...req.env, ...ready.runnerEnv };
  const endpoint = modelEndpoint(config.runner, engineEnv) ?? `of the model provider "${providerOf(config.runner, engineEnv).id}"`;
  const runner = recordingCodex(withIdleTimeout(base, config.runner.idleTimeoutMinutes * 60_000, endpoint), ready.lock);
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
      pullRequests: ready.pullRequests,
      prompts: ready.prompts,
      checks,
      branches: ready.branches,
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
