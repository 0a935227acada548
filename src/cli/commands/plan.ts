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
      "Selects the milestone's issues that are not done, orders them by their dependencies (ties in natural order of id) and prints the order. Nothing is run and no file is written.",
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
    const [{ prepareRun }, { planJson, renderPlan }] = await Promise.all([import("../../engine/prepare"), import("../../report/plan")]);
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
    if (this.json) {
      this.context.stdout.write(`${JSON.stringify(planJson(plan, loaded), null, 2)}\n`);
    } else {
      this.context.stdout.write(renderPlan(plan, styleFor(this.context.stdout as { isTTY?: boolean }, this.context.env)));
    }
    for (const w of plan.warnings) this.context.stderr.write(`warning: ${neutralise(w)}\n`);
    return ExitCode.Ok;
  }
}
