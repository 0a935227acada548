import { version } from "../../package.json";
import { ExitCode } from "../engine/exit-codes";
import { errorMessage } from "../errors";
import { styleFor } from "../report/style";
import { OrchestratorCli } from "./cli";
import type { CliContext } from "./context";
import { CleanCommand } from "./commands/clean";
import { HelpCommand } from "./commands/help";
import { InitCommand } from "./commands/init";
import { PlanCommand } from "./commands/plan";
import { PluginSyncCommand } from "./commands/plugin-sync";
import { RunCommand } from "./commands/run";
import { StatusCommand } from "./commands/status";
import { ValidateCommand } from "./commands/validate";
import { usageErrorRecord } from "./json-output";

export function createCli(opts: { colors: boolean }): OrchestratorCli {
  const cli = new OrchestratorCli({
    enableColors: opts.colors,
    binaryLabel: "orchestrator",
    binaryName: "orchestrator",
    binaryVersion: version,
    enableCapture: false,
  });
  return cli.registerAll([RunCommand, PlanCommand, StatusCommand, ValidateCommand, CleanCommand, InitCommand, PluginSyncCommand, HelpCommand]);
}

/** Runs the CLI and returns the SPEC §6 exit code; usage errors (bad flags) are exit 2, not clipanion's 1. */
export async function main(argv: string[], context: CliContext): Promise<number> {
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
