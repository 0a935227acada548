import { createLogUpdate } from "log-update";
import type { Progress } from "./progress";

/** How the live state of a run is shown besides the stream of lines. */
export type LiveMode = "status" | "heartbeat" | "none";

/** Silence after which, off a TTY, one heartbeat line says the run is still working. */
export const HEARTBEAT_MS = 60_000;
/** The status line's redraw interval (elapsed times tick; events redraw sooner). */
export const STATUS_REFRESH_MS = 1000;

/** Where a sink's finished lines go, with the live state kept around them. */
export interface LiveOutput {
  /** Whole lines (each ending in a newline), written above the status line. */
  write(text: string): void;
  /** Something changed (an event arrived): redraw soon. */
  changed(): void;
  /** Erase the status line for good and stop the timers. */
  close(): void;
}

/**
 * A TTY's status line: one line kept at the bottom, redrawn in place by log-update, erased before normal
 * lines are written and written again after them. Redraws are throttled to one per event-loop turn, so a
 * burst of events costs one redraw (bench/events.bench.ts).
 */
export function statusLine(stream: NodeJS.WritableStream & { columns?: number }, progress: Progress): LiveOutput {
  // showCursor: the cursor is left alone, so nothing has to restore it on exit (no signal handlers added).
  const draw = createLogUpdate(stream, { showCursor: true });
  let shown = false;
  let closed = false;
  let pending: NodeJS.Immediate | null = null;
  const fit = (line: string) => {
    const width = Math.max(20, (stream.columns ?? 80) - 1);
    return line.length > width ? `${line.slice(0, width - 1)}…` : line;
  };
  const redraw = () => {
    pending = null;
    if (closed) return;
    const line = progress.statusLine();
    if (line === null) {
      if (shown) draw.clear();
      shown = false;
      return;
    }
    draw(fit(line));
    shown = true;
  };
  const timer = setInterval(redraw, STATUS_REFRESH_MS);
  timer.unref();
  return {
    write(text) {
      if (shown) draw.clear();
      shown = false;
      stream.write(text);
      redraw();
    },
    changed() {
      if (!closed) pending ??= setImmediate(redraw);
    },
    close() {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      if (pending) clearImmediate(pending);
      pending = null;
      if (shown) draw.clear();
      shown = false;
      draw.done();
    },
  };
}

/**
 * Off a TTY (CI logs, the plugin): no redraws; after HEARTBEAT_MS without output while a phase runs, one
 * plain line saying so, again after each further HEARTBEAT_MS of silence.
 */
export function heartbeat(stream: NodeJS.WritableStream, progress: Progress): LiveOutput {
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  const arm = () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(beat, HEARTBEAT_MS);
    timer.unref();
  };
  const beat = () => {
    const line = progress.heartbeat();
    if (line !== null) stream.write(`${line}\n`);
    arm();
  };
  arm();
  return {
    write(text) {
      stream.write(text);
      arm();
    },
    changed() {},
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}

/** Plain lines only (tests, the NDJSON door's stderr when asked for nothing live). */
export function plain(stream: NodeJS.WritableStream): LiveOutput {
  return { write: (text) => void stream.write(text), changed() {}, close() {} };
}

export function liveOutput(mode: LiveMode, stream: NodeJS.WritableStream, progress: Progress): LiveOutput {
  if (mode === "status") return statusLine(stream, progress);
  if (mode === "heartbeat") return heartbeat(stream, progress);
  return plain(stream);
}

/** The status line only where a person watches a terminal that can redraw; a heartbeat everywhere else. */
export function liveModeFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, json: boolean): LiveMode {
  if (!json && stream.isTTY === true && env.TERM !== "dumb") return "status";
  return "heartbeat";
}
