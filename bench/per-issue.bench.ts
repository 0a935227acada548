/**
 * The engine's own cost per issue: a full `orchestrator run` of N independent issues with an instant
 * runner (bench/support/instant-codex.sh answers at once, through the codex-cli runner), against two shell
 * scripts run N times: the git commands an issue needs at the least (worktree add, write, add, commit,
 * worktree remove; the issue's baseline), and the very processes the engine runs per issue (its git
 * commands, as GIT_TRACE lists them, and the two runner turns), which leaves only the engine's own work.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { gitRepo, median, ms, quick, root, runNode, timeIt } from "./stats";

const issues = quick ? 3 : 20;
const rounds = quick ? 1 : 5;
const env = { ...process.env, GIT_AUTHOR_NAME: "b", GIT_AUTHOR_EMAIL: "b@x.invalid", GIT_COMMITTER_NAME: "b", GIT_COMMITTER_EMAIL: "b@x.invalid" };

function freshRepo(): string {
  const files: Record<string, string> = {
    // A provider with neither key nor endpoint: the preflight has nothing to reach (the stand-in needs neither).
    "orchestrator.config.json": JSON.stringify({ runner: { default: "codex-cli", codexPath: join(root, "bench/support/instant-codex.sh"), config: { model_provider: "instant", model_providers: { instant: { name: "instant" } } } } }),
  };
  for (let i = 1; i <= issues; i++) files[`docs/issues/P-${i}.md`] = `---\nmilestone: M1\n---\n# Issue ${i}\n`;
  return gitRepo("bench-issue-", files);
}

const script = `set -e
for i in $(seq 1 ${issues}); do
  git worktree add -q -b base/P-$i wt/P-$i HEAD
  echo work > wt/P-$i/instant-work.txt
  git -C wt/P-$i add -A
  git -C wt/P-$i commit -q -m "P-$i: dev #1"
  git worktree remove wt/P-$i
done
`;

const instant = join(root, "bench/support/instant-codex.sh");
const sameProcesses = `set -e
for i in $(seq 1 ${issues}); do
  git worktree add -q -b base/P-$i wt/P-$i HEAD
  git for-each-ref --format='%(objectname) %(refname)' > /dev/null
  echo "You are the developer" | (cd wt/P-$i && "${instant}" exec --json) > /dev/null
  git -C wt/P-$i status --porcelain --untracked-files=all > /dev/null
  git -C wt/P-$i add -A
  git -C wt/P-$i commit --no-verify -q -m "P-$i: dev #1"
  git -C wt/P-$i rev-parse HEAD > /dev/null
  git for-each-ref --format='%(objectname) %(refname)' > /dev/null
  echo "You are the reviewer" | (cd wt/P-$i && "${instant}" exec --json) > /dev/null
  git -C wt/P-$i status --porcelain --untracked-files=all > /dev/null
  git for-each-ref --format='%(objectname) %(refname)' > /dev/null
  git -C wt/P-$i status --porcelain --untracked-files=all > /dev/null
  git -C wt/P-$i commit --no-verify -q --allow-empty -m "P-$i: passed"
  git -C wt/P-$i rev-parse HEAD > /dev/null
  git worktree remove wt/P-$i
done
`;

const engine: number[] = [];
const baseline: number[] = [];
const same: number[] = [];
for (let round = 0; round < rounds; round++) {
  const a = freshRepo();
  const run = await runNode([join(root, "dist/cli.js"), "run", "--milestone", "M1"], { cwd: a, env });
  if (run.status !== 0) throw new Error(`run failed (${run.status}): ${run.stdout}\n${run.stderr}`);
  const passed = (JSON.parse(readFileSync(join(a, ".orchestrator/logs", readFileSync(join(a, ".orchestrator/logs/latest"), "utf8").trim(), "run.json"), "utf8")) as { issues: { status: string }[] }).issues.filter((i) => i.status === "passed").length;
  if (passed !== issues) throw new Error(`only ${passed}/${issues} issues passed`);
  engine.push(run.ms);
  rmSync(a, { recursive: true, force: true });

  const b = freshRepo();
  baseline.push(await timeIt(() => execFileSync("sh", ["-c", script], { cwd: b, env })));
  rmSync(b, { recursive: true, force: true });

  const c = freshRepo();
  same.push(await timeIt(() => execFileSync("sh", ["-c", sameProcesses], { cwd: c, env })));
  rmSync(c, { recursive: true, force: true });
}
const e = median(engine) / issues;
const g = median(baseline) / issues;
const p = median(same) / issues;
console.log(`issues per run: ${issues}, rounds: ${rounds} (median)`);
console.log(`engine, instant runner (dev + review per issue): ${ms(e)} per issue  (${ms(median(engine))} per run)`);
console.log(`git commands from a shell script:                ${ms(g)} per issue  (${ms(median(baseline))} per run)`);
console.log(`the engine's git commands + runner turns from sh:  ${ms(p)} per issue  (${ms(median(same))} per run)`);
console.log(`ratio: ${(e / g).toFixed(2)}x vs the minimal git commands (target <= 1.5); ${(e / p).toFixed(2)}x vs the same processes`);
