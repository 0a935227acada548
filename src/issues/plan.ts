import { fail, ok, type Result } from "../errors";
import { unknownMilestone } from "./milestones";
import { naturalCompare } from "./natural";
import type { IssueDoc, Plan, PlannedIssue } from "./types";

/** Binary min-heap by natural order of id: Kahn's algorithm picks the smallest ready id each time. */
class IdHeap {
  private readonly items: string[] = [];
  get size(): number {
    return this.items.length;
  }
  push(id: string): void {
    const a = this.items;
    a.push(id);
    for (let i = a.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (naturalCompare(a[i] as string, a[p] as string) >= 0) break;
      [a[i], a[p]] = [a[p] as string, a[i] as string];
      i = p;
    }
  }
  pop(): string {
    const a = this.items;
    const top = a[0] as string;
    const last = a.pop() as string;
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && naturalCompare(a[l] as string, a[m] as string) < 0) m = l;
        if (r < a.length && naturalCompare(a[r] as string, a[m] as string) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m] as string, a[i] as string];
        i = m;
      }
    }
    return top;
  }
}

function describeIssue(issue: IssueDoc): string {
  return issue.milestone === undefined ? "no milestone" : `milestone ${issue.milestone}`;
}

/**
 * SPEC §2: select the milestone's open issues and order them topologically over the dependencies
 * inside the selection, ties broken by natural order of id. Same issues in any order → same plan.
 */
export function buildPlan(issues: IssueDoc[], opts: { milestone: string; issue?: string }): Result<Plan> {
  const unknown = unknownMilestone(issues, opts.milestone);
  if (unknown) return fail(unknown);
  const done = issues.filter((i) => i.milestone === opts.milestone && i.done).map((i) => i.id).sort(naturalCompare);
  const byId = new Map(issues.map((i) => [i.id, i]));
  const selected = new Map(issues.filter((i) => i.milestone === opts.milestone && !i.done).map((i) => [i.id, i]));
  const warnings: string[] = [];

  const waitsFor = new Map<string, string[]>();
  for (const issue of selected.values()) {
    const inside: string[] = [];
    for (const dep of issue.dependencies) {
      const target = byId.get(dep);
      if (selected.has(dep)) inside.push(dep);
      else if (target && !target.done) warnings.push(`${issue.id} depends on ${dep} (${describeIssue(target)}, not done): not waited on`);
    }
    waitsFor.set(issue.id, inside);
  }

  if (opts.issue !== undefined) {
    const wanted = selected.get(opts.issue);
    if (!wanted) {
      const known = byId.get(opts.issue);
      const why = !known
        ? "no issue has this id"
        : known.milestone !== opts.milestone
          ? `it belongs to ${describeIssue(known)}`
          : `it is already done (status ${known.status ?? ""})`;
      return fail({
        code: "ISSUE_NOT_IN_MILESTONE",
        file: known?.path,
        message: `--issue ${opts.issue} is not an open issue of milestone ${opts.milestone}: ${why}`,
        hint: `Run \`orchestrator plan --milestone ${opts.milestone}\` to list its issues.`,
      });
    }
    const skippedDeps = waitsFor.get(wanted.id) ?? [];
    for (const dep of skippedDeps) warnings.push(`${wanted.id} depends on ${dep}, which --issue leaves out: stacked on its branch if it passed in an earlier run, else running without it`);
    // Not waited on, but the run stacks on the branches of those that passed earlier (SPEC §2).
    return ok({ milestone: opts.milestone, issues: [{ issue: wanted, waitsFor: [], leftOut: skippedDeps }], done, warnings });
  }

  const dependents = new Map<string, string[]>();
  const pending = new Map<string, number>();
  for (const [id, deps] of waitsFor) {
    pending.set(id, deps.length);
    for (const dep of deps) {
      const list = dependents.get(dep);
      if (list) list.push(id);
      else dependents.set(dep, [id]);
    }
  }
  const ready = new IdHeap();
  for (const [id, count] of pending) if (count === 0) ready.push(id);
  const order: PlannedIssue[] = [];
  while (ready.size > 0) {
    const id = ready.pop();
    order.push({ issue: selected.get(id) as IssueDoc, waitsFor: waitsFor.get(id) ?? [] });
    for (const next of dependents.get(id) ?? []) {
      const left = (pending.get(next) as number) - 1;
      pending.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  if (order.length !== selected.size) {
    // loadIssues rejects cycles; this guards callers that build IssueDocs themselves.
    const stuck = [...pending].filter(([, n]) => n > 0).map(([id]) => id).sort(naturalCompare);
    return fail({ code: "ISSUE_CYCLE", message: `dependency cycle among ${stuck.join(", ")}` });
  }
  return ok({ milestone: opts.milestone, issues: order, done, warnings: warnings.sort() });
}
