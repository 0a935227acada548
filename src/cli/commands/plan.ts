import { Command, Option } from "clipanion";
import { ExitCode } from "../../engine/exit-codes";
import { neutralise } from "../../report/neutralise";
import { styleFor } from "../../report/style";
import { RepoCommand } from "../context";
import { planErrorDocument } from "../json-output";

export class PlanCommand extends RepoCommand {
  static override paths = [["plan"]];
  static override usage = Command.Usage({
    description: "Print the ordered plan of a milestone without running anything",
    details:
      "Selects the milestone's issues that are not done, orders them by their dependencies (ties in natural order of id) and prints the order, with what the next run does with each issue's branch (nothing when it passed earlier, resume with a review, or dev). Nothing is run and no file is written.",
    examples: [
      ["Show the plan of milestone M1", "$0 plan --milestone M1"],
      ["Machine-readable plan", "$0 plan --milestone M1 --json"],
    ],
  });

  milestone = Option.String("--milestone,-m", { required: true, description: "Milestone id to plan" });
  issue = Option.String("--issue,-i", { description: "Plan only this issue of the milestone" });
  json = Option.Boolean("--json", false, { description: "Print the plan as JSON on stdout" });

  async execute(): Promise<number> {
    // Loaded on use: `--help` and `--version` start without the engine (bench/cold-start.bench.ts).
    const [{ prepareRun }, { planJson, renderPlan }, { outlookFor }] = await Promise.all([import("../../engine/prepare"), import("../../report/plan"), import("../../engine/next-action")]);
    const prepared = await prepareRun({
      cwd: this.context.cwd,
      configPath: this.config,
      milestone: this.milestone,
      issue: this.issue,
    });
    if (!prepared.ok) {
      if (this.json) this.context.stdout.write(planErrorDocument(this.milestone, prepared.problems));
      return this.reportProblems(prepared.problems);
    }
    const { plan, loaded } = prepared.value;
    // What the next run does per issue, from the branches (SPEC §7); a repository without a commit has none.
    const outlook = await outlookFor(loaded, plan);
    const next = new Map(outlook.ok ? outlook.value.map((o) => [o.id, o]) : []);
    if (this.json) {
      this.context.stdout.write(`${JSON.stringify(planJson(plan, loaded, next), null, 2)}\n`);
    } else {
      this.context.stdout.write(renderPlan(plan, styleFor(this.context.stdout as { isTTY?: boolean }, this.context.env), next));
    }
    for (const w of plan.warnings) this.context.stderr.write(`warning: ${neutralise(w)}\n`);
    return ExitCode.Ok;
  }
}
