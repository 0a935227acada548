/**
 * Rerunning a milestone whose issues all passed (SPEC §3 "Reruns continue"): `orchestrator run` finds every
 * issue branch's recorded pass and runs nothing, against `orchestrator plan` on the same repository (which
 * also reads the branches, to say what the next run does). Target: the rerun within 2x of plan. The passes
 * are made by a real first run with the instant codex stand-in, so the branches are what the engine writes.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { gitRepo, mb, median, ms, quick, root, runNode } from "./stats";

const issues = quick ? 10 : 100;
const rounds = quick ? 1 : 7;
const env = { ...process.env, GIT_AUTHOR_NAME: "b", GIT_AUTHOR_EMAIL: "b@x.invalid", GIT_COMMITTER_NAME: "b", GIT_COMMITTER_EMAIL: "b@x.invalid" };
const cli = join(root, "dist/cli.js");

const files: Record<string, string> = {
  // A provider with neither key nor endpoint: the preflight has nothing to reach (the stand-in needs neither).
  "orchestrator.config.json": JSON.stringify({
    runner: { default: "codex-cli", codexPath: join(root, "bench/support/instant-codex.sh"), config: { model_provider: "instant", model_providers: { instant: { name: "instant" } } } },
  }),
};
// A chain every few issues, so dependents are satisfied by passes from the earlier run.
for (let i = 1; i <= issues; i++) files[`docs/issues/P-${i}.md`] = `---\nmilestone: M1\n${i % 4 === 0 ? `depends_on: [P-${i - 1}]\n` : ""}---\n# Issue ${i}\n`;
const dir = gitRepo("bench-rerun-", files);

const statuses = (): string[] => {
  const logs = join(dir, ".orchestrator/logs");
  const run = JSON.parse(readFileSync(join(logs, readFileSync(join(logs, "latest"), "utf8").trim(), "run.json"), "utf8")) as { issues: { status: string; phases: unknown[] }[] };
  return run.issues.map((i) => `${i.status}/${i.phases.length}`);
};

try {
  const first = await runNode([cli, "run", "--milestone", "M1"], { cwd: dir, env });
  if (first.status !== 0) throw new Error(`first run failed (${first.status}): ${first.stdout}\n${first.stderr}`);
  console.log(`first run (instant runner, ${issues} issues): ${ms(first.ms)}`);

  const rerun: number[] = [];
  const plan: number[] = [];
  let rerunRss = 0;
  let planRss = 0;
  // One warm-up of each, then interleaved rounds.
  for (let round = -1; round < rounds; round++) {
    const r = await runNode([cli, "run", "--milestone", "M1"], { cwd: dir, env });
    if (r.status !== 0) throw new Error(`rerun failed (${r.status}): ${r.stdout}\n${r.stderr}`);
    const ran = statuses().filter((s) => s !== "passed/0");
    if (ran.length > 0) throw new Error(`the rerun ran phases: ${ran.join(", ")}`);
    const p = await runNode([cli, "plan", "--milestone", "M1", "--json"], { cwd: dir, env });
    if (p.status !== 0) throw new Error(`plan failed (${p.status}): ${p.stderr}`);
    if (round < 0) continue;
    rerun.push(r.ms);
    plan.push(p.ms);
    rerunRss = Math.max(rerunRss, r.rss);
    planRss = Math.max(planRss, p.rss);
  }
  const ratio = median(rerun) / median(plan);
  console.log(`issues: ${issues}, all passed earlier; rounds: ${rounds} (median)`);
  console.log(`rerun (run, nothing to do): ${ms(median(rerun))}, ${mb(rerunRss)} peak RSS`);
  console.log(`plan on the same repo:      ${ms(median(plan))}, ${mb(planRss)} peak RSS`);
  console.log(`ratio: ${ratio.toFixed(2)}x (target <= 2)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
