import type { OrchestratorConfig } from "../config/types";
import { addUsage, costOf, formatUsd, noUsage, totalTokens, type Pricing, type TokenUsage } from "../report/usage";

export interface BudgetCrossing {
  /** `issue`: only this issue ends; `run`: every issue not started is skipped too. */
  scope: "issue" | "run";
  /** `budget: …`, the issue's reason. */
  reason: string;
}

const count = (n: number) => n.toLocaleString("en-US");

/**
 * The spend caps of SPEC §3, fed with usage as codex reports it: the running phase's total so far (mid-turn
 * and at turn end) on top of what the issue and the run used before. Answers whether a cap is crossed;
 * the loop decides what that ends.
 */
export class BudgetTracker {
  private run = noUsage();
  private issue = noUsage();
  private phase = noUsage();

  constructor(
    private readonly budget: OrchestratorConfig["budget"],
    private readonly pricing: Pricing | null,
  ) {}

  startIssue(): void {
    this.issue = noUsage();
    this.phase = noUsage();
  }

  /** The running phase's usage so far (a running total, not an increment). */
  phaseUsage(usage: TokenUsage): BudgetCrossing | null {
    this.phase = usage;
    return this.check();
  }

  /** The phase ended with this usage: it joins the issue's and the run's totals. */
  endPhase(usage: TokenUsage): BudgetCrossing | null {
    this.phase = usage;
    const crossing = this.check();
    this.issue = addUsage(this.issue, usage);
    this.run = addUsage(this.run, usage);
    this.phase = noUsage();
    return crossing;
  }

  private check(): BudgetCrossing | null {
    const { maxTokensPerIssue, maxTokensPerRun, maxCostUsdPerRun } = this.budget;
    const run = addUsage(this.run, this.phase);
    const runTokens = totalTokens(run);
    if (maxTokensPerRun !== undefined && runTokens > maxTokensPerRun) {
      return { scope: "run", reason: `budget: the run used ${count(runTokens)} tokens, over budget.maxTokensPerRun (${count(maxTokensPerRun)})` };
    }
    const cost = costOf(run, this.pricing);
    if (maxCostUsdPerRun !== undefined && cost !== null && cost > maxCostUsdPerRun) {
      return { scope: "run", reason: `budget: the run cost about ${formatUsd(cost)}, over budget.maxCostUsdPerRun ($${maxCostUsdPerRun})` };
    }
    const issueTokens = totalTokens(addUsage(this.issue, this.phase));
    if (maxTokensPerIssue !== undefined && issueTokens > maxTokensPerIssue) {
      return { scope: "issue", reason: `budget: the issue used ${count(issueTokens)} tokens, over budget.maxTokensPerIssue (${count(maxTokensPerIssue)})` };
    }
    return null;
  }
}
