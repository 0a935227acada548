import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_PROMPTS, MAX_PROMPT_BYTES, PLACEHOLDERS, renderPrompt, resolvePrompts, type PromptValues } from "../../src/prompts";

const dirs: string[] = [];
const tempRepo = () => {
  const dir = mkdtempSync(join(tmpdir(), "orchestrator-prompts-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const values = Object.fromEntries(PLACEHOLDERS.map((p) => [p, `<${p}>`])) as PromptValues;

describe("prompts", () => {
  it("bundled defaults tell the agent to stay in its worktree, not to commit, and to answer with the contract", () => {
    for (const [phase, text] of Object.entries(DEFAULT_PROMPTS)) {
      const rendered = renderPrompt({ phase: phase as "dev", source: "bundled", text }, values);
      expect(rendered).toContain("<worktree>");
      expect(rendered).toMatch(/do not (change, )?commit/i);
      expect(rendered).toContain(`"phase":"${phase}"`);
      expect(rendered).not.toMatch(/\{\{/);
    }
  });

  it("resolves config path, then .orchestrator/prompts/<name>.md, then the bundled default", async () => {
    const repo = tempRepo();
    mkdirSync(join(repo, ".orchestrator/prompts"), { recursive: true });
    writeFileSync(join(repo, ".orchestrator/prompts/dev-auto-review-linear.md"), "review {{issue.id}}");
    mkdirSync(join(repo, "prompts"));
    writeFileSync(join(repo, "prompts/dev.md"), "dev {{issue.id}} in {{worktree}}");
    const set = await resolvePrompts(repo, { dev: "prompts/dev.md" });
    expect(set.ok).toBe(true);
    if (!set.ok) return;
    expect(set.value.dev.source).toBe("prompts/dev.md");
    expect(set.value.review.source).toBe(join(".orchestrator", "prompts", "dev-auto-review-linear.md"));
    expect(set.value.fix.source).toBe("bundled:dev-auto-fix-review");
    expect(renderPrompt(set.value.dev, values)).toBe("dev <issue.id> in <worktree>");
  });

  it("reports a missing configured template and unknown placeholders, all at once", async () => {
    const repo = tempRepo();
    mkdirSync(join(repo, ".orchestrator/prompts"), { recursive: true });
    writeFileSync(join(repo, ".orchestrator/prompts/dev-auto-fix-review.md"), "fix {{isue.id}} {{branch}}");
    const set = await resolvePrompts(repo, { dev: "nope.md" });
    expect(set.ok).toBe(false);
    if (set.ok) return;
    expect(set.problems.map((p) => [p.code, p.key ?? p.file, p.message])).toEqual([
      ["PROMPT", "prompts.dev", "prompt template nope.md does not exist"],
      ["PROMPT", join(".orchestrator", "prompts", "dev-auto-fix-review.md"), "unknown placeholder {{isue.id}}"],
    ]);
  });

  it("reads overrides only as regular files inside the repository: links out, devices, FIFOs and directories are refused by name", async () => {
    const outside = tempRepo();
    writeFileSync(join(outside, "secret.md"), "secret {{issue.id}}");
    const repo = tempRepo();
    mkdirSync(join(repo, ".orchestrator/prompts"), { recursive: true });
    symlinkSync(join(outside, "secret.md"), join(repo, ".orchestrator/prompts/dev-auto-parallel.md"));
    execFileSync("mkfifo", [join(repo, ".orchestrator/prompts/dev-auto-review-linear.md")]);
    mkdirSync(join(repo, ".orchestrator/prompts/dev-auto-fix-review.md"));
    const started = performance.now();
    const set = await resolvePrompts(repo, {});
    expect(performance.now() - started).toBeLessThan(2000);
    expect(set.ok).toBe(false);
    if (set.ok) return;
    expect(set.problems.map((p) => [p.code, p.file, p.message])).toEqual([
      ["PROMPT", join(".orchestrator", "prompts", "dev-auto-parallel.md"), `the prompt template leads through a symbolic link to ${join(outside, "secret.md")}, outside the repository; only files inside the repository are read`],
      ["PROMPT", join(".orchestrator", "prompts", "dev-auto-review-linear.md"), "the prompt template is a FIFO (named pipe); only regular files are read"],
      ["PROMPT", join(".orchestrator", "prompts", "dev-auto-fix-review.md"), "the prompt template is a directory; only regular files are read"],
    ]);

    symlinkSync("/dev/zero", join(repo, "zero.md"));
    writeFileSync(join(repo, "big.md"), "x".repeat(MAX_PROMPT_BYTES + 1));
    const again = await resolvePrompts(repo, { dev: "zero.md", review: "../x.md", fix: "big.md" });
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.problems.map((p) => [p.key, p.file])).toEqual([
      ["prompts.dev", "zero.md"],
      ["prompts.review", "../x.md"],
      ["prompts.fix", "big.md"],
    ]);
    expect(again.problems[0]?.message).toContain("/dev/zero, outside the repository");
    expect(again.problems[1]?.message).toContain("outside the repository");
    expect(again.problems[2]?.message).toContain("larger than the limit of 1 MiB");
  });

  it("follows a link that stays inside the repository", async () => {
    const repo = tempRepo();
    mkdirSync(join(repo, "shared"));
    writeFileSync(join(repo, "shared/dev.md"), "shared {{issue.id}}");
    symlinkSync("shared", join(repo, "prompts"));
    const set = await resolvePrompts(repo, { dev: "prompts/dev.md" });
    expect(set.ok && set.value.dev.text).toBe("shared {{issue.id}}");
  });
});
