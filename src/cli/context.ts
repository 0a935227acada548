import { Command, Option, type BaseContext } from "clipanion";
import { formatProblem, type Problem } from "../errors";
import { ExitCode } from "../engine/exit-codes";
import { neutralise } from "../report/neutralise";
import { styleFor } from "../report/style";

export interface CliContext extends BaseContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** Problem printing, shared by every command. */
export abstract class OrchestratorCommand extends Command<CliContext> {
  protected reportProblems(problems: Problem[], what = "problem"): number {
    const s = styleFor(this.context.stderr as { isTTY?: boolean }, this.context.env);
    const count = problems.length === 1 ? `1 ${what}` : `${problems.length} ${what}s`;
    this.context.stderr.write(`${s.red(s.bold("error"))}: ${count}\n`);
    for (const p of problems) {
      this.context.stderr.write(`${neutralise(formatProblem(p)).replace(/^/gm, "  ")}\n`);
    }
    return ExitCode.Usage;
  }
}

/** Commands that work on a configured repository share `--config`. */
export abstract class RepoCommand extends OrchestratorCommand {
  config = Option.String("--config,-c", {
    description: "Path of the config file (default: discovered from the current directory up to the git top level)",
  });
}
