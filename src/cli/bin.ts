import { runCommandFromInputs } from "../action/inputs";
import { formatProblem } from "../errors";
import { main } from "./main";

/** Arguments, or — with none, as `uses: docker://…` runs the image — the step's INPUT_* variables. */
function command(): { argv: string[]; cwd: string } | number {
  const argv = process.argv.slice(2);
  const fromInputs = argv.length === 0 ? runCommandFromInputs(process.env) : null;
  if (fromInputs === null) return { argv, cwd: process.cwd() };
  if (fromInputs.ok) return fromInputs.value;
  for (const p of fromInputs.problems) process.stderr.write(`error: ${formatProblem(p)}\n`);
  return 2;
}

const resolved = command();
if (typeof resolved === "number") {
  process.exitCode = resolved;
} else {
  main(resolved.argv, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: resolved.cwd,
    env: process.env,
    colorDepth: 1,
  }).then((code) => {
    process.exitCode = code;
  });
}
