import { Command } from "clipanion";
import { ExitCode } from "../../engine/exit-codes";
import { RepoCommand } from "../context";

export class CleanCommand extends RepoCommand {
  static override paths = [["clean"]];
  static override usage = Command.Usage({
    description: "Remove orchestrator-owned worktrees left by interrupted runs",
    details:
      "Removes the worktrees under `worktrees.root` whose branch starts with `worktrees.branchPrefix`. Branches are kept, and a worktree with uncommitted changes is kept and reported (never forced).",
    examples: [["Clean up after an interrupted run", "$0 clean"]],
  });

  async execute(): Promise<number> {
    // Loaded on use: `--help` and `--version` start without the engine (bench/cold-start.bench.ts).
    const [{ loadConfig }, { Worktrees }, { RunLock }] = await Promise.all([import("../../config"), import("../../git"), import("../../engine/lock")]);
    const loaded = await loadConfig({ cwd: this.context.cwd, configPath: this.config });
    if (!loaded.ok) return this.reportProblems(loaded.problems);
    const worktrees = await Worktrees.open(loaded.value);
    if (!worktrees.ok) return this.reportProblems(worktrees.problems);
    // Never under a running run: its live worktree would go (SPEC §3 "One run at a time").
    const lockFile = await RunLock.fileFor(worktrees.value.guard, worktrees.value.repoRoot);
    if (!lockFile.ok) return this.reportProblems(lockFile.problems);
    const lock = RunLock.acquire(lockFile.value, { command: "clean", runId: null, warn: (message) => this.context.stderr.write(`warning: ${message}\n`) });
    if (!lock.ok) return this.reportProblems(lock.problems);
    const cleaned = await worktrees.value.clean().finally(() => lock.value.release());
    if (!cleaned.ok) return this.reportProblems(cleaned.problems);
    const { removed, kept } = cleaned.value;
    for (const path of removed) this.context.stdout.write(`removed ${path}\n`);
    for (const k of kept) this.context.stderr.write(`kept ${k.path}: ${k.reason}\n`);
    if (removed.length === 0 && kept.length === 0) this.context.stdout.write("no orchestrator worktree to remove\n");
    return kept.length > 0 ? ExitCode.NotPassed : ExitCode.Ok;
  }
}
