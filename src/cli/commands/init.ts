import { Command, Option } from "clipanion";
import * as t from "typanion";
import { ExitCode } from "../../engine/exit-codes";
import { printProblems } from "../../doors/problems";
import type { CliContext } from "../context";

const FORMATS = ["mjs", "ts", "json"] as const;
const PROVIDERS = ["openai", "azure", "custom"] as const;

export class InitCommand extends Command<CliContext> {
  static override paths = [["init"]];
  static override usage = Command.Usage({
    description: "Write a commented starter config and an example issue doc",
    details:
      "Creates `orchestrator.config.mjs` (or `.json` / `.ts` with `--format`) at the git top level and `docs/issues/EXAMPLE-1.md`. Existing files are never overwritten. `--provider azure` or `--provider custom` writes a `runner.config` block for Azure OpenAI or for another server speaking the Responses API (a company gateway, a local server); edit its URL and key variable.",
    examples: [
      ["Opt the current repository in", "$0 init"],
      ["Use a JSON config with editor completion through the JSON Schema", "$0 init --format json"],
      ["Start from an Azure OpenAI provider block", "$0 init --provider azure"],
    ],
  });

  format = Option.String("--format", "mjs", { description: "Config format: mjs (default), ts or json", validator: t.isEnum(FORMATS) });
  provider = Option.String("--provider", "openai", { description: "Model provider block: openai (default), azure or custom", validator: t.isEnum(PROVIDERS) });

  async execute(): Promise<number> {
    // Loaded on use: `--help` and `--version` start without the engine (bench/cold-start.bench.ts).
    const { initRepository } = await import("../../config/init");
    const result = await initRepository(this.context.cwd, this.format, this.provider);
    if (!result.ok) {
      printProblems(this.context.stderr, result.problems);
      return ExitCode.Usage;
    }
    for (const file of result.value.written) this.context.stdout.write(`wrote ${file}\n`);
    for (const file of result.value.kept) this.context.stdout.write(`kept ${file} (already exists)\n`);
    if (this.provider !== "openai") this.context.stdout.write(`edit runner.config.model_providers in the config: the ${this.provider} provider's URL and key variable are placeholders\n`);
    this.context.stdout.write("next: orchestrator plan --milestone M1\n");
    return ExitCode.Ok;
  }
}
