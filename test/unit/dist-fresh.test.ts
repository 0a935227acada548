import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain ESM build script without type declarations
import { buildFiles, generatedRoots } from "../../scripts/build.mjs";

/**
 * Paths whose committed content (HEAD) differs from a fresh build. Compared with git, not the disk: the
 * suites that run dist/ rebuild it on disk first (test/support/build-dist.ts), which would hide a stale commit.
 */
function staleAgainstHead(files: { path: string; text: string }[]): string[] {
  const git = (args: string[]) => execFileSync("git", args, { encoding: "utf8", maxBuffer: 512 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] });
  const committed = new Set(git(["ls-tree", "-r", "-z", "--name-only", "HEAD", "--", ...(generatedRoots as string[])]).split("\0").filter(Boolean));
  const headText = (path: string): string | null => {
    try {
      return git(["cat-file", "blob", `HEAD:${path}`]);
    } catch {
      return null;
    }
  };
  const stale: string[] = [];
  // Generated files also live outside the generated roots (schema/config.schema.json, the README's key table).
  for (const f of files) {
    committed.delete(f.path);
    if (headText(f.path) !== f.text) stale.push(f.path);
  }
  return [...stale, ...committed];
}

describe("dist/", () => {
  it("is in sync with src/ (run `npm run build` and commit dist/ when this fails)", async () => {
    expect(staleAgainstHead(await buildFiles())).toEqual([]);
  }, 120_000);
});
