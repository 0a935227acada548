import { Builtins, Cli } from "clipanion";
import { version } from "../../package.json";
import { ExitCode } from "../engine/exit-codes";
import { errorMessage } from "../errors";
import { styleFor } from "../report/style";
import type { CliContext } from "./context";
import { CleanCommand } from "./commands/clean";
import { InitCommand } from "./commands/init";
import { PlanCommand } from "./commands/plan";
import { PluginSyncCommand } from "./commands/plugin-sync";
import { RunCommand } from "./commands/run";
import { StatusCommand } from "./commands/status";
import { ValidateCommand } from "./commands/validate";

export function createCli(opts: { colors: boolean }): Cli<CliContext> {
  const cli = new Cli<CliContext>({
    enableColors: opts.colors,
    binaryLabel: "orchestrator",
    binaryName: "orchestrator",
    binaryVersion: version,
    enableCapture: false,
  });
  for (const command of [RunCommand, PlanCommand, StatusCommand, ValidateCommand, CleanCommand, InitCommand, PluginSyncCommand]) cli.register(command);
  cli.register(Builtins.HelpCommand);
  cli.register(Builtins.VersionCommand);
  return cli;
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
    return ExitCode.Usage;
  }
  try {
    return await cli.run(command, context);
  } catch (err) {
    context.stderr.write(`orchestrator: internal error: ${errorMessage(err)}\n`);
    return ExitCode.NotPassed;
  }
}
