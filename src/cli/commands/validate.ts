import { relative } from "node:path";
import { Command, Option } from "clipanion";
import { ExitCode } from "../../engine/exit-codes";
import { RepoCommand } from "../context";
import { validateErrorDocument } from "../json-output";

export class ValidateCommand extends RepoCommand {
  static override paths = [["validate"]];
  static override usage = Command.Usage({
    description: "Check the config and every issue doc",
    details:
      "Loads the config and every issue doc its globs match, and reports every problem at once: config keys, YAML, ids, duplicates, unknown dependencies and cycles. Then runs the same preflight as `run`: codex starts, the model credential is present, `${VAR}`s in runner.env are set, the model endpoint accepts a connection, worktrees.base resolves, worktrees.root is writable, Graphite is ready when enabled. Exits 2 when anything is wrong.",
    examples: [["Validate the repository's orchestrator setup", "$0 validate"]],
  });

  json = Option.Boolean("--json", false, { description: "Print the result as JSON on stdout" });

  async execute(): Promise<number> {
    // Loaded on use: `--help` and `--version` start without the engine (bench/cold-start.bench.ts).
    const [{ loadWorkspace }, { readiness }] = await Promise.all([import("../../engine/prepare"), import("../../engine/readiness")]);
    const found = await loadWorkspace({ cwd: this.context.cwd, configPath: this.config });
    // The run's preflight too (SPEC §7): a config that cannot run is not valid.
    const ready = found.ok ? await readiness(found.value.loaded, this.context.env, this.context.cwd) : [];
    const workspace = found.ok && ready.length > 0 ? { ok: false as const, problems: ready } : found;
    if (this.json) {
      if (!workspace.ok) {
        this.context.stdout.write(validateErrorDocument(workspace.problems));
        return ExitCode.Usage;
      }
      const { loaded, issues } = workspace.value;
      const body = { ok: true, config: relative(loaded.repoRoot, loaded.file) || loaded.file, issues: issues.length, problems: [] };
      this.context.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
      return ExitCode.Ok;
    }
    if (!workspace.ok) return this.reportProblems(workspace.problems);
    const { loaded, issues } = workspace.value;
    const milestones = new Set(issues.map((i) => i.milestone).filter((m): m is string => m !== undefined));
    const configName = relative(this.context.cwd, loaded.file) || loaded.file;
    this.context.stdout.write(
      `ok: ${configName}; ${issues.length} issue doc${issues.length === 1 ? "" : "s"} in ${milestones.size} milestone${milestones.size === 1 ? "" : "s"}\n`,
    );
    return ExitCode.Ok;
  }
}
