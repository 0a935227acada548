import { join } from "node:path";
import type { OrchestratorConfig } from "../config/types";
import type { PhaseName } from "../core/events";
import { fail, ok, type Problem, type Result } from "../errors";
import { describeRefusal, RepoFiles } from "../fs/read-bounded";
import devDefault from "./defaults/dev-auto-parallel.md";
import fixDefault from "./defaults/dev-auto-fix-review.md";
import reviewDefault from "./defaults/dev-auto-review-linear.md";

/** SPEC §4: phase → prompt name. */
export const PROMPT_NAMES: Record<PhaseName, string> = {
  dev: "dev-auto-parallel",
  review: "dev-auto-review-linear",
  fix: "dev-auto-fix-review",
};

export const DEFAULT_PROMPTS: Record<PhaseName, string> = { dev: devDefault, review: reviewDefault, fix: fixDefault };

/** Placeholders a template may use; anything else is a typo and reported before any work. */
export const PLACEHOLDERS = [
  "issue.id",
  "issue.title",
  "issue.path",
  "issue.body",
  "issue.frontMatter",
  "phase",
  "attempt",
  "worktree",
  "branch",
  "base",
  "previous",
  "review",
  "checks",
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PromptValues = Record<Placeholder, string>;

const PLACEHOLDER = /\{\{\s*([A-Za-z][\w.]*)\s*\}\}/g;

export interface PromptTemplate {
  phase: PhaseName;
  /** Where the template came from: a repo-relative path or `bundled:<name>`. */
  source: string;
  text: string;
}

export type PromptSet = Record<PhaseName, PromptTemplate>;

function unknownPlaceholders(text: string): string[] {
  const known = new Set<string>(PLACEHOLDERS);
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? "").filter((name) => !known.has(name));
}

/** A prompt override is data from the repository: the same limit and file rules as an issue doc (SPEC §2). */
export const MAX_PROMPT_BYTES = 1024 * 1024;

/** SPEC §4 resolution: `prompts.<phase>` → `.orchestrator/prompts/<name>.md` → bundled default. */
export async function resolvePrompts(repoRoot: string, prompts: OrchestratorConfig["prompts"]): Promise<Result<PromptSet>> {
  const problems: Problem[] = [];
  const resolved: Partial<PromptSet> = {};
  const files = new RepoFiles(repoRoot);
  for (const phase of ["dev", "review", "fix"] as const) {
    const configured = prompts[phase];
    const candidate = configured ?? join(".orchestrator", "prompts", `${PROMPT_NAMES[phase]}.md`);
    const read = files.read(candidate, MAX_PROMPT_BYTES);
    if (!read.ok && read.refusal.kind === "missing" && configured) {
      problems.push({
        code: "PROMPT",
        key: `prompts.${phase}`,
        message: `prompt template ${configured} does not exist`,
        hint: "Fix the path (relative to the repository root) or remove the key to use the bundled prompt.",
      });
      continue;
    }
    if (!read.ok && read.refusal.kind !== "missing") {
      const { message, hint } = describeRefusal(read.refusal, "the prompt template");
      const problem: Problem = { code: "PROMPT", file: candidate, message, hint: hint ?? "Fix or remove the file to use the bundled prompt." };
      problems.push(configured ? { ...problem, key: `prompts.${phase}` } : problem);
      continue;
    }
    const template = read.ok ? { phase, source: candidate, text: read.text } : { phase, source: `bundled:${PROMPT_NAMES[phase]}`, text: DEFAULT_PROMPTS[phase] };
    for (const name of unknownPlaceholders(template.text)) {
      problems.push({
        code: "PROMPT",
        file: template.source,
        message: `unknown placeholder {{${name}}}`,
        hint: `Known placeholders: ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(", ")}.`,
      });
    }
    resolved[phase] = template;
  }
  return problems.length > 0 ? fail(problems) : ok(resolved as PromptSet);
}

export function renderPrompt(template: PromptTemplate, values: PromptValues): string {
  return template.text.replace(PLACEHOLDER, (whole, name: string) => (name in values ? values[name as Placeholder] : whole));
}
