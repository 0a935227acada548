import { Builtins, Cli, Command, UsageError, type CommandClass } from "clipanion";
import type { CliContext } from "./context";

/**
 * What each option's value is, for usage lines: Clipanion 3 prints every value as `#0`
 * (arcanis/clipanion#173). Keyed by the option's names as declared, so any command declaring
 * `--milestone,-m` shows `--milestone,-m ID`.
 */
const PLACEHOLDERS: Record<string, string> = {
  "--milestone,-m": "ID",
  "--issue,-i": "ID",
  "--config,-c": "PATH",
  "--format": "mjs|ts|json",
  "--provider": "openai|azure|custom",
  "--target": "claude|codex",
  "--scope": "user|project",
};

export function namePlaceholders(text: string): string {
  return text.replace(/(--[A-Za-z][\w-]*(?:,-[A-Za-z])?) #0/g, (_whole, names: string) => `${names} ${PLACEHOLDERS[names] ?? "VALUE"}`);
}

/**
 * Clipanion lists one candidate per path of a command, so `-h`/`--help` showed twice under a typo; keep
 * the first of each usage line (`$ …` and numbered `  0. …` alike) and renumber.
 */
export function dedupeCandidates(text: string): string {
  const seen = new Set<string>();
  let n = 0;
  const out: string[] = [];
  for (const line of text.split("\n")) {
    const usage = /^\$ (.+)$/.exec(line)?.[1] ?? /^\s*\d+\. (.+)$/.exec(line)?.[1];
    if (usage === undefined) {
      out.push(line);
      continue;
    }
    if (seen.has(usage)) continue;
    seen.add(usage);
    out.push(line.startsWith("$ ") ? line : `${`${n++}.`.padStart(4)} ${usage}`);
  }
  return out.join("\n");
}

/** A required option the input lacks: named, with the command's usage line, instead of "Command not found". */
class MissingOptionError extends UsageError {
  constructor(
    message: string,
    readonly command: Command<CliContext>,
  ) {
    super(message);
  }
}

/** `-h`/`--help` and `-v`/`--version`, listed by their long names. */
class HelpFlagCommand extends Builtins.HelpCommand {
  static override paths = [["--help"], ["-h"]];
}
class VersionFlagCommand extends Builtins.VersionCommand {
  static override paths = [["--version"], ["-v"]];
}

export class OrchestratorCli extends Cli<CliContext> {
  /** The commands, then `--help` and `--version`. */
  registerAll(commands: CommandClass<CliContext>[]): this {
    for (const command of [...commands, HelpFlagCommand, VersionFlagCommand]) this.register(command);
    return this;
  }

  /** Every usage text (help, errors) is built from here; naming the placeholders first keeps the columns aligned. */
  protected override getUsageByIndex(...args: Parameters<Cli<CliContext>["getUsageByIndex"]>): ReturnType<Cli<CliContext>["getUsageByIndex"]> {
    const { usage, options } = super.getUsageByIndex(...args);
    return { usage: namePlaceholders(usage), options: options.map((o) => ({ ...o, definition: namePlaceholders(o.definition) })) };
  }

  override error(error: unknown, opts: { colored?: boolean; command?: Command<CliContext> | null } = {}): string {
    const command = error instanceof MissingOptionError ? error.command : opts.command;
    return dedupeCandidates(namePlaceholders(super.error(error, { ...opts, ...(command ? { command } : {}) })));
  }

  override process(input: string[], context?: Partial<CliContext>): Command<CliContext> {
    try {
      return super.process(input, context as CliContext);
    } catch (err) {
      throw this.missingRequired(input) ?? err;
    }
  }

  /**
   * Clipanion rejects input lacking a required option as an unknown command; when the input names a
   * command (its path leads the input) and lacks one of that command's required options, say which.
   */
  private missingRequired(input: string[]): MissingOptionError | null {
    const firstOption = input.findIndex((token) => token.startsWith("-"));
    const leading = firstOption === -1 ? input : input.slice(0, firstOption);
    let best: { command: CommandClass<CliContext>; length: number } | null = null;
    for (const [command, { builder }] of this.registrations) {
      for (const path of builder.paths) {
        const matches = path.length > 0 && path.length <= leading.length && path.every((part, i) => leading[i] === part);
        if (matches && path.length > (best?.length ?? 0)) best = { command, length: path.length };
      }
    }
    if (best === null) return null;
    const given = (name: string) => input.some((token) => token === name || token.startsWith(`${name}=`));
    const missing = (this.registrations.get(best.command)?.builder.options ?? []).filter((o) => o.required && !o.names.some(given)).map((o) => o.names[0] as string);
    if (missing.length === 0) return null;
    const what = missing.length === 1 ? `${missing[0]} is required` : `${missing.join(" and ")} are required`;
    return new MissingOptionError(what, new best.command());
  }
}
