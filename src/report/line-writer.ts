/** Flush at this size even inside one synchronous burst of events, so memory stays bounded. */
const MAX_PENDING = 64 * 1024;

export interface LineWriter {
  write(text: string): void;
  flush(): void;
}

/**
 * Coalesces a sink's writes to a terminal or pipe: everything written in one turn of the event loop goes
 * out as one write (at the latest when 64 KiB are pending). A burst of runner events would otherwise cost
 * one system call per event per stream (bench/events.bench.ts). Log files are not written through this:
 * they are appended per event so they survive a crash up to the last event.
 */
export function lineWriter(out: { write(text: string): unknown }): LineWriter {
  let pending: string[] = [];
  let size = 0;
  let scheduled: NodeJS.Immediate | null = null;
  const flush = () => {
    if (scheduled) clearImmediate(scheduled);
    scheduled = null;
    if (pending.length === 0) return;
    const text = pending.join("");
    pending = [];
    size = 0;
    out.write(text);
  };
  return {
    write(text: string) {
      pending.push(text);
      size += text.length;
      if (size >= MAX_PENDING) flush();
      else scheduled ??= setImmediate(flush);
    },
    flush,
  };
}
