import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../support/fixture-repo";

const PLUGIN = join(PROJECT_ROOT, "plugin");
const json = (path: string) => JSON.parse(readFileSync(join(PROJECT_ROOT, path), "utf8"));
const pkg = json("package.json");
const skills = readdirSync(join(PLUGIN, "skills")).sort();

/** The front-matter keys Claude Code and Codex read on a skill; anything else is a typo. */
const SKILL_KEYS = new Set(["name", "description", "argument-hint", "allowed-tools", "disable-model-invocation", "user-invocable", "model", "license", "metadata"]);

describe("plugin/ lint", () => {
  it("ships exactly the two skills", () => {
    expect(skills).toEqual(["autonomous-development", "dev-auto-orchestrate"]);
  });

  it.each(skills)("skill %s: front matter both tools accept", (skill) => {
    const { data, content } = matter(readFileSync(join(PLUGIN, "skills", skill, "SKILL.md"), "utf8"));
    expect(Object.keys(data).filter((k) => !SKILL_KEYS.has(k))).toEqual([]);
    // Codex lists a skill by its front-matter name and drops it when longer than 64; both tools key on the folder.
    expect(data.name).toBe(skill);
    expect(data.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(data.name.length).toBeLessThanOrEqual(64);
    // Without a description Codex drops the skill; both tools cap it at 1024 characters; no markup in it.
    expect(typeof data.description).toBe("string");
    expect(data.description.length).toBeGreaterThan(20);
    expect(data.description.length).toBeLessThanOrEqual(1024);
    expect(data.description).not.toMatch(/[<>]/);
    expect(content.trim().length).toBeGreaterThan(0);
    for (const key of ["argument-hint", "allowed-tools"]) if (key in data) expect(typeof data[key]).toBe("string");
    if ("disable-model-invocation" in data) expect(typeof data["disable-model-invocation"]).toBe("boolean");
  });

  it("the entry point is user-invoked only, takes <milestone> [issue], and may run only node", () => {
    const { data, content } = matter(readFileSync(join(PLUGIN, "skills/dev-auto-orchestrate/SKILL.md"), "utf8"));
    expect(data).toMatchObject({ "argument-hint": "<milestone> [issue]", "disable-model-invocation": true, "allowed-tools": "Bash(node *)" });
    expect(content).toContain("$ARGUMENTS");
    expect(content).toContain('node "${CLAUDE_SKILL_DIR}/scripts/orchestrate.mjs"');
    // `!` pre-execution would paste the arguments into a shell line unescaped.
    expect(content).not.toMatch(/!`/);
  });

  it("carries the engine's own phase prompts, byte for byte", () => {
    const source = join(PROJECT_ROOT, "src/prompts/defaults");
    const shipped = join(PLUGIN, "skills/autonomous-development/prompts");
    expect(readdirSync(shipped).sort()).toEqual(["dev-auto-fix-review.md", "dev-auto-parallel.md", "dev-auto-review-linear.md"]);
    for (const name of readdirSync(source)) expect(readFileSync(join(shipped, name), "utf8")).toBe(readFileSync(join(source, name), "utf8"));
  });

  it("the engine script and the bin/ shim are executable", () => {
    for (const path of ["skills/dev-auto-orchestrate/scripts/orchestrate.mjs", "bin/dev-auto-orchestrate"]) {
      expect(statSync(join(PLUGIN, path)).mode & 0o111).not.toBe(0);
    }
  });

  it("manifests agree with package.json and with each other", () => {
    const claude = json("plugin/.claude-plugin/plugin.json");
    const codex = json("plugin/.codex-plugin/plugin.json");
    for (const manifest of [claude, codex]) expect(manifest).toMatchObject({ name: "orchestrator", version: pkg.version, license: pkg.license });
    expect(codex.skills).toBe("./skills/");
    expect(codex.interface.defaultPrompt.length).toBeLessThanOrEqual(128);

    const claudeMarket = json(".claude-plugin/marketplace.json");
    expect(claudeMarket.plugins).toEqual([expect.objectContaining({ name: "orchestrator", source: "./plugin", version: pkg.version })]);
    const codexMarket = json(".agents/plugins/marketplace.json");
    // Codex resolves the path from the repository root and ignores entries not starting with ./
    expect(codexMarket.plugins).toEqual([expect.objectContaining({ name: "orchestrator", source: { source: "local", path: "./plugin" } })]);
  });

  it("is published with the npm package (plugin sync copies from it)", () => {
    expect(pkg.files).toContain("plugin");
  });
});
