import { Command, Option } from "clipanion";
import { ExitCode } from "../../engine/exit-codes";
import type { Problem } from "../../errors";
import { neutralise } from "../../report/neutralise";
import { styleFor, table } from "../../report/style";
import { RepoCommand } from "../context";
import { statusErrorDocument } from "../json-output";

export class StatusCommand extends RepoCommand {
  static override paths = [["status"]];
  static override usage = Command.Usage({
    description: "Show what a milestone's issue branches say and what the next run would do",
    details: `
      Reads each issue's branch (read-only): passed at which commit, unfinished with its last phase, not started, or done by front matter, and what \`orchestrator run\` would do next with it (nothing, resume with a review, or dev). Nothing is run, fetched or written; exit 0.
    `,
    examples: [
      ["Where milestone M1 stands", "$0 status --milestone M1"],
      ["Machine-readable", "$0 status --milestone M1 --json"],
    ],
  });

  milestone = Option.String("--milestone,-m", { required: true, description: "Milestone id" });
  json = Option.Boolean("--json", false, { description: "Print the status as JSON on stdout" });

  async execute(): Promise<number> {
    // Loaded on use: `--help` and `--version` start without the engine (bench/cold-start.bench.ts).
    const [{ loadWorkspace }, { buildPlan }, { outlookFor }] = await Promise.all([import("../../engine/prepare"), import("../../issues"), import("../../engine/next-action")]);
    // Under --json a script reads stdout only: problems are a JSON document there too.
    const refuse = (problems: Problem[]) => {
      if (this.json) this.context.stdout.write(statusErrorDocument(this.milestone, problems));
      return this.reportProblems(problems);
    };
    const workspace = await loadWorkspace({ cwd: this.context.cwd, configPath: this.config });
    if (!workspace.ok) return refuse(workspace.problems);
    const { loaded, issues } = workspace.value;
    const plan = buildPlan(issues, { milestone: this.milestone });
    if (!plan.ok) return refuse(plan.problems);
    const done = issues.filter((i) => i.milestone === this.milestone && i.done);
    const outlook = await outlookFor(loaded, plan.value, done);
    if (!outlook.ok) return refuse(outlook.problems);
    const rows = outlook.value;
    if (this.json) {
      this.context.stdout.write(`${JSON.stringify({ version: 1, milestone: this.milestone, issues: rows }, null, 2)}\n`);
      return ExitCode.Ok;
    }
    const s = styleFor(this.context.stdout as { isTTY?: boolean }, this.context.env);
    if (rows.length === 0) {
      this.context.stdout.write(`Milestone ${s.bold(neutralise(this.milestone))}: no issue.\n`);
      return ExitCode.Ok;
    }
    const said = (r: (typeof rows)[number]) => {
      if (r.state === "done") return "done (front matter)";
      if (r.state === "absent") return "not started";
      const at = r.commit ? ` at ${r.commit.slice(0, 12)}` : "";
      const from = r.source === "origin" ? " (origin only)" : "";
      if (r.state === "passed") return `passed${at}${from}`;
      if (r.state === "untouched") return `branch without engine work${at}${from}`;
      return `unfinished${r.lastPhase ? ` (last: ${r.lastPhase})` : ""}${at}${from}`;
    };
    const body = table(
      ["issue", "branch says", "next run", "title"],
      // Titles and ids come from issue docs: untrusted text, shown neutralised (one line each).
      rows.map((r) => [r.id, said(r), r.nextText, r.title.replace(/\r?\n/g, " ")].map(neutralise)),
    );
    const pending = rows.filter((r) => r.next !== "none").length;
    this.context.stdout.write(`Milestone ${s.bold(neutralise(this.milestone))}: ${pending === 0 ? "nothing left to run" : `${pending} of ${rows.length} issues left to run`}\n\n${body}\n`);
    return ExitCode.Ok;
  }
}
