/** Small helpers shared by the benchmarks: medians, formatting, timing, measuring a node child. */
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

export const ms = (n: number) => `${n.toFixed(0)} ms`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function timeIt(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export const quick = process.argv.includes("--quick");

/** The project root (bench/run.mjs sets it; the bundles live elsewhere). */
export const root = process.env.ORCHESTRATOR_ROOT ?? process.cwd();

export interface ChildRun {
  ms: number;
  /** Peak resident set size of the node child, bytes. */
  rss: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a process to completion, feeding `input` on stdin. Async on purpose: a benchmark may serve the child
 * from this process (the scripted model server), which a synchronous spawn would starve.
 */
export function runProcess(command: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<Omit<ChildRun, "rss">> {
  const start = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (status) => resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, status, stdout, stderr }));
    child.stdin.end(opts.input ?? "");
  });
}

/** Runs `node args…` and reports wall time and peak RSS (read by a preloaded exit hook). */
export async function runNode(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<ChildRun> {
  const dir = mkdtempSync(join(tmpdir(), "bench-rss-"));
  const rssFile = join(dir, "rss");
  try {
    const result = await runProcess(process.execPath, ["-r", join(root, "bench/support/max-rss.cjs"), ...args], { ...opts, env: { ...opts.env, BENCH_RSS_FILE: rssFile } });
    let rss = 0;
    try {
      rss = Number(readFileSync(rssFile, "utf8"));
    } catch {
      // The child died before its exit hook ran; the caller sees the status.
    }
    return { ...result, rss };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const GIT_IDENTITY = { GIT_AUTHOR_NAME: "bench", GIT_AUTHOR_EMAIL: "bench@example.invalid", GIT_COMMITTER_NAME: "bench", GIT_COMMITTER_EMAIL: "bench@example.invalid" };

/** A temp git repository holding `files`, committed; the caller removes it. */
export function gitRepo(prefix: string, files: Record<string, string>): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  for (const args of [["init", "-q"], ["add", "-A"], ["commit", "-qm", "init"]]) execFileSync("git", args, { cwd: dir, env: { ...process.env, ...GIT_IDENTITY } });
  return dir;
}
