import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeRepo, PROJECT_ROOT, runCli } from "../support/fixture-repo";
import { readJson, useCleanups } from "../support/run-setup";

const cleanup = useCleanups();
const pkg = readJson(join(PROJECT_ROOT, "package.json"));
const SHIPPED = [
  "autonomous-development/SKILL.md",
  "autonomous-development/prompts/dev-auto-fix-review.md",
  "autonomous-development/prompts/dev-auto-parallel.md",
  "autonomous-development/prompts/dev-auto-review-linear.md",
  "dev-auto-orchestrate/SKILL.md",
  "dev-auto-orchestrate/scripts/orchestrate.mjs",
];

function tempHome(): string {
  const home = mkdtempSync(join(tmpdir(), "orchestrator-sync-home-"));
  cleanup(() => rmSync(home, { recursive: true, force: true }));
  return home;
}

const sync = (home: string, args: string[] = [], cwd = home, env: NodeJS.ProcessEnv = {}) => runCli(["plugin", "sync", ...args], { cwd, env: { HOME: home, CLAUDE_CONFIG_DIR: "", ...env } });

/** Every file under `dir` with its mtime and content: a second sync must leave all of it as it was. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const path = join(dir, entry);
    const info = statSync(path);
    if (info.isFile()) out[entry] = `${info.mtimeMs}:${info.mode.toString(8)}:${readFileSync(path).length}`;
  }
  return out;
}

const installedFiles = (dir: string) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((p) => statSync(join(dir, p)).isFile() && !p.endsWith(".orchestrator-plugin-sync.json"))
    .sort();

describe("orchestrator plugin sync", () => {
  it("installs both tools' skills in the user's home; the installed engine runs; a second run writes nothing", async () => {
    const home = tempHome();
    const first = await sync(home);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const claude = join(home, ".claude/skills");
    const codex = join(home, ".agents/skills");
    for (const dir of [claude, codex]) {
      expect(installedFiles(dir)).toEqual(SHIPPED);
      // Buffer.equals: a deep equality over the 2 MB engine bundle takes seconds.
      for (const file of SHIPPED) expect(readFileSync(join(dir, file)).equals(readFileSync(join(PROJECT_ROOT, "plugin/skills", file))), file).toBe(true);
      expect(first.stdout).toContain(`create        dev-auto-orchestrate/SKILL.md`);
    }
    const engine = join(codex, "dev-auto-orchestrate/scripts/orchestrate.mjs");
    expect(statSync(engine).mode & 0o111).not.toBe(0);
    expect(execFileSync(engine, ["--version"], { encoding: "utf8" }).trim()).toBe(pkg.version);

    const before = snapshot(home);
    const second = await sync(home);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(`claude user: ${claude} — up to date\ncodex user: ${codex} — up to date\n`);
    expect(snapshot(home)).toEqual(before);
    expect((await sync(home, ["--check"])).code).toBe(0);
  });

  it("reports a file the user edited and keeps it; --check fails on it; --force replaces it", async () => {
    const home = tempHome();
    await sync(home, ["--target", "codex"]);
    const skill = join(home, ".agents/skills/dev-auto-orchestrate/SKILL.md");
    const edited = `${readFileSync(skill, "utf8")}\nAlways run with --issue.\n`;
    writeFileSync(skill, edited);

    const again = await sync(home, ["--target", "codex"]);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain("conflict      dev-auto-orchestrate/SKILL.md");
    expect(again.stderr).toContain("1 file you changed kept; --force replaces them");
    expect(readFileSync(skill, "utf8")).toBe(edited);

    const check = await sync(home, ["--target", "codex", "--check"]);
    expect(check.code).toBe(1);
    expect(readFileSync(skill, "utf8")).toBe(edited);

    const forced = await sync(home, ["--target", "codex", "--force"]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain("overwrite     dev-auto-orchestrate/SKILL.md");
    expect(readFileSync(skill, "utf8")).toBe(readFileSync(join(PROJECT_ROOT, "plugin/skills/dev-auto-orchestrate/SKILL.md"), "utf8"));
    expect((await sync(home, ["--target", "codex", "--check"])).code).toBe(0);
  });

  it("never takes over a file it did not install", async () => {
    const home = tempHome();
    const mine = join(home, ".claude/skills/dev-auto-orchestrate/SKILL.md");
    mkdirSync(join(mine, ".."), { recursive: true });
    writeFileSync(mine, "---\nname: dev-auto-orchestrate\ndescription: my own\n---\nmine\n");
    const r = await sync(home, ["--target", "claude"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("conflict      dev-auto-orchestrate/SKILL.md");
    expect(readFileSync(mine, "utf8")).toContain("mine");
    // The rest of the skill was installed beside it.
    expect(existsSync(join(home, ".claude/skills/dev-auto-orchestrate/scripts/orchestrate.mjs"))).toBe(true);
  });

  it("prunes what an earlier version installed and no longer ships, unless the user changed it", async () => {
    const home = tempHome();
    await sync(home, ["--target", "codex"]);
    const dir = join(home, ".agents/skills");
    // An earlier version's files, recorded in the sync record as sync would have.
    const manifestPath = join(dir, ".orchestrator-plugin-sync.json");
    const manifest = readJson(manifestPath);
    const old = { "old-skill/SKILL.md": "old shipped\n", "old-skill/notes.md": "old notes\n" };
    for (const [path, text] of Object.entries(old)) {
      mkdirSync(join(dir, path, ".."), { recursive: true });
      writeFileSync(join(dir, path), text);
      manifest.files[path] = execFileSync("sha256sum", [join(dir, path)], { encoding: "utf8" }).split(" ")[0];
    }
    writeFileSync(manifestPath, JSON.stringify(manifest));
    writeFileSync(join(dir, "old-skill/notes.md"), "my notes\n");

    // A dry run exits as the real run would: 1, since the edited file would be kept.
    const dry = await sync(home, ["--target", "codex", "--dry-run"]);
    expect(dry.code).toBe(1);
    expect(dry.stdout).toContain("(nothing written)");
    expect(existsSync(join(dir, "old-skill/SKILL.md"))).toBe(true);

    const r = await sync(home, ["--target", "codex"]);
    expect(r.stdout).toContain("prune         old-skill/SKILL.md");
    expect(r.stdout).toContain("keep-modified old-skill/notes.md");
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, "old-skill/SKILL.md"))).toBe(false);
    expect(readFileSync(join(dir, "old-skill/notes.md"), "utf8")).toBe("my notes\n");

    await sync(home, ["--target", "codex", "--force"]);
    expect(existsSync(join(dir, "old-skill"))).toBe(false);
    expect(installedFiles(dir)).toEqual(SHIPPED);
  });

  it("--scope project installs into the repository from any folder in it; outside a repository it is a usage error", async () => {
    const home = tempHome();
    const repo = makeRepo({ "src/index.js": "" });
    cleanup(() => repo.cleanup());
    const r = await sync(home, ["--scope", "project"], join(repo.dir, "src"));
    expect(r.code).toBe(0);
    expect(installedFiles(join(repo.dir, ".claude/skills"))).toEqual(SHIPPED);
    expect(installedFiles(join(repo.dir, ".agents/skills"))).toEqual(SHIPPED);
    expect(existsSync(join(home, ".claude"))).toBe(false);

    const outside = await sync(home, ["--scope", "project"], home);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain("--scope project needs a git repository");
  });

  it("honours CLAUDE_CONFIG_DIR and rejects unknown targets", async () => {
    const home = tempHome();
    const config = join(home, "claude-config");
    expect((await sync(home, ["--target", "claude"], home, { CLAUDE_CONFIG_DIR: config })).code).toBe(0);
    expect(installedFiles(join(config, "skills"))).toEqual(SHIPPED);

    const bad = await sync(home, ["--target", "vscode"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected one of "claude" or "codex"');
  });

  it("a corrupt sync record is reported with the way out, and nothing is touched", async () => {
    const home = tempHome();
    await sync(home, ["--target", "codex"]);
    const dir = join(home, ".agents/skills");
    writeFileSync(join(dir, ".orchestrator-plugin-sync.json"), "{ nope");
    const before = snapshot(home);
    const r = await sync(home, ["--target", "codex"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(".orchestrator-plugin-sync.json");
    expect(r.stderr).toContain("cannot read the sync record");
    expect(snapshot(home)).toEqual(before);
  });
});
