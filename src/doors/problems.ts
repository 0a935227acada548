import { formatProblem, type Problem } from "../errors";
import { neutralise } from "../report/neutralise";
import { styleFor, type Style } from "../report/style";

/**
 * A problem as every door shows it (terminal, Actions annotation, plugin transcript): `file:line: key:
 * message` and its hint, secrets redacted, then neutralised — its text may come from the work (issue docs,
 * config) and must not move a cursor or issue a command.
 */
export function problemText(p: Problem, redact: (text: string) => string = (text) => text): string {
  return neutralise(redact(formatProblem(p)));
}

const plain = styleFor({ isTTY: false }, {});

/**
 * Problems on a text stream, the one printer of the CLI, Docker and plugin doors. With `counted` (nothing
 * ran: usage, config, issue docs) a heading counts them and each follows indented; without, one
 * `error: …` line each (the run started and was cut short, or a door that prints line by line).
 */
export function printProblems(out: NodeJS.WritableStream, problems: Problem[], opts: { counted?: string; style?: Style } = {}): void {
  const s = opts.style ?? plain;
  if (opts.counted === undefined) {
    for (const p of problems) out.write(`error: ${problemText(p)}\n`);
    return;
  }
  const count = problems.length === 1 ? `1 ${opts.counted}` : `${problems.length} ${opts.counted}s`;
  out.write(`${s.red(s.bold("error"))}: ${count}\n`);
  for (const p of problems) out.write(`${problemText(p).replace(/^/gm, "  ")}\n`);
}
