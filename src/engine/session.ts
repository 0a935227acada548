import { join, resolve } from "node:path";
import { trackedWorktreesRootProblem } from "../config/safe-paths";
import type { OrchestratorConfig, PullRequestMode, ReasoningEffort } from "../config/types";
import { fail, ok, type Problem, type Result } from "../errors";
import type { Plan } from "../issues/types";
import { resolvePrompts, type PromptSet } from "../prompts";
import { runIdFor } from "../report/layout";
import { LogStore } from "../report/log-store";
import { Redactor, secretValuesFrom } from "../report/redact";
import { expandEnv } from "../runner/env";
import { createRunner } from "../runner";
import { openModelAccess, type ModelAccess } from "../runner/access";
import { codexSearchDescription, locateCodex, probeCodexVersion, type CodexBinary } from "../runner/codex-binary";
import { allDone } from "../report/plan";
import { Graphite, Worktrees } from "../git";
import { fanOut, type RunSummary, type Sink } from "./events";
import { ExitCode, type ExitCodeValue } from "./exit-codes";
import { runLoop, type PullRequests } from "./loop";
import { tokenSpellings } from "../github/repository";
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
  /**
   * Door-level settings that win over the config file (the Action's inputs): `push` (`push-branches`),
   * `pullRequests` (`pull-requests`), `model`, `reasoningEffort` (`reasoning-effort`).
   */
  overrides?: { push?: boolean; pullRequests?: PullRequestMode; model?: string; reasoningEffort?: ReasoningEffort };
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

function withOverrides(config: OrchestratorConfig, overrides: RunRequest["overrides"] = {}, codex: CodexBinary): OrchestratorConfig {
  const { push, pullRequests, model, reasoningEffort } = overrides;
  // The SDK finds its own package binary (and puts codex's helper tools on PATH); every other find is named.
  const usesCli = config.runner.default === "codex-cli" || config.runner.fallback === "codex-cli";
  const codexPath = codex.source !== "package" || usesCli ? codex.path : config.runner.codexPath;
  const github = pullRequests === undefined ? config.github : { ...config.github, pullRequests };
  // A pull request needs its branch on GitHub: pull requests on means the passed branches are pushed.
  const pushed = push ?? config.worktrees.push;
  return {
    ...config,
    github,
    worktrees: { ...config.worktrees, push: pushed || github.pullRequests !== "off" },
    runner: { ...config.runner, codexPath, ...(model ? { model } : {}), ...(reasoningEffort ? { reasoningEffort } : {}) },
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
  const token = req.env.GITHUB_TOKEN?.trim() || undefined;
  const redactor = new Redactor([...secretValuesFrom(req.env, runnerEnv.value), ...(token ? tokenSpellings(token) : [])]);
  // The user's interrupt ends a git call in flight (a hanging signer, a stuck push) with its process group.
  const git = await Worktrees.open({ repoRoot, config, signal: req.signal, secrets: (text) => redactor.secretsIn(text), pushToken: token });
  if (!git.ok) return usage(git.problems, repoRoot);
  const trackedRoot = await trackedWorktreesRootProblem(git.value.guard, repoRoot, config.worktrees.root, loaded.file);
  if (trackedRoot) return usage([trackedRoot], repoRoot);
  const { graphite: gt } = config;
  const stack = gt.enabled
    ? await Graphite.open({ repoRoot, git: git.value.guard, branchPrefix: config.worktrees.branchPrefix, submit: gt.submit, draft: gt.draft })
    : null;
  if (stack && !stack.ok) return usage(stack.problems, repoRoot);
  // Rate-limit waits are announced once the run's sinks exist (a wait can last minutes).
  const notice = { warn: (_message: string) => {} };
  const pullRequests = await openPullRequests(req, config, git.value, redactor, (message) => notice.warn(message));
  if (!pullRequests.ok) return usage(pullRequests.problems, repoRoot);

  // The model key goes to the key proxy only; codex and the agent's shell get an environment without secrets.
  const access = await openModelAccess(config.runner, req.env, runnerEnv.value);
  if (!access.ok) return usage(access.problems, repoRoot);
  const codexLine = announceCodex(codex, access.value.env);
  try {
    return await runWith(req, { config, plan, repoRoot, prompts: prompts.value, git: git.value, stack: stack?.value, pullRequests: pullRequests.value ?? undefined, notice, redactor, access: access.value, codexLine });
  } finally {
    await access.value.close();
  }
}

/** The Actions run a pull request links to: only from the runner's own variables, each checked for shape. */
function actionsRunUrl(env: NodeJS.ProcessEnv): string | null {
  const { GITHUB_ACTIONS, GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
  if (GITHUB_ACTIONS !== "true" || !server || !repo || !id) return null;
  if (!/^https?:\/\/[^\s/]+$/.test(server.replace(/\/+$/, "")) || !/^[\w.-]+\/[\w.-]+$/.test(repo) || !/^\d+$/.test(id)) return null;
  return `${server.replace(/\/+$/, "")}/${repo}/actions/runs/${id}`;
}

/**
 * SPEC §3 preflight for github.pullRequests: token, repository, origin and the API checked before anything
 * is created (exit 2 otherwise). Octokit is loaded only here, only when pull requests are on.
 */
async function openPullRequests(req: RunRequest, config: OrchestratorConfig, git: Worktrees, redactor: Redactor, onWait: (message: string) => void): Promise<Result<PullRequests | null>> {
  const mode = config.github.pullRequests;
  if (mode === "off") return ok(null);
  const origin = await git.originUrl();
  if (!origin.ok) return origin;
  if (origin.value === null) {
    return fail({ code: "GITHUB", key: "github.pullRequests", message: "pull requests are on but the repository has no remote named origin to push the issue branches to", hint: "Add it: git remote add origin <your GitHub repository's URL>." });
  }
  const baseRef = await git.symbolicName(config.worktrees.base);
  const { GitHubPullRequests } = await import("../github/pull-requests");
  const url = actionsRunUrl(req.env);
  return GitHubPullRequests.open({
    mode,
    labels: config.github.labels,
    env: req.env,
    originUrl: origin.value,
    baseRef: baseRef.ok ? baseRef.value : null,
    runLink: (runId) => ({ runId, actionsRunUrl: url, artifact: req.artifactName?.(runId) ?? null }),
    redact: (text) => redactor.redact(text),
    onWait,
    signal: req.signal,
  });
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
  ready.notice.warn = warn;
  const stamp = () => ({ ts: now().toISOString(), issue: null, phase: null });
  sink.handle({ type: "codex", ...stamp(), ...(await codexLine) });
  if (plan.issues.length === 0) sink.handle({ type: "note", ...stamp(), message: `nothing to do — ${allDone(plan)}` });
  const runner = createRunner(access.runner, access.env, warn, { repoRoot, runId: store.value.runId });
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
