import { appendFileSync, closeSync, fstatSync, ftruncateSync, mkdirSync, openSync, writeSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { writeFileAtomic } from "../atomic-write";
import type { EngineEvent, Sink } from "../core/events";
import { errorMessage, fail, ok, type Problem, type Result } from "../errors";
import { ensureOwnDirectory } from "../state-dir";
import { phaseFiles } from "./layout";
import type { Redactor } from "./redact";

/** An append-only JSONL file and the size of its complete lines. */
interface OpenLog {
  fd: number;
  size: number;
}

/**
 * Appends one whole line or nothing: a short or failed write (disk full) is cut back to the last complete
 * line, so a reader never meets half an event.
 */
function appendLine(log: OpenLog, line: string): void {
  const length = Buffer.byteLength(line);
  try {
    let done = writeSync(log.fd, line);
    if (done < length) {
      const bytes = Buffer.from(line);
      while (done < length) done += writeSync(log.fd, bytes, done, length - done);
    }
    log.size += length;
  } catch (err) {
    try {
      ftruncateSync(log.fd, log.size);
    } catch {
      // The original error is the one to report.
    }
    throw err;
  }
}

/**
 * Persists a run under `<logs.root>/<runId>/` (SPEC §6). Raw runner events are appended with one write
 * per event as they arrive, each wrapped with its arrival time, so the log survives a crash up to the last event. A write failure (disk full,
 * permissions) stops further writes and is reported once through `onFailure`; what was written stays intact.
 */
export class LogStore implements Sink {
  private readonly openLogs = new Map<string, OpenLog>();
  private failed: Problem | null = null;

  private constructor(
    readonly runDir: string,
    private readonly redactor: Redactor,
    private readonly onFailure: (problem: Problem) => void,
  ) {}

  /** Creates the run directory and points `latest` at it; fails before any agent work when it cannot. */
  static async open(opts: {
    logsRoot: string;
    /** The repository: the logs must resolve inside it. */
    repoRoot: string;
    runId: string;
    redactor: Redactor;
    onFailure: (problem: Problem) => void;
  }): Promise<Result<LogStore>> {
    try {
      await ensureOwnDirectory(opts.logsRoot, opts.repoRoot);
      let runId = opts.runId;
      for (let n = 2; ; n++) {
        try {
          await mkdir(join(opts.logsRoot, runId));
          break;
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== "EEXIST" || n > 99) throw err;
          runId = `${opts.runId}-${n}`;
        }
      }
      writeFileAtomic(join(opts.logsRoot, "latest"), `${runId}\n`);
      return ok(new LogStore(join(opts.logsRoot, runId), opts.redactor, opts.onFailure));
    } catch (err) {
      return fail({
        code: "LOGS",
        file: opts.logsRoot,
        message: `cannot write logs: ${errorMessage(err)}`,
        hint: "Make the directory writable or point logs.root at a writable directory inside the repository.",
      });
    }
  }

  get runId(): string {
    return this.runDir.slice(dirname(this.runDir).length + 1);
  }

  get failure(): Problem | null {
    return this.failed;
  }

  handle(event: EngineEvent): void {
    if (this.failed) return;
    try {
      this.write(event);
    } catch (err) {
      this.failed = {
        code: "LOGS",
        file: this.runDir,
        message: `writing logs failed: ${errorMessage(err)}; the run was stopped, logs written so far are intact`,
      };
      this.closeAll();
      this.onFailure(this.failed);
    }
  }

  private write(event: EngineEvent): void {
    switch (event.type) {
      case "phase.started": {
        const files = phaseFiles(event.issue, event.seq, event.phase);
        mkdirSync(join(this.runDir, event.issue), { recursive: true });
        writeFileAtomic(join(this.runDir, files.prompt), this.redactor.redact(event.prompt));
        const fd = openSync(join(this.runDir, files.log), "a");
        this.openLogs.set(event.issue, { fd, size: fstatSync(fd).size });
        break;
      }
      case "runner.event": {
        const log = this.openLogs.get(event.issue);
        // `{"ts": <arrival, ISO 8601>, "event": <the runner's event, unchanged>}` (README "Logs").
        if (log) appendLine(log, `${this.redactor.redact(JSON.stringify({ ts: event.ts, event: event.event }))}\n`);
        break;
      }
      case "check.completed": {
        const c = event.check;
        const how = c.status === "passed" ? "passed" : c.status === "timeout" ? "timed out" : c.status === "aborted" ? "aborted" : `failed (exit ${c.exitCode ?? c.signal})`;
        const entry = `== check ${c.name}: ${c.run}\n${event.output}${event.output.endsWith("\n") || event.output === "" ? "" : "\n"}== ${how} in ${(c.durationMs / 1000).toFixed(1)} s\n\n`;
        mkdirSync(join(this.runDir, event.issue), { recursive: true });
        appendFileSync(join(this.runDir, phaseFiles(event.issue, event.seq, event.phase).checks), this.redactor.redact(entry));
        break;
      }
      case "phase.completed": {
        this.closeLog(event.issue);
        const files = phaseFiles(event.issue, event.seq, event.phase);
        writeFileAtomic(join(this.runDir, files.result), `${this.redactor.redact(JSON.stringify(event.result, null, 2))}\n`);
        break;
      }
      case "run.completed":
        this.closeAll();
        writeFileAtomic(join(this.runDir, "run.json"), `${this.redactor.redact(JSON.stringify(event.summary, null, 2))}\n`);
        break;
      default:
        break;
    }
  }

  private closeLog(issue: string): void {
    const log = this.openLogs.get(issue);
    if (!log) return;
    this.openLogs.delete(issue);
    closeSync(log.fd);
  }

  private closeAll(): void {
    for (const issue of [...this.openLogs.keys()]) {
      try {
        this.closeLog(issue);
      } catch {
        // Closing after a failed write can fail again; the descriptor is gone either way.
      }
    }
  }

  async close(): Promise<void> {
    this.closeAll();
  }
}
