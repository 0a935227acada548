import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { lineWriter } from "../../src/report/line-writer";

function capture() {
  const out = new PassThrough();
  const writes: string[] = [];
  const write = out.write.bind(out);
  out.write = ((chunk: string) => {
    writes.push(chunk);
    return write(chunk);
  }) as typeof out.write;
  return { out, writes };
}

describe("lineWriter", () => {
  it("coalesces one event-loop turn of writes into a single write, in order", async () => {
    const { out, writes } = capture();
    const writer = lineWriter(out);
    writer.write("a\n");
    writer.write("b\n");
    expect(writes).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual(["a\nb\n"]);
    writer.write("c\n");
    writer.flush();
    expect(writes).toEqual(["a\nb\n", "c\n"]);
  });

  it("flushes inside a long synchronous burst once 64 KiB are pending, so memory stays bounded", () => {
    const { out, writes } = capture();
    const writer = lineWriter(out);
    const line = `${"x".repeat(1023)}\n`;
    for (let i = 0; i < 200; i++) writer.write(line);
    expect(writes.length).toBe(3);
    expect(writes.every((w) => w.length === 64 * 1024)).toBe(true);
    writer.flush();
    expect(writes.join("")).toBe(line.repeat(200));
  });
});
