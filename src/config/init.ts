import { access, mkdir, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fail, ok, type Result } from "../errors";
import { findGitRoot } from "./discover";

export type InitFormat = "mjs" | "ts" | "json";

const CONFIG_NAMES = ["orchestrator.config.json", "orchestrator.config.ts", "orchestrator.config.mjs", "orchestrator.config.js"];

const COMMENTED_BODY = `{
  issues: {
    // Globs (relative to the repository root) of the issue docs.
    paths: ["docs/issues/**/*.md"],
    // Front-matter fields: the id (absent: the file name), the milestone, and the ids an issue waits for.
    idField: "id",
    milestoneField: "milestone",
    dependencyFields: ["depends_on"],
    // Issues whose status is one of doneValues are skipped and satisfy dependencies.
    statusField: "status",
    doneValues: ["done", "closed"],
  },
  runner: {
    // "codex-sdk" (default) or "codex-cli"; fallback is used only when the SDK runner cannot start.
    default: "codex-sdk",
    sandbox: "workspace-write",
    // model: "gpt-5.5",
    // Extra environment for codex; \${VAR} is expanded from your environment and never logged.
    // env: { OPENAI_API_KEY: "\${OPENAI_API_KEY}" },
    phaseTimeoutMinutes: 60,
  },
  // At most this many fix phases per issue, each followed by a review.
  review: { maxCycles: 2 },
  worktrees: {
    root: ".orchestrator/worktrees",
    branchPrefix: "orchestrator/",
    base: "HEAD",
    // Start a dependent issue from its passed dependencies' branches.
    stack: true,
    push: false,
    // Sign the engine's commits as your git config says (off: no signer prompt can block a run).
    signCommits: false,
  },
  logs: { root: ".orchestrator/logs" },
}`;

const TEMPLATES: Record<InitFormat, { file: string; text: string }> = {
  mjs: {
    file: "orchestrator.config.mjs",
    text: `// orchestrator config: every key is optional; the values below are the defaults.
// Reference: the README's "Configuration" section, or schema/config.schema.json in the package.

/** @type {import("@orchestrator/engine").UserConfig} */
export default ${COMMENTED_BODY};
`,
  },
  ts: {
    file: "orchestrator.config.ts",
    text: `// orchestrator config: every key is optional; the values below are the defaults.
import { defineConfig } from "@orchestrator/engine";

export default defineConfig(${COMMENTED_BODY});
`,
  },
  json: {
    file: "orchestrator.config.json",
    text: `${JSON.stringify(
      {
        $schema: "./node_modules/@orchestrator/engine/schema/config.schema.json",
        issues: { paths: ["docs/issues/**/*.md"] },
        review: { maxCycles: 2 },
      },
      null,
      2,
    )}\n`,
  },
};

const EXAMPLE_ISSUE = {
  file: "docs/issues/EXAMPLE-1.md",
  text: `---
id: EXAMPLE-1
milestone: M1
depends_on: []
status: open
---
# Add a greeting to the README

Describe the change as you would for a colleague: what to build, where, and how to tell it works.
The agent gets this whole document as its task.

## Acceptance
- The README starts with a one-line greeting.
`,
};

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** Writes a starter config and an example issue doc at the git top level; never overwrites anything. */
export async function initRepository(cwd: string, format: InitFormat): Promise<Result<{ written: string[]; kept: string[] }>> {
  const root = await findGitRoot(cwd);
  if (!root) {
    return fail({ code: "USAGE", message: `${cwd} is not inside a git repository`, hint: "Run `git init` first, then `orchestrator init`." });
  }
  for (const name of CONFIG_NAMES) {
    if (await exists(join(root, name))) {
      return fail({
        code: "USAGE",
        file: name,
        message: "a config already exists; nothing was written",
        hint: "Edit it, or delete it first to start over.",
      });
    }
  }
  const written: string[] = [];
  const kept: string[] = [];
  for (const { file, text } of [TEMPLATES[format], EXAMPLE_ISSUE]) {
    const target = join(root, file);
    if (await exists(target)) {
      kept.push(relative(cwd, target) || file);
      continue;
    }
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text, { flag: "wx" });
    written.push(relative(cwd, target) || file);
  }
  return ok({ written, kept });
}
