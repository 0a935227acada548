import { Command, Option } from "clipanion";
import { ExitCode } from "../../engine/exit-codes";
import { abortOnSignals } from "../../doors/interrupt";
import { printProblems } from "../../doors/problems";
import { runRequest, type RunSettings } from "../../doors/request";
import { styleFor } from "../../report/style";
import { RepoCommand, reportProblems, type CliContext } from "../context";
import { runErrorRecord } from "../json-output";

export class RunCommand extends RepoCommand {
  static override paths = [["run"]];
  static override usage = Command.Usage({
    description: "Run the dev → review → fix loop over a milestone's issues",
    details: `
      Runs every open issue of the milestone in dependency order, one git worktree per issue on its own branch. Each issue gets a dev phase and a review; while the review fails and fewer than \`review.maxCycles\` fixes ran, a fix phase and another review follow.

      Exit codes: 0 every issue passed (or nothing to do), 1 some issue did not pass, 2 usage/config/issue-doc error (nothing was run), 130 interrupted.
    `,
    examples: [
      ["Run milestone M1", "$0 run --milestone M1"],
      ["Run one issue of M1", "$0 run --milestone M1 --issue ISSUE-3"],
      ["Stream NDJSON events for a script", "$0 run --milestone M1 --json"],
    ],
  });

  milestone = Option.String("--milestone,-m", { required: true, description: "Milestone id to run" });
  issue = Option.String("--issue,-i", { description: "Run only this issue of the milestone" });
  json = Option.Boolean("--json", false, { description: "NDJSON events on stdout (human text goes to stderr)" });

  async execute(): Promise<number> {
    return runInTerminal({ cwd: this.context.cwd, configPath: this.config, milestone: this.milestone, issue: this.issue }, this.json, this.context);
  }
}

/**
 * A run shown on a terminal (or a log): `orchestrator run`, and the Docker image driven by a step's inputs.
 * With `json` NDJSON events go to stdout and the human text to stderr.
 */
export async function runInTerminal(settings: RunSettings, json: boolean, context: CliContext): Promise<number> {
  const { stdout, stderr, env } = context;
  const interrupt = abortOnSignals((line) => stderr.write(`\n${line}\n`), context.exit);
  try {
    const human = json ? stderr : stdout;
    const style = styleFor(human as { isTTY?: boolean }, env);
    // Loaded on use: `--help` and `--version` start without the engine (bench/cold-start.bench.ts).
    const [{ executeRun }, { ndjsonSink }, { terminalSink }, { liveModeFor }] = await Promise.all([
      import("../../engine/session"),
      import("../../report/ndjson"),
      import("../../report/terminal"),
      import("../../report/live"),
    ]);
    // A status line only on a terminal and never under --json; elsewhere a heartbeat line after a silence.
    const live = liveModeFor(human as { isTTY?: boolean }, env, json);
    const result = await executeRun(
      runRequest(settings, {
        env,
        signal: interrupt.signal,
        sinks: (redactor) => (json ? [ndjsonSink(stdout, redactor), terminalSink(stderr, style, redactor, { live })] : [terminalSink(stdout, style, redactor, { live })]),
      }),
    );
    if (result.problems.length > 0) {
      if (json) stdout.write(runErrorRecord(result.problems));
      if (result.exitCode === ExitCode.Usage) return reportProblems(context, result.problems);
      printProblems(stderr, result.problems);
    }
    return result.exitCode;
  } finally {
    interrupt.dispose();
  }
}
