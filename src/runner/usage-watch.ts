import { closeSync, openSync, readdirSync, readSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import type { Usage } from "./types";

/** How often the session file is read while a turn runs. */
const POLL_MS = 500;
/** One read's worth; a token_count line is well under this. */
const CHUNK = 64 * 1024;

/** Where codex keeps its session files: `$CODEX_HOME`, else `~/.codex` of the HOME codex runs with. */
export function codexHomeOf(env: Record<string, string | undefined>): string {
  return env.CODEX_HOME || join(env.HOME || homedir(), ".codex");
}

/**
 * `codex exec --json` reports usage only at `turn.completed`; codex's own session file
 * (`<CODEX_HOME>/sessions/YYYY/MM/DD/rollout-…-<thread id>.jsonl`) gets a `token_count` event with the
 * turn's running total after every model response. Following that file lets a budget stop a phase mid-turn.
 * Read-only and best effort: no file, an unreadable line, a changed format → no mid-turn usage, and the
 * turn-end usage still counts.
 */
export function watchSessionUsage(codexHome: string, threadId: string, onUsage: (usage: Usage) => void): { stop(): void } {
  let file: string | null = null;
  let offset = 0;
  let rest = "";
  let last = "";
  const find = (): string | null => {
    const suffix = `-${threadId}.jsonl`;
    // The session's day directory follows codex's clock: look at the newest few.
    const root = join(codexHome, "sessions");
    const newest = (dir: string) => {
      try {
        return readdirSync(dir).filter((d) => /^\d+$/.test(d)).sort().reverse().slice(0, 2);
      } catch {
        return [];
      }
    };
    for (const y of newest(root)) for (const m of newest(join(root, y))) for (const d of newest(join(root, y, m))) {
      const dir = join(root, y, m, d);
      try {
        const hit = readdirSync(dir).find((f) => f.startsWith("rollout-") && f.endsWith(suffix));
        if (hit) return join(dir, hit);
      } catch {
        // Not there (yet).
      }
    }
    return null;
  };
  const poll = () => {
    file ??= find();
    if (!file) return;
    let fd: number;
    try {
      fd = openSync(file, "r");
    } catch {
      return;
    }
    try {
      const buffer = Buffer.alloc(CHUNK);
      for (;;) {
        const n = readSync(fd, buffer, 0, CHUNK, offset);
        if (n <= 0) break;
        offset += n;
        rest += buffer.subarray(0, n).toString("utf8");
      }
    } catch {
      // Read again next time.
    } finally {
      closeSync(fd);
    }
    const lines = rest.split("\n");
    rest = lines.pop() ?? "";
    for (const line of lines) {
      if (!line.includes('"token_count"')) continue;
      try {
        const total = (JSON.parse(line) as { payload?: { type?: string; info?: { total_token_usage?: Usage } | null } }).payload;
        const usage = total?.type === "token_count" ? total.info?.total_token_usage : undefined;
        if (usage && typeof usage.input_tokens === "number") {
          const key = JSON.stringify(usage);
          if (key !== last) onUsage(usage);
          last = key;
        }
      } catch {
        // A line codex is still writing, or a format this engine does not know.
      }
    }
  };
  const timer = setInterval(poll, POLL_MS);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
    },
  };
}
