import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { codexHomeOf, watchSessionUsage } from "../../src/runner/usage-watch";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const tokenCount = (input: number, output: number) =>
  `${JSON.stringify({ timestamp: "t", type: "event_msg", payload: { type: "token_count", info: { total_token_usage: { input_tokens: input, cached_input_tokens: 0, output_tokens: output, reasoning_output_tokens: 0, total_tokens: input + output } } } })}\n`;

describe("mid-turn usage from codex's session file", () => {
  it("reports each new running total of the thread's session, skipping other lines, repeats and half-written lines", async () => {
    const home = mkdtempSync(join(tmpdir(), "codex-home-"));
    dirs.push(home);
    const day = join(home, "sessions/2026/12/02");
    mkdirSync(day, { recursive: true });
    writeFileSync(join(day, "rollout-2026-12-02T07-00-00-other-thread.jsonl"), tokenCount(999, 999));
    const file = join(day, "rollout-2026-12-02T07-00-01-the-thread.jsonl");
    writeFileSync(file, `${JSON.stringify({ type: "session_meta" })}\n${tokenCount(100, 20)}`);
    const seen: number[] = [];
    const watch = watchSessionUsage(home, "the-thread", (u) => seen.push(u.input_tokens));
    try {
      await sleep(700);
      expect(seen).toEqual([100]);
      appendFileSync(file, tokenCount(100, 20));
      const next = tokenCount(250, 40);
      appendFileSync(file, next.slice(0, 30));
      await sleep(700);
      expect(seen).toEqual([100]);
      appendFileSync(file, next.slice(30));
      await sleep(700);
      expect(seen).toEqual([100, 250]);
    } finally {
      watch.stop();
    }
    appendFileSync(file, tokenCount(400, 50));
    await sleep(700);
    expect(seen).toEqual([100, 250]);
  });

  it("finds codex's home as codex does", () => {
    expect(codexHomeOf({ CODEX_HOME: "/c", HOME: "/h" })).toBe("/c");
    expect(codexHomeOf({ HOME: "/h" })).toBe("/h/.codex");
  });
});
