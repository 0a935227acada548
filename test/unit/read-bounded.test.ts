import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { describeRefusal, RepoFiles } from "../../src/fs/read-bounded";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function dir(): string {
  const d = mkdtempSync(join(tmpdir(), "read-bounded-"));
  dirs.push(d);
  return d;
}

describe("RepoFiles.read", () => {
  it("reads up to the limit exactly and refuses one byte more", () => {
    const root = dir();
    writeFileSync(join(root, "at.md"), "x".repeat(64));
    writeFileSync(join(root, "over.md"), "x".repeat(65));
    writeFileSync(join(root, "empty.md"), "");
    const files = new RepoFiles(root);
    expect(files.read("at.md", 64)).toEqual({ ok: true, text: "x".repeat(64) });
    expect(files.read("over.md", 64)).toEqual({ ok: false, refusal: { kind: "too-large", maxBytes: 64 } });
    expect(files.read("empty.md", 64)).toEqual({ ok: true, text: "" });
  });

  it("follows links that stay inside, refuses links and folders that lead out, and says what a special file is", () => {
    const outside = dir();
    writeFileSync(join(outside, "x.md"), "outside");
    const root = dir();
    mkdirSync(join(root, "real"));
    writeFileSync(join(root, "real/doc.md"), "inside");
    symlinkSync("real", join(root, "alias"));
    symlinkSync(outside, join(root, "out"));
    symlinkSync("/dev/null", join(root, "null.md"));
    execFileSync("mkfifo", [join(root, "pipe.md")]);
    const files = new RepoFiles(root);
    expect(files.read("alias/doc.md", 100)).toEqual({ ok: true, text: "inside" });
    expect(files.read("out/x.md", 100)).toEqual({ ok: false, refusal: { kind: "outside", target: join(outside, "x.md"), viaLink: true } });
    expect(files.read("null.md", 100)).toEqual({ ok: false, refusal: { kind: "outside", target: "/dev/null", viaLink: true } });
    expect(files.read("pipe.md", 100)).toEqual({ ok: false, refusal: { kind: "not-regular", what: "a FIFO (named pipe)" } });
    expect(files.read("real", 100)).toEqual({ ok: false, refusal: { kind: "not-regular", what: "a directory" } });
    expect(files.read("../x.md", 100)).toMatchObject({ ok: false, refusal: { kind: "outside", viaLink: false } });
    expect(files.read("nope/x.md", 100)).toEqual({ ok: false, refusal: { kind: "missing" } });
    expect(files.read("real/doc.md/x", 100)).toEqual({ ok: false, refusal: { kind: "missing" } });
  });

  it("refuses bytes that are not UTF-8 and drops a byte-order mark", () => {
    const root = dir();
    writeFileSync(join(root, "bin.md"), Buffer.from([0xff, 0xfe, 0x00]));
    writeFileSync(join(root, "bom.md"), "\uFEFFhello");
    const files = new RepoFiles(root);
    expect(files.read("bin.md", 100)).toEqual({ ok: false, refusal: { kind: "not-utf8" } });
    expect(files.read("bom.md", 100)).toEqual({ ok: true, text: "hello" });
  });

  it("words each refusal for the user", () => {
    expect(describeRefusal({ kind: "too-large", maxBytes: 1024 * 1024 }, "the issue doc").message).toBe("the issue doc is larger than the limit of 1 MiB");
    expect(describeRefusal({ kind: "outside", target: "/etc/passwd", viaLink: true }, "the prompt template").message).toBe(
      "the prompt template leads through a symbolic link to /etc/passwd, outside the repository; only files inside the repository are read",
    );
  });
});
