import { Command, Option, type BaseContext } from "clipanion";
import type { Problem } from "../errors";
import { printProblems } from "../doors/problems";
import { ExitCode } from "../engine/exit-codes";
import { styleFor } from "../report/style";

export interface CliContext extends BaseContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Ends the process at once (a second interrupt); the entry file's `process.exit`. */
  exit: (code: number) => void;
}

/** The usage/config/issue-doc problems that stopped a command before it ran anything: exit 2. */
export function reportProblems(context: CliContext, problems: Problem[], what = "problem"): number {
  printProblems(context.stderr, problems, { counted: what, style: styleFor(context.stderr as { isTTY?: boolean }, context.env) });
  return ExitCode.Usage;
}

/** Problem printing, shared by every command. */
export abstract class OrchestratorCommand extends Command<CliContext> {
  protected reportProblems(problems: Problem[], what = "problem"): number {
    return reportProblems(this.context, problems, what);
  }
}

/** Commands that work on a configured repository share `--config`. */
export abstract class RepoCommand extends OrchestratorCommand {
  config = Option.String("--config,-c", {
    description: "Path of the config file (default: discovered from the current directory up to the git top level)",
  });
}
