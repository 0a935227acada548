import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../support/fixture-repo";

/** The user-facing documents: what the README and SECURITY.md cite must be in the repository and the package. */
const DOCS = ["README.md", "SECURITY.md", "docs/contract.md"];

const read = (path: string) => readFileSync(join(PROJECT_ROOT, path), "utf8");

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function anchorsOf(path: string): Set<string> {
  const text = read(path).replace(/```[\s\S]*?```/g, "");
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchor(m[1] as string)));
}

/** Every relative markdown link `[text](target#fragment)` of `path`, outside code blocks. */
function links(path: string): { target: string; fragment: string | null }[] {
  const text = read(path).replace(/```[\s\S]*?```/g, "");
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1] as string)
    .filter((href) => !/^[a-z]+:/.test(href))
    .map((href) => {
      const [file, fragment] = href.split("#") as [string, string | undefined];
      return { target: file === "" ? path : join(dirname(path), file), fragment: fragment ?? null };
    });
}

describe("user-facing documents", () => {
  it("cite the contract in docs/contract.md, never a SPEC that is not in the repository", () => {
    for (const doc of ["README.md", "SECURITY.md"]) {
      // Source comments cite it as `SPEC §N`; the README says so in a code span, the only mention allowed.
      expect(read(doc), doc).not.toMatch(/(?<!`)SPEC(\.md| §)/);
      expect(read(doc), doc).toContain("](docs/contract.md#");
    }
  });

  it("link only to files and headings that exist", () => {
    const checked: string[] = [];
    for (const doc of DOCS) {
      for (const { target, fragment } of links(doc)) {
        expect(existsSync(join(PROJECT_ROOT, target)), `${doc} links ${target}`).toBe(true);
        if (fragment !== null && target.endsWith(".md")) {
          expect([...anchorsOf(target)], `${doc} links ${target}#${fragment}`).toContain(fragment);
          checked.push(`${target}#${fragment}`);
        }
      }
    }
    expect(checked).toContain("docs/contract.md#3-the-loop-for-one-issue");
  });

  it("ship in the package", () => {
    const files = (JSON.parse(read("package.json")) as { files: string[] }).files;
    expect(files).toEqual(expect.arrayContaining(["docs", "README.md", "SECURITY.md"]));
  });
});
