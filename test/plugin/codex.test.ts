/**
 * The orchestrator plugin in the real Codex CLI (the bundled codex-cli 0.163.0), fully offline:
 * `codex plugin marketplace add <repo>` + `codex plugin add orchestrator@<marketplace>` install the repo's
 * plugin into a temp CODEX_HOME, and `codex debug prompt-input` (the model-visible prompt, no model call)
 * shows which skills codex loaded. The repo-local case is what `orchestrator plugin sync --target codex
 * --scope project` produces: the skill folder copied to `<repo>/.agents/skills/`.
 * Installed plugin skills are namespaced (`orchestrator:<skill>`) and only a `$orchestrator:<skill>` mention
 * loads one; repo-local skills keep their bare name. Offline: see the flags and proxy env in
 * test/support/codex-plugin.ts.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeCodexHome, type CodexHome } from "../../src/scripted-model/codex-env";
import { CODEX_BIN, codex, codexExec, injectedSkills, listedSkills, offlineFlags, run } from "../support/codex-plugin";
import { makeRepo, PROJECT_ROOT, type FixtureRepo } from "../support/fixture-repo";
import { startModelServer } from "../../src/scripted-model/server";

const PLUGIN_NAME = "orchestrator";
const SKILLS = ["dev-auto-orchestrate", "autonomous-development"] as const;
const VERSION: string = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")).version;
const ENGINE = "skills/dev-auto-orchestrate/scripts/orchestrate.mjs";

function frontMatter(skillDir: string): { name: string; description: string } {
  return matter(readFileSync(join(skillDir, "SKILL.md"), "utf8")).data as { name: string; description: string };
}

const title = CODEX_BIN
  ? "orchestrator plugin in the real codex CLI"
  : "orchestrator plugin in the real codex CLI (SKIPPED: codex binary not installed — @openai/codex-linux-x64 missing from node_modules)";

describe.skipIf(!CODEX_BIN)(title, () => {
  let home: CodexHome;
  /** An empty directory outside any git repo, so no repo-local skills leak into prompt-input. */
  let work: string;
  let env: Record<string, string>;
  beforeEach(() => {
    home = makeCodexHome();
    env = home.env;
    work = join(env.HOME!, "work");
    mkdirSync(work);
  });
  afterEach(() => home.cleanup());

  /** The documented user flow, pointed at this checkout; returns the marketplace name and the installed tree. */
  function install(): { marketplace: string; installedPath: string } {
    const listing = JSON.parse(readFileSync(join(PROJECT_ROOT, ".agents/plugins/marketplace.json"), "utf8"));
    expect(listing.plugins.map((p: { name: string }) => p.name)).toContain(PLUGIN_NAME);
    const added = JSON.parse(codex(["plugin", "marketplace", "add", PROJECT_ROOT, "--json", ...offlineFlags({ plugins: true })], { cwd: work, env }));
    expect(added).toMatchObject({ marketplaceName: listing.name, alreadyAdded: false });
    expect(realpathSync(added.installedRoot)).toBe(realpathSync(PROJECT_ROOT));
    const plugin = JSON.parse(codex(["plugin", "add", `${PLUGIN_NAME}@${added.marketplaceName}`, "--json", ...offlineFlags({ plugins: true })], { cwd: work, env }));
    expect(plugin).toMatchObject({ pluginId: `${PLUGIN_NAME}@${listing.name}`, name: PLUGIN_NAME, version: VERSION });
    return { marketplace: listing.name, installedPath: plugin.installedPath };
  }

  function promptInputSkills(cwd: string, plugins: boolean) {
    return listedSkills(codex(["debug", "prompt-input", ...offlineFlags({ plugins })], { cwd, env }));
  }

  /** One `codex exec` turn with `prompt` against a scripted model; the skills codex injected into its request. */
  async function skillsInjectedFor(prompt: string, cwd: string, plugins: boolean) {
    const server = await startModelServer(() => ({ kind: "text", text: "ok" }));
    try {
      const res = await codexExec(prompt, { cwd, env, serverUrl: server.url, plugins });
      expect(res.code, res.stderr).toBe(0);
      expect(server.requests).toHaveLength(1);
      return injectedSkills(server.requests[0]!.body);
    } finally {
      await server.close();
    }
  }

  it("`codex plugin marketplace add <repo>` + `codex plugin add orchestrator@<marketplace>` install the skills and a runnable engine under CODEX_HOME", () => {
    const { marketplace, installedPath } = install();
    // A copy of plugin/ at plugins/cache/<marketplace>/<plugin>/<plugin.json version>, not a link to the repo.
    expect(installedPath).toBe(join(env.CODEX_HOME!, "plugins/cache", marketplace, PLUGIN_NAME, VERSION));
    expect(existsSync(join(installedPath, ".codex-plugin/plugin.json"))).toBe(true);
    for (const skill of SKILLS) {
      expect(frontMatter(join(installedPath, "skills", skill))).toEqual(frontMatter(join(PROJECT_ROOT, "plugin/skills", skill)));
    }
    // The self-contained engine runs from the installed copy, away from the repo's node_modules.
    const version = run(process.execPath, [join(installedPath, ENGINE), "--version"], { cwd: work, env });
    expect(version.stderr).toBe("");
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(VERSION);

    const listed = JSON.parse(codex(["plugin", "list", "--json", ...offlineFlags({ plugins: true })], { cwd: work, env }));
    expect(listed.installed).toEqual([
      expect.objectContaining({ pluginId: `${PLUGIN_NAME}@${marketplace}`, installed: true, enabled: true, version: VERSION }),
    ]);
  });

  it("`codex debug prompt-input` lists the installed plugin's skills, namespaced `orchestrator:<skill>`", () => {
    const { installedPath } = install();
    const skills = promptInputSkills(work, true);
    for (const skill of SKILLS) {
      expect(skills).toContainEqual({
        name: `${PLUGIN_NAME}:${skill}`,
        description: frontMatter(join(PROJECT_ROOT, "plugin/skills", skill)).description,
        file: join(installedPath, "skills", skill, "SKILL.md"),
      });
    }
    // Control: codex loads no plugin skills with features.plugins off (why these runs keep it on).
    expect(promptInputSkills(work, false).map((s) => s.name)).not.toContain(`${PLUGIN_NAME}:dev-auto-orchestrate`);
  });

  it("`codex plugin remove` deletes the installed copy and its skills", () => {
    const { marketplace, installedPath } = install();
    codex(["plugin", "remove", `${PLUGIN_NAME}@${marketplace}`, ...offlineFlags({ plugins: true })], { cwd: work, env });
    expect(existsSync(installedPath)).toBe(false);
    expect(promptInputSkills(work, true).map((s) => s.name)).not.toContain(`${PLUGIN_NAME}:dev-auto-orchestrate`);
  });

  it("`$orchestrator:dev-auto-orchestrate` in a prompt makes `codex exec` load the installed SKILL.md", async () => {
    const { installedPath } = install();
    expect(await skillsInjectedFor("Run $orchestrator:dev-auto-orchestrate for milestone M1", work, true)).toEqual([
      { name: `${PLUGIN_NAME}:dev-auto-orchestrate`, path: join(installedPath, "skills/dev-auto-orchestrate/SKILL.md") },
    ]);
  });

  it("the plugin's suggested prompts (interface.defaultPrompt) invoke the dev-auto-orchestrate skill", async () => {
    const { installedPath } = install();
    const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, "plugin/.codex-plugin/plugin.json"), "utf8"));
    const prompts: string[] = [manifest.interface?.defaultPrompt ?? []].flat();
    expect(prompts.length).toBeGreaterThan(0);
    for (const prompt of prompts) {
      // Installed plugin skills are only resolved by their namespaced name (`$orchestrator:dev-auto-orchestrate`).
      expect(await skillsInjectedFor(prompt, work, true), `defaultPrompt ${JSON.stringify(prompt)}`).toContainEqual({
        name: `${PLUGIN_NAME}:dev-auto-orchestrate`,
        path: join(installedPath, "skills/dev-auto-orchestrate/SKILL.md"),
      });
    }
  });

  describe("repo-local skills (plugin sync --target codex --scope project)", () => {
    let repo: FixtureRepo;
    beforeEach(() => {
      repo = makeRepo();
    });
    afterEach(() => repo.cleanup());

    it("a copy of plugin/skills/dev-auto-orchestrate in <repo>/.agents/skills is listed when codex runs in that repo", () => {
      const target = join(repo.dir, ".agents/skills/dev-auto-orchestrate");
      cpSync(join(PROJECT_ROOT, "plugin/skills/dev-auto-orchestrate"), target, { recursive: true });
      const expected = {
        name: "dev-auto-orchestrate",
        description: frontMatter(join(PROJECT_ROOT, "plugin/skills/dev-auto-orchestrate")).description,
        file: join(target, "SKILL.md"),
      };
      expect(promptInputSkills(repo.dir, false)).toContainEqual(expected);
      // codex scans .agents/skills from the cwd up to the git root, so a subdirectory sees it too.
      mkdirSync(join(repo.dir, "src"));
      expect(promptInputSkills(join(repo.dir, "src"), false)).toContainEqual(expected);
      // Control: outside that repo the skill is not there.
      expect(promptInputSkills(work, false).map((s) => s.name)).not.toContain("dev-auto-orchestrate");

      const version = run(process.execPath, [join(target, "scripts/orchestrate.mjs"), "--version"], { cwd: repo.dir, env });
      expect(version.code).toBe(0);
      expect(version.stdout.trim()).toBe(VERSION);
    });

    it("`$dev-auto-orchestrate` in a prompt makes `codex exec` in that repo load the repo's SKILL.md", async () => {
      const target = join(repo.dir, ".agents/skills/dev-auto-orchestrate");
      cpSync(join(PROJECT_ROOT, "plugin/skills/dev-auto-orchestrate"), target, { recursive: true });
      expect(await skillsInjectedFor("Run $dev-auto-orchestrate for milestone M1", repo.dir, false)).toEqual([
        { name: "dev-auto-orchestrate", path: join(target, "SKILL.md") },
      ]);
    });
  });
});
