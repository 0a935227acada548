import { join } from "node:path";
import { Command, Option } from "clipanion";
import { ExitCode } from "../../engine/exit-codes";
import { styleFor } from "../../report/style";
import { RepoCommand } from "../context";

export class LogsCommand extends RepoCommand {
  static override paths = [["logs"]];
  static override usage = Command.Usage({
    description: "Show what a run did, phase by phase",
    details: `
      Prints a run's phase logs as a person reads them: agent messages, each command with its output, file changes, tokens and the phase result, with the time each event arrived. Defaults to the latest run and every issue in it; \`--issue\` picks one issue, \`--phase NN\` one phase by its number (the NN of \`<NN>-<phase>.jsonl\`). \`--raw\` prints the runner's events as codex emitted them (JSONL).
    `,
    examples: [
      ["What the latest run did", "$0 logs"],
      ["One issue of a given run", "$0 logs 20261125T101500Z-M1 --issue ISSUE-3"],
      ["The raw events of an issue's second phase", "$0 logs --issue ISSUE-3 --phase 02 --raw"],
    ],
  });

  runId = Option.String({ required: false, name: "RUN_ID" });
  issue = Option.String("--issue,-i", { description: "Only this issue" });
  phase = Option.String("--phase,-p", { description: "Only this phase, by its NN number (01, 02, …)" });
  raw = Option.Boolean("--raw", false, { description: "Print the runner's raw events (JSONL)" });

  async execute(): Promise<number> {
    const { stdout } = this.context;
    // Loaded on use: `--help` and `--version` start without the engine (bench/cold-start.bench.ts).
    const [{ loadConfig }, { showLogs }] = await Promise.all([import("../../config"), import("../../report/phase-log")]);
    const loaded = await loadConfig({ cwd: this.context.cwd, configPath: this.config });
    if (!loaded.ok) return this.reportProblems(loaded.problems);
    const style = styleFor(stdout as { isTTY?: boolean }, this.context.env);
    const shown = await showLogs(
      join(loaded.value.repoRoot, loaded.value.config.logs.root),
      { runId: this.runId, issue: this.issue, phase: this.phase, raw: this.raw, style },
      (text) => void stdout.write(text),
    );
    return shown.ok ? ExitCode.Ok : this.reportProblems(shown.problems);
  }
}
