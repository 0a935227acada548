import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { OrchestratorConfig } from "../config/types";
import { execArgs } from "./codex-args";
import { agentTemp, type AgentTemp, type TempArea } from "./sandbox";
import { TurnCollector } from "./turn";
import type { Runner, RunnerOutcome, RunnerRequest, ThreadEvent } from "./types";

type RunnerConfig = OrchestratorConfig["runner"];

/** After SIGTERM on abort, codex gets this long to exit before SIGKILL. */
const KILL_GRACE_MS = 5000;

/** A JSONL line that is not a thread event is kept for the error message, never fed to the turn. */
function parseEvent(line: string): ThreadEvent | null {
  try {
    const value = JSON.parse(line) as unknown;
    return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string" ? (value as ThreadEvent) : null;
  } catch {
    return null;
  }
}

/**
 * The codex CLI runner: spawns `codex exec --json --output-schema …` itself and reads the same JSONL thread
 * events the SDK reads. `runner.codexPath` names the executable, else `codex` on PATH.
 */
export function createCodexCliRunner(cfg: RunnerConfig, env: Record<string, string | undefined>, area?: TempArea): Runner {
  const executable = cfg.codexPath ?? "codex";
  return {
    kind: "codex-cli",
    async run(request: RunnerRequest): Promise<RunnerOutcome> {
      const turn = new TurnCollector("codex-cli", request.onEvent);
      const dir = await mkdtemp(join(tmpdir(), "orchestrator-schema-"));
      let temp: AgentTemp | undefined;
      try {
        temp = await agentTemp(area, request.workingDirectory);
        const schemaFile = join(dir, "output-schema.json");
        await writeFile(schemaFile, JSON.stringify(request.outputSchema));
        const args = execArgs(cfg, { workingDirectory: request.workingDirectory, schemaFile, tempDir: temp.path });
        const failure = await runCodex(executable, args, { ...env, TMPDIR: temp.path }, request, turn);
        return turn.outcome(request.signal, failure ?? undefined);
      } catch (err) {
        return turn.outcome(request.signal, err);
      } finally {
        await temp?.dispose();
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Streams one `codex exec`; resolves with what went wrong (spawn error, non-zero exit) or null. */
function runCodex(executable: string, args: string[], env: Record<string, string | undefined>, request: RunnerRequest, turn: TurnCollector): Promise<Error | null> {
  return new Promise((resolve) => {
    if (request.signal.aborted) return resolve(null);
    const child = spawn(executable, args, { cwd: request.workingDirectory, env, stdio: ["pipe", "pipe", "pipe"] });
    const stderr: Buffer[] = [];
    const noise: string[] = [];
    let spawnError: Error | null = null;
    let killTimer: NodeJS.Timeout | undefined;
    const onAbort = () => {
      child.kill("SIGTERM");
      killTimer = setTimeout(() => child.kill("SIGKILL"), KILL_GRACE_MS);
    };
    request.signal.addEventListener("abort", onAbort, { once: true });
    child.on("error", (err) => (spawnError = err));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    // codex exits without reading all of stdin when it fails early; that EPIPE is not the story.
    child.stdin.on("error", () => undefined);
    child.stdin.end(request.prompt);
    const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
    lines.on("line", (line) => {
      if (line.trim() === "") return;
      const event = parseEvent(line);
      if (event) turn.see(event);
      else if (noise.length < 20) noise.push(line);
    });
    child.on("close", (code, signal) => {
      request.signal.removeEventListener("abort", onAbort);
      clearTimeout(killTimer);
      if (spawnError) return resolve(spawnError);
      if (code === 0 && !signal) return resolve(null);
      const detail = signal ? `signal ${signal}` : `code ${code}`;
      const output = [Buffer.concat(stderr).toString("utf8"), ...noise].join("\n").trim();
      resolve(new Error(`codex exec exited with ${detail}${output ? `: ${output}` : ""}`));
    });
  });
}
