import { Command, Option } from "clipanion";
import { ExitCode } from "../../engine/exit-codes";
import type { InitFormat } from "../../config/init";
import { formatProblem } from "../../errors";
import type { CliContext } from "../context";

export class InitCommand extends Command<CliContext> {
  static override paths = [["init"]];
  static override usage = Command.Usage({
    description: "Write a commented starter config and an example issue doc",
    details:
      "Creates `orchestrator.config.mjs` (or `.json` / `.ts` with `--format`) at the git top level and `docs/issues/EXAMPLE-1.md`. Existing files are never overwritten.",
    examples: [
      ["Opt the current repository in", "$0 init"],
      ["Use a JSON config with editor completion through the JSON Schema", "$0 init --format json"],
    ],
  });

  format = Option.String("--format", "mjs", { description: "Config format: mjs (default), ts or json" });

  async execute(): Promise<number> {
    if (!["mjs", "ts", "json"].includes(this.format)) {
      this.context.stderr.write(`error: --format: expected one of mjs, ts, json, got "${this.format}"\n`);
      return ExitCode.Usage;
    }
    // Loaded on use: `--help` and `--version` start without the engine (bench/cold-start.bench.ts).
    const { initRepository } = await import("../../config/init");
    const result = await initRepository(this.context.cwd, this.format as InitFormat);
    if (!result.ok) {
      for (const p of result.problems) this.context.stderr.write(`error: ${formatProblem(p)}\n`);
      return ExitCode.Usage;
    }
    for (const file of result.value.written) this.context.stdout.write(`wrote ${file}\n`);
    for (const file of result.value.kept) this.context.stdout.write(`kept ${file} (already exists)\n`);
    this.context.stdout.write("next: orchestrator plan --milestone M1\n");
    return ExitCode.Ok;
  }
}
