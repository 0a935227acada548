/**
 * `orchestrator plan` (dist/cli.js, cold process) on generated issue docs versus a bare node process that
 * finds and reads the same files: the cost of parsing, validating and ordering. Also checks growth is
 * linear (10k/1k time ratio) and reports peak RSS.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mb, median, ms, quick, root, runNode } from "./stats";

/** A deterministic pseudo-random sequence, so every run plans the same graph. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** n docs: 80% in M1, a tenth done, each depending on up to 3 earlier issues through two fields. */
function generateRepo(n: number): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), `bench-plan-${n}-`)));
  const issues = join(dir, "docs/issues");
  mkdirSync(issues, { recursive: true });
  const random = lcg(n);
  for (let i = 1; i <= n; i++) {
    const deps = new Set<string>();
    const count = i > 1 ? Math.floor(random() * 4) : 0;
    for (let k = 0; k < count; k++) deps.add(`ISSUE-${1 + Math.floor(random() * (i - 1))}`);
    const [first, ...rest] = [...deps];
    const front = [
      `id: ISSUE-${i}`,
      `milestone: ${random() < 0.8 ? "M1" : "M2"}`,
      random() < 0.1 ? "status: done" : "status: open",
      first ? `depends_on: [${first}]` : "",
      rest.length > 0 ? `blocked_by: [${rest.join(", ")}]` : "",
    ].filter(Boolean);
    const body = `# Issue ${i}: generated\n\n${"Some words describing the work to do. ".repeat(10)}\n\n- [ ] acceptance criterion\n`;
    writeFileSync(join(issues, `ISSUE-${i}.md`), `---\n${front.join("\n")}\n---\n${body}`);
  }
  writeFileSync(join(dir, "orchestrator.config.json"), JSON.stringify({ issues: { dependencyFields: ["depends_on", "blocked_by"] } }));
  // plan discovers the config at the git top level, as in a user's repository.
  execFileSync("git", ["init", "-q"], { cwd: dir });
  return dir;
}

const sizes = quick ? [100, 1000] : [1000, 10000];
const rounds = quick ? 1 : 5;
const cli = join(root, "dist/cli.js");
const bare = join(root, "bench/support/bare-read.mjs");
const results: { n: number; plan: number; read: number; rss: number; readRss: number }[] = [];

for (const n of sizes) {
  const dir = generateRepo(n);
  try {
    const plan: number[] = [];
    const read: number[] = [];
    let rss = 0;
    let readRss = 0;
    // One warm-up of each so the file cache is hot for both sides.
    for (let round = -1; round < rounds; round++) {
      const p = await runNode([cli, "plan", "--milestone", "M1", "--json"], { cwd: dir });
      if (p.status !== 0) throw new Error(`plan failed (${p.status}): ${p.stderr}`);
      const r = await runNode([bare, join(dir, "docs/issues")]);
      if (r.status !== 0) throw new Error(`bare read failed: ${r.stderr}`);
      if (round < 0) {
        const planned = (JSON.parse(p.stdout) as { issues: unknown[] }).issues.length;
        console.log(`n=${n}: plan lists ${planned} open M1 issues`);
        continue;
      }
      plan.push(p.ms);
      read.push(r.ms);
      rss = Math.max(rss, p.rss);
      readRss = Math.max(readRss, r.rss);
    }
    results.push({ n, plan: median(plan), read: median(read), rss, readRss });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`rounds: ${rounds} (median)`);
console.log("docs    plan      bare read  ratio   plan peak RSS  read peak RSS");
for (const r of results) {
  console.log(`${String(r.n).padEnd(7)} ${ms(r.plan).padEnd(9)} ${ms(r.read).padEnd(10)} ${(r.plan / r.read).toFixed(2).padStart(5)}x  ${mb(r.rss).padEnd(14)} ${mb(r.readRss)}`);
}
const [small, large] = results as [(typeof results)[0], (typeof results)[0]];
console.log(`growth ${large.n}/${small.n}: ${(large.plan / small.plan).toFixed(1)}x time for ${large.n / small.n}x docs (target <= 12); ratio at ${large.n}: ${(large.plan / large.read).toFixed(2)}x (target <= 3)`);
