// What each phase answers (SPEC §5), as schema/<phase>.schema.json says: test/unit/outputs.test.ts keeps the two in step.

export interface Change {
  path: string;
  description: string;
}
export interface TestRun {
  command: string;
  outcome: "pass" | "fail" | "not_run";
}
export interface DevOutput {
  phase: "dev";
  status: "done" | "blocked";
  summary: string;
  changes: Change[];
  tests: TestRun[];
  notes: string[];
}
export interface Finding {
  id: string;
  severity: "blocker" | "major" | "minor" | "nit";
  path: string | null;
  line: number | null;
  message: string;
  suggestion: string | null;
}
export interface ReviewOutput {
  phase: "review";
  status: "pass" | "fail";
  summary: string;
  findings: Finding[];
}
export interface FixOutput {
  phase: "fix";
  status: "done" | "blocked";
  summary: string;
  addressed: string[];
  changes: Change[];
  tests: TestRun[];
}
export type PhaseOutput = DevOutput | ReviewOutput | FixOutput;
