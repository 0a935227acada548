/** Small helpers shared by the benchmarks: medians, formatting, timing, measuring a node child. */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

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
 * Runs `node args…` and reports wall time and peak RSS. Async on purpose: a benchmark may serve the
 * child from this process (the scripted model server), which a synchronous spawn would starve.
 */
export async function runNode(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<ChildRun> {
  const dir = mkdtempSync(join(tmpdir(), "bench-rss-"));
  const rssFile = join(dir, "rss");
  try {
    const start = process.hrtime.bigint();
    const result = await new Promise<Omit<ChildRun, "ms" | "rss">>((resolve, reject) => {
      const child = spawn(process.execPath, ["-r", join(root, "bench/support/max-rss.cjs"), ...args], {
        cwd: opts.cwd,
        env: { ...process.env, ...opts.env, BENCH_RSS_FILE: rssFile },
        stdio: ["pipe", "pipe", "pipe"],
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.on("error", reject);
      child.on("close", (status) => resolve({ status, stdout, stderr }));
      child.stdin.end(opts.input ?? "");
    });
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    let rss = 0;
    try {
      rss = Number(readFileSync(rssFile, "utf8"));
    } catch {
      // The child died before its exit hook ran; the caller sees the status.
    }
    return { ms: elapsed, rss, ...result };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
