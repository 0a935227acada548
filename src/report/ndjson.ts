import type { EngineEvent, Sink } from "../core/events";
import { lineWriter } from "./line-writer";
import type { Redactor } from "./redact";

/** `--json`: one engine event per line on stdout, raw runner events embedded; the last line is the run summary. */
export function ndjsonSink(out: NodeJS.WritableStream, redactor: Redactor): Sink {
  const writer = lineWriter(out);
  return {
    handle(event: EngineEvent) {
      writer.write(`${redactor.redact(JSON.stringify(event))}\n`);
    },
    async close() {
      writer.flush();
    },
  };
}
