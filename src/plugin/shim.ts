import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../config";
import { version } from "../../package.json";
import { ExitCode } from "../engine/exit-codes";
import { abortOnSignals } from "../doors/interrupt";
import { printProblems } from "../doors/problems";
import { runRequest } from "../doors/request";
import { executeRun } from "../engine/session";
import { errorMessage } from "../errors";
import { showLogs } from "../report/phase-log";
import { terminalSink } from "../report/terminal";
import { styleFor } from "../report/style";
import { summaryLine, usageSummaryLine } from "./summary-line";

const USAGE = `usage: orchestrate <milestone> [issue] [--config PATH]
       orchestrate --logs [RUN_ID] [--issue ID] [--phase NN] [--raw] [--config PATH]

Runs the orchestrator loop (dev → review → fix) over the milestone's issues in the current repository,
as \`orchestrator run --milestone <milestone> [--issue <issue>]\` does, with plain line output for an
agent session. The last stdout line is \`orchestrator-summary: {json}\`; the exit status is the CLI's
(0 passed, 1 not passed, 2 usage/config error, 130 interrupted).

With --logs it prints what a run did instead, as \`orchestrator logs\` does: the latest run unless RUN_ID is
given, every issue unless --issue, every phase unless --phase NN; --raw prints codex's raw events.
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
    parsed = parseArgs({ args: argv, allowPositionals: true, options: {
        config: { type: "string", short: "c" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean" },
        logs: { type: "boolean" },
        issue: { type: "string", short: "i" },
        phase: { type: "string", short: "p" },
        raw: { type: "boolean" },
      },
    });
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
  if (values.logs) return logs(positionals, values);
  if (values.issue !== undefined || values.phase !== undefined || values.raw) return usage("--issue, --phase and --raw go with --logs; a run takes <milestone> [issue]");
  const [milestone, issue, ...extra] = positionals;
  if (!milestone || extra.length > 0) return usage(`expected <milestone> [issue], got ${positionals.length} arguments`);

  const interrupt = abortOnSignals(
    (line) => process.stdout.write(`${line}\n`),
    (code) => process.exit(code),
  );
  try {
    const outcome = await executeRun(
      runRequest(
        { cwd: process.cwd(), configPath: values.config, milestone, issue },
        {
          env: process.env,
          signal: interrupt.signal,
          // An agent's transcript is no terminal: heartbeat lines say a long phase is still working.
          sinks: (redactor) => [terminalSink(process.stdout, styleFor({ isTTY: false }, {}), redactor, { live: "heartbeat" })],
        },
      ),
    );
    printProblems(process.stdout, outcome.problems);
    process.stdout.write(summaryLine(milestone, outcome));
    return outcome.exitCode;
  } finally {
    interrupt.dispose();
  }
}

/** `--logs`: what a run did, for the agent to relay when the user asks. */
async function logs(positionals: string[], values: { config?: string; issue?: string; phase?: string; raw?: boolean }): Promise<number> {
  if (positionals.length > 1) {
    process.stderr.write(`error: --logs takes at most one RUN_ID, got ${positionals.length} arguments\n${USAGE}`);
    return ExitCode.Usage;
  }
  const loaded = await loadConfig({ cwd: process.cwd(), configPath: values.config });
  const shown = loaded.ok
    ? await showLogs(
        join(loaded.value.repoRoot, loaded.value.config.logs.root),
        { runId: positionals[0], issue: values.issue, phase: values.phase, raw: values.raw === true, style: styleFor({ isTTY: false }, {}) },
        (text) => void process.stdout.write(text),
      )
    : loaded;
  if (shown.ok) return ExitCode.Ok;
  printProblems(process.stderr, shown.problems);
  return ExitCode.Usage;
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
