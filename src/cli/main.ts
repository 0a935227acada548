import { version } from "../../package.json";
import { ExitCode } from "../engine/exit-codes";
import { errorMessage } from "../errors";
import { styleFor } from "../report/style";
import { OrchestratorCli } from "./cli";
import type { CliContext } from "./context";
import { CleanCommand } from "./commands/clean";
import { HelpCommand } from "./commands/help";
import { InitCommand } from "./commands/init";
import { LogsCommand } from "./commands/logs";
import { PlanCommand } from "./commands/plan";
import { PluginSyncCommand } from "./commands/plugin-sync";
import { RunCommand } from "./commands/run";
import { StatusCommand } from "./commands/status";
import { ValidateCommand } from "./commands/validate";
import { usageErrorRecord } from "./json-output";
import { asksForRun, readInputs } from "../action/inputs";
import { reportProblems } from "./context";
import { runInTerminal } from "./commands/run";

export function createCli(opts: { colors: boolean }): OrchestratorCli {
  const cli = new OrchestratorCli({
    enableColors: opts.colors,
    binaryLabel: "orchestrator",
    binaryName: "orchestrator",
    binaryVersion: version,
    enableCapture: false,
  });
  return cli.registerAll([RunCommand, PlanCommand, StatusCommand, ValidateCommand, LogsCommand, CleanCommand, InitCommand, PluginSyncCommand, HelpCommand]);
}

/**
 * Runs the CLI and returns the SPEC §6 exit code; usage errors (bad flags) are exit 2, not clipanion's 1.
 * With no arguments and a step's `INPUT_MILESTONE` (`uses: docker://IMAGE`) it runs what the step's inputs
 * ask, read as the Action reads them.
 */
export async function main(argv: string[], context: CliContext): Promise<number> {
  if (argv.length === 0 && asksForRun(context.env)) return runFromInputs(context);
  const colors = styleFor(context.stdout as { isTTY?: boolean }, context.env) !== styleFor({ isTTY: false }, {});
  const cli = createCli({ colors });
  let command;
  try {
    command = cli.process(argv, context);
  } catch (err) {
    context.stderr.write(cli.error(err, { colored: colors }));
    // Under --json a script reads stdout only: the usage error is a record there too.
    const record = usageErrorRecord(argv, cli.error(err, { colored: false }));
    if (record !== null) context.stdout.write(record);
    return ExitCode.Usage;
  }
  try {
    return await cli.run(command, context);
  } catch (err) {
    context.stderr.write(`orchestrator: internal error: ${errorMessage(err)}\n`);
    return ExitCode.NotPassed;
  }
}

/** The Docker door: the Action's inputs, the CLI's presentation, in `working-directory`. */
function runFromInputs(context: CliContext): Promise<number> | number {
  const inputs = readInputs(context.env);
  if (!inputs.ok) return reportProblems(context, inputs.problems);
  return runInTerminal(inputs.value, false, { ...context, cwd: inputs.value.cwd });
}
