/** One parsed issue doc (SPEC §2). */
export interface IssueDoc {
  id: string;
  title: string;
  /** Repo-relative POSIX path of the doc. */
  path: string;
  /** Milestone value as a string; undefined when the field is absent. */
  milestone?: string;
  /** Ids named by the dependency fields, in order of appearance, de-duplicated. */
  dependencies: string[];
  status?: string;
  /** status is one of `issues.doneValues`. */
  done: boolean;
  frontMatter: Record<string, unknown>;
  body: string;
}

export interface PlannedIssue {
  issue: IssueDoc;
  /** Dependencies this issue waits for inside the selection (a subset of issue.dependencies). */
  waitsFor: string[];
  /** With `--issue`: its dependencies inside the milestone that the run leaves out (stacked on if they passed earlier). */
  leftOut?: string[];
}

export interface Plan {
  milestone: string;
  /** Execution order: topological, ties broken by natural order of id. */
  issues: PlannedIssue[];
  /** Ids of the milestone's issues already done (not run), in natural order. */
  done: string[];
  /** Non-fatal notes, e.g. dependencies on other milestones that are not waited on. */
  warnings: string[];
}
