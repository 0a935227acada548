import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Command, Option } from "clipanion";
import * as t from "typanion";
import { ExitCode } from "../../engine/exit-codes";
import { OrchestratorCommand } from "../context";

const TARGETS = ["claude", "codex"] as const;
const SCOPES = ["user", "project"] as const;

/** The shipped `plugin/skills`, found from wherever this file was bundled to (dist/, or src/ under tests). */
function shippedSkillsDir(): string | null {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const candidate = join(dir, "plugin", "skills");
    if (existsSync(join(candidate, "dev-auto-orchestrate", "SKILL.md"))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

export class PluginSyncCommand extends OrchestratorCommand {
  static override paths = [["plugin", "sync"]];
  static override usage = Command.Usage({
    description: "Install or refresh the plugin's skills where Claude Code and Codex look for them",
    details: `
      Copies the \`dev-auto-orchestrate\` and \`autonomous-development\` skills (with the engine and the phase prompts inside them) into each tool's skills directory, for people who do not install the plugin from a marketplace: Claude Code \`~/.claude/skills\` (or \`$CLAUDE_CONFIG_DIR/skills\`) / \`<repo>/.claude/skills\`, Codex \`~/.agents/skills\` / \`<repo>/.agents/skills\`.

      A record of what it wrote (\`.orchestrator-plugin-sync.json\`, with hashes) lets a second run write nothing, refresh files it installed when the plugin changes, prune files no longer shipped, and tell your own edits apart: an edited file is reported and kept unless \`--force\`.

      Exit codes: 0 in sync, 1 drift (\`--check\`) or edits kept, 2 usage error.
    `,
    examples: [
      ["Install for both tools in your home", "$0 plugin sync"],
      ["Install Codex skills into this repository", "$0 plugin sync --target codex --scope project"],
      ["Fail when an install is out of date (CI)", "$0 plugin sync --scope project --check"],
    ],
  });

  target = Option.String("--target", { description: "claude or codex (default: both)", validator: t.isEnum(TARGETS) });
  scope = Option.String("--scope", "user", { description: "user (your home) or project (the current repository)", validator: t.isEnum(SCOPES) });
  check = Option.Boolean("--check", false, { description: "Change nothing; exit 1 when anything is missing, outdated or edited" });
  force = Option.Boolean("--force", false, { description: "Overwrite (or prune) files you edited" });
  dryRun = Option.Boolean("--dry-run", false, { description: "Print what would change, change nothing" });

  async execute(): Promise<number> {
    const { stdout, stderr, env, cwd } = this.context;
    const [{ findGitRoot }, sync] = await Promise.all([import("../../config/discover"), import("../../plugin/sync")]);
    const source = shippedSkillsDir();
    if (source === null) {
      stderr.write("error: this orchestrator install has no plugin/skills folder; reinstall the package\n");
      return ExitCode.Usage;
    }
    const shipped = await sync.shippedSkills(source);
    const where = { home: env.HOME || homedir(), projectRoot: await findGitRoot(cwd), env };
    const write = !this.check && !this.dryRun;
    let drift = false;
    let kept = 0;
    for (const target of this.target ? [this.target] : TARGETS) {
      const destination = sync.destinationFor(target, this.scope, where);
      if (!destination.ok) return this.reportProblems(destination.problems);
      const report = await sync.syncSkills(shipped, destination.value, { force: this.force, write });
      if (!report.ok) return this.reportProblems(report.problems);
      const { changes } = report.value;
      const shown = changes.filter((c) => c.action !== "unchanged");
      const verb = write ? "" : " (nothing written)";
      stdout.write(`${target} ${this.scope}: ${destination.value.dir}${shown.length === 0 ? " — up to date" : verb}\n`);
      for (const c of shown) stdout.write(`  ${c.action.padEnd(13)} ${c.path}\n`);
      drift ||= sync.drifted(report.value);
      kept += changes.filter((c) => c.action === "conflict" || c.action === "keep-modified").length;
    }
    if (kept > 0) {
      const files = `${kept} file${kept === 1 ? "" : "s"}`;
      stderr.write(write ? `${files} you changed kept; --force replaces them with the shipped version\n` : `${files} you changed would be kept; --force would replace them\n`);
    }
    if (this.check) return drift ? ExitCode.NotPassed : ExitCode.Ok;
    return kept > 0 ? ExitCode.NotPassed : ExitCode.Ok;
  }
}
