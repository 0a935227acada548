import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach } from "vitest";
import { makeCodexHome, offlineRunnerConfig, type CodexHome } from "../../src/scripted-model/codex-env";
import { git, makeRepo, type FixtureRepo } from "./fixture-repo";
import { scenarioScript, startModelServer, type ModelServer } from "../../src/scripted-model/server";

/** Registers an afterEach that runs the registered cleanups in reverse order; call once per test file. */
export function useCleanups(): (fn: () => void | Promise<void>) => void {
  const cleanups: (() => void | Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });
  return (fn) => cleanups.push(fn);
}

export interface RunSetup {
  repo: FixtureRepo;
  server: ModelServer;
  home: CodexHome;
  env: NodeJS.ProcessEnv;
}

/**
 * A fixture repository with issue docs and a config pointing the runner at a fresh scripted model server,
 * plus a private codex home. `extraConfig` sections replace the defaults (`runner` and its `env` are merged).
 */
export async function setupRun(
  cleanup: (fn: () => void | Promise<void>) => void,
  issues: Record<string, string>,
  scenarios: Parameters<typeof scenarioScript>[0],
  extraConfig: Record<string, unknown> = {},
): Promise<RunSetup> {
  const server = await startModelServer(scenarioScript(scenarios));
  cleanup(() => server.close());
  const home = makeCodexHome();
  cleanup(() => home.cleanup());
  const { runner = {}, ...rest } = extraConfig as { runner?: Record<string, unknown> };
  const offline = offlineRunnerConfig(server.url);
  const env = { ...offline.env, ...(runner.env as Record<string, string> | undefined) };
  const repo = makeRepo({
    ...issues,
    "orchestrator.config.json": JSON.stringify({ runner: { ...offline, ...runner, env }, ...rest }, null, 2),
  });
  cleanup(() => repo.cleanup());
  return { repo, server, home, env: home.env };
}

/** Everything about the main worktree the engine promises never to change. */
export function mainState(dir: string) {
  return {
    head: git(dir, "rev-parse", "HEAD"),
    branch: git(dir, "symbolic-ref", "HEAD"),
    status: git(dir, "status", "--porcelain"),
    index: createHash("sha256").update(readFileSync(join(dir, ".git/index"))).digest("hex"),
  };
}

export const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8"));

/** The newest run directory named by `<logsRoot>/latest`. */
export const latestRunDir = (logsRoot: string) => join(logsRoot, readFileSync(join(logsRoot, "latest"), "utf8").trim());
