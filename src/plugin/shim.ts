import { parseArgs } from "node:util";
import { version } from "../../package.json";
import { ExitCode } from "../engine/exit-codes";
import { abortOnSignals } from "../engine/interrupt";
import { executeRun } from "../engine/session";
import { errorMessage, formatProblem } from "../errors";
import { neutralise } from "../report/neutralise";
import { terminalSink } from "../report/terminal";
import { styleFor } from "../report/style";
import { summaryLine, usageSummaryLine } from "./summary-line";

const USAGE = `usage: orchestrate <milestone> [issue] [--config PATH]

Runs the orchestrator loop (dev → review → fix) over the milestone's issues in the current repository,
as \`orchestrator run --milestone <milestone> [--issue <issue>]\` does, with plain line output for an
agent session. The last stdout line is \`orchestrator-summary: {json}\`; the exit status is the CLI's
(0 passed, 1 not passed, 2 usage/config error, 130 interrupted).
`;

function usage(problem: string): number {
  process.stderr.write(`error: ${problem}\n${USAGE}`);
  process.stdout.write(usageSummaryLine(problem));
  return ExitCode.Usage;
}

/**
 * The plugin's engine (`/dev-auto-orchestrate`): the same run as the CLI, rendered for a chat transcript —
 * no colour even under FORCE_COLOR, one event per line — and closed by a machine-readable summary line.
 */
async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { config: { type: "string", short: "c" }, help: { type: "boolean", short: "h" }, version: { type: "boolean" } } });
  } catch (err) {
    return usage(errorMessage(err));
  }
  const { values, positionals } = parsed;
  if (values.version) {
    process.stdout.write(`${version}\n`);
    return ExitCode.Ok;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return ExitCode.Ok;
  }
  const [milestone, issue, ...extra] = positionals;
  if (!milestone || extra.length > 0) return usage(`expected <milestone> [issue], got ${positionals.length} arguments`);

  const interrupt = abortOnSignals((line) => process.stdout.write(`${line}\n`));
  try {
    const outcome = await executeRun({
      cwd: process.cwd(),
      configPath: values.config,
      milestone,
      issue,
      env: process.env,
      signal: interrupt.signal,
      sinks: (redactor) => [terminalSink(process.stdout, styleFor({ isTTY: false }, {}), redactor)],
    });
    for (const p of outcome.problems) process.stdout.write(`error: ${neutralise(formatProblem(p))}\n`);
    process.stdout.write(summaryLine(milestone, outcome));
    return outcome.exitCode;
  } finally {
    interrupt.dispose();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`orchestrator: internal error: ${errorMessage(err)}\n`);
    process.exitCode = ExitCode.NotPassed;
  },
);
