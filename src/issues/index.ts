export { loadIssues, idProblem, MAX_ISSUE_BYTES } from "./load";
export { buildPlan } from "./plan";
export { naturalCompare } from "./natural";
export type { IssueDoc, Plan, PlannedIssue } from "./types";
