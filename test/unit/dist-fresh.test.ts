import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain ESM build script without type declarations
import { staleFiles } from "../../scripts/build.mjs";

describe("dist/", () => {
  it("is in sync with src/ (run `npm run build` and commit dist/ when this fails)", async () => {
    expect(await staleFiles()).toEqual([]);
  }, 120_000);
});
