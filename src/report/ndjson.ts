import type { EngineEvent, Sink } from "../engine/events";
import type { Redactor } from "./redact";

/** `--json`: one engine event per line on stdout, raw runner events embedded; the last line is the run summary. */
export function ndjsonSink(out: NodeJS.WritableStream, redactor: Redactor): Sink {
  return {
    handle(event: EngineEvent) {
      out.write(`${redactor.redact(JSON.stringify(event))}\n`);
    },
  };
}
