/**
 * CLI cold start: `orchestrator --version` and `orchestrator plan` on a small repository, each a fresh
 * node process, against `node -e 0` (the floor no node program can beat). Heavy modules must load lazily.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mb, median, ms, quick, root, runNode } from "./stats";

const dir = realpathSync(mkdtempSync(join(tmpdir(), "bench-cold-")));
const rounds = quick ? 3 : 21;
try {
  mkdirSync(join(dir, "docs/issues"), { recursive: true });
  for (let i = 1; i <= 5; i++) writeFileSync(join(dir, `docs/issues/S-${i}.md`), `---\nmilestone: M1\ndepends_on: [${i > 1 ? `S-${i - 1}` : ""}]\n---\n# Small ${i}\n`);
  writeFileSync(join(dir, "orchestrator.config.json"), "{}\n");
  execFileSync("git", ["init", "-q"], { cwd: dir });

  const cli = join(root, "dist/cli.js");
  const cases: [string, string[]][] = [
    ["node -e 0", ["-e", "0"]],
    ["orchestrator --version", [cli, "--version"]],
    ["orchestrator plan (5 docs)", [cli, "plan", "--milestone", "M1"]],
  ];
  const times = new Map<string, number[]>(cases.map(([name]) => [name, []]));
  const rss = new Map<string, number>();
  // Interleaved rounds, so a busy moment of the machine hits every case alike.
  for (let round = -1; round < rounds; round++) {
    for (const [name, args] of cases) {
      const r = await runNode(args, { cwd: dir });
      if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr}`);
      if (round < 0) continue;
      times.get(name)?.push(r.ms);
      rss.set(name, Math.max(rss.get(name) ?? 0, r.rss));
    }
  }
  const floor = median(times.get("node -e 0") ?? []);
  console.log(`rounds: ${rounds} (median)`);
  for (const [name] of cases) {
    const t = median(times.get(name) ?? []);
    console.log(`${name.padEnd(28)} ${ms(t).padStart(7)}  ${(t / floor).toFixed(2)}x  peak RSS ${mb(rss.get(name) ?? 0)}${name === "node -e 0" ? "" : "  (target <= 1.5x)"}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
