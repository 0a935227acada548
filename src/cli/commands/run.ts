import { Command, Option } from "clipanion";
import { ExitCode } from "../../engine/exit-codes";
import { abortOnSignals } from "../../engine/interrupt";
import { neutralise } from "../../report/neutralise";
import { styleFor } from "../../report/style";
import { RepoCommand } from "../context";
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
    const { stdout, stderr, env } = this.context;
    const interrupt = abortOnSignals((line) => stderr.write(`\n${line}\n`));
    try {
      const human = this.json ? stderr : stdout;
      const style = styleFor(human as { isTTY?: boolean }, env);
      // Loaded on use: `--help` and `--version` start without the engine (bench/cold-start.bench.ts).
      const [{ executeRun }, { ndjsonSink }, { terminalSink }] = await Promise.all([import("../../engine/session"), import("../../report/ndjson"), import("../../report/terminal")]);
      const result = await executeRun({
        cwd: this.context.cwd,
        configPath: this.config,
        milestone: this.milestone,
        issue: this.issue,
        env,
        signal: interrupt.signal,
        sinks: (redactor) => (this.json ? [ndjsonSink(stdout, redactor), terminalSink(stderr, style, redactor)] : [terminalSink(stdout, style, redactor)]),
      });
      if (result.problems.length > 0) {
        if (this.json) stdout.write(runErrorRecord(result.problems));
        if (result.exitCode === ExitCode.Usage) return this.reportProblems(result.problems);
        for (const p of result.problems) stderr.write(`error: ${neutralise(p.message)}\n`);
      }
      return result.exitCode;
    } finally {
      interrupt.dispose();
    }
  }
}
