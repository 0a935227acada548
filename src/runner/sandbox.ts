import { mkdir, mkdtemp, rm, rmdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { ensureOwnDirectory } from "../state-dir";
import { isTable } from "./table";

/**
 * The agent's sandbox beyond `runner.sandbox`. codex's workspace-write mode also makes /tmp and $TMPDIR
 * writable, so a repository living there would have a writable git dir and main worktree (the agent could
 * set `core.fsmonitor`, move `main`, write beside its worktree). These overrides take both away, whatever
 * `runner.config` says, and give the agent a private temp dir instead, inside the run's own area.
 */

/**
 * `runner.config` with the engine's sandbox settings on top: /tmp and $TMPDIR are never writable roots
 * (`runner.config` cannot switch that back), the agent's temp dir is one. Writable roots the user listed
 * are kept: naming a directory is a deliberate choice, unlike the blanket /tmp.
 */
export function withSandbox(config: Record<string, unknown>, tempDir: string): Record<string, unknown> {
  const own = isTable(config.sandbox_workspace_write) ? config.sandbox_workspace_write : {};
  const roots = Array.isArray(own.writable_roots) ? own.writable_roots.filter((r): r is string => typeof r === "string") : [];
  return {
    ...config,
    sandbox_workspace_write: { ...own, exclude_slash_tmp: true, exclude_tmpdir_env_var: true, writable_roots: [...roots, tempDir] },
  };
}

export interface AgentTemp {
  /** Writable to the agent; codex and its commands get it as TMPDIR. */
  path: string;
  dispose(): Promise<void>;
}

/** Where the runner makes the agent's temp dirs: `<repo>/.orchestrator/tmp/<runId>`, kept out of `git status`. */
export interface TempArea {
  repoRoot: string;
  runId: string;
}

export const tempRoot = (repoRoot: string) => join(repoRoot, ".orchestrator", "tmp");

/**
 * A fresh temp dir for one turn in `workingDirectory` (named after it: the issue id), removed after it.
 * Without a run (a runner used on its own) it is a private dir of the engine's temp dir.
 */
export async function agentTemp(area: TempArea | undefined, workingDirectory: string): Promise<AgentTemp> {
  if (!area) {
    const path = await mkdtemp(join(tmpdir(), "orchestrator-agent-"));
    return { path, dispose: () => rm(path, { recursive: true, force: true }) };
  }
  const root = tempRoot(area.repoRoot);
  await ensureOwnDirectory(root, area.repoRoot);
  const run = join(root, area.runId);
  const path = join(run, basename(workingDirectory));
  // A dir left by a killed turn is the agent's scratch, not work: start empty.
  await rm(path, { recursive: true, force: true });
  await mkdir(path, { recursive: true });
  return {
    path,
    async dispose() {
      await rm(path, { recursive: true, force: true });
      await rmdir(run).catch(() => undefined);
    },
  };
}
