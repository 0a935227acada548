import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain ESM build script without type declarations
import { buildFiles, generatedRoots } from "../../scripts/build.mjs";

/**
 * Paths whose committed content (HEAD) differs from a fresh build. Compared with git, not the disk: the
 * suites that run dist/ rebuild it on disk first (test/support/build-dist.ts), which would hide a stale commit.
 */
function staleAgainstHead(files: { path: string; text: string }[]): string[] {
  const git = (args: string[], input?: string) => execFileSync("git", args, { encoding: "utf8", input, maxBuffer: 512 * 1024 * 1024 });
  const committed = new Set(git(["ls-tree", "-r", "-z", "--name-only", "HEAD", "--", ...(generatedRoots as string[])]).split("\0").filter(Boolean));
  const stale: string[] = [];
  for (const f of files) {
    const inHead = committed.delete(f.path);
    if (!inHead || git(["cat-file", "blob", `HEAD:${f.path}`]) !== f.text) stale.push(f.path);
  }
  return [...stale, ...committed];
}

describe("dist/", () => {
  it("is in sync with src/ (run `npm run build` and commit dist/ when this fails)", async () => {
    expect(staleAgainstHead(await buildFiles())).toEqual([]);
  }, 120_000);
});
