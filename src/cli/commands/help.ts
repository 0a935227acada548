import { Command, Option } from "clipanion";
import { ExitCode } from "../../engine/exit-codes";
import type { CliContext } from "../context";

/** `orchestrator help [command]`: the same text as `--help`, reachable the way people type it. */
export class HelpCommand extends Command<CliContext> {
  static override paths = [["help"]];
  static override usage = Command.Usage({
    description: "Print every command, or the options and examples of one",
    examples: [
      ["List the commands", "$0 help"],
      ["Options and examples of run", "$0 help run"],
      ["Options of plugin sync", "$0 help plugin sync"],
    ],
  });

  command = Option.String({ name: "command", required: false });
  subcommand = Option.String({ name: "subcommand", required: false });

  async execute(): Promise<number> {
    const names = [this.command, this.subcommand].filter((n): n is string => n !== undefined);
    if (names.length === 0) {
      this.context.stdout.write(this.cli.usage(null));
      return ExitCode.Ok;
    }
    try {
      this.cli.process([...names, "--help"]);
    } catch {
      this.context.stderr.write(`error: no command "${names.join(" ")}"\n\n${this.cli.usage(null)}`);
      return ExitCode.Usage;
    }
    return this.cli.run([...names, "--help"]);
  }
}
