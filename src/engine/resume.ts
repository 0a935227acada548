import type { GitGuard } from "../git/guard";
import { ok, type Result } from "../errors";
import type { BranchSource, BranchState, EnginePhase } from "../core/types";
import { branchFor } from "../git/naming";
import { parseTrailers, TRAILER } from "../git/trailers";

const PHASES: readonly string[] = ["dev", "review", "fix", "recovered"];
const asPhase = (value: string | undefined): EnginePhase | null => (value !== undefined && PHASES.includes(value) ? (value as EnginePhase) : null);
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * One `for-each-ref` reads every issue branch tip and its trailers (so a milestone whose issues all passed
 * costs one git call: bench/rerun.bench.ts); only branches whose tip is not a pass need a `log` each.
 */
export async function inspectBranches(git: GitGuard, repoRoot: string, branchPrefix: string, ids: Iterable<string>): Promise<Result<Map<string, BranchState>>> {
  const listed = await git.run(repoRoot, ["for-each-ref", "--format=%(refname)%00%(objectname)%00%(trailers:only,unfold)%00", "refs/heads/", "refs/remotes/origin/"]);
  if (!listed.ok) return listed;
  const tips = new Map<string, { sha: string; trailers: string }>();
  for (const record of listed.value.split("\0\n")) {
    const [ref, sha, trailers = ""] = record.replace(/^\n/, "").split("\0");
    if (ref && sha) tips.set(ref, { sha, trailers });
  }

  const states = new Map<string, BranchState>();
  for (const id of ids) {
    const branch = branchFor(branchPrefix, id);
    const local = tips.get(`refs/heads/${branch}`);
    const remote = local ? undefined : tips.get(`refs/remotes/origin/${branch}`);
    const tip = local ?? remote;
    if (!tip) {
      states.set(id, { kind: "absent" });
      continue;
    }
    const source: BranchSource = local ? "local" : "origin";
    const t = parseTrailers(tip.trailers);
    if (t.issue === id && t.verdict === "pass") {
      states.set(id, { kind: "passed", commit: tip.sha, source });
      continue;
    }
    // The newest engine commit of this issue (a stacked branch also holds its dependencies' engine commits).
    const last = await git.run(repoRoot, ["log", "-n", "1", "--format=%H%x00%(trailers:only,unfold)", "-E", `--grep=^${TRAILER.issue}: ${escapeRegex(id)}$`, tip.sha, "--"]);
    if (!last.ok) return last;
    if (last.value === "") {
      states.set(id, { kind: "untouched", commit: tip.sha, source });
      continue;
    }
    const [lastCommit = "", lastTrailers = ""] = last.value.split("\0");
    states.set(id, { kind: "unfinished", commit: tip.sha, source, lastPhase: asPhase(parseTrailers(lastTrailers).phase), lastCommit });
  }
  return ok(states);
}
