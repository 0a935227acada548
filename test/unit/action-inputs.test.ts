import { describe, expect, it } from "vitest";
import { readInputs, runCommandFromInputs } from "../../src/action/inputs";

const env = (inputs: Record<string, string>) => ({ GITHUB_WORKSPACE: "/w", ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])) });

describe("max-cost-usd", () => {
  it("is an amount of USD greater than 0, else a usage problem naming the input", () => {
    expect(readInputs(env({ milestone: "M1", "max-cost-usd": "2.50" }))).toMatchObject({ ok: true, value: { maxCostUsd: 2.5 } });
    expect(readInputs(env({ milestone: "M1" }))).toMatchObject({ ok: true, value: { maxCostUsd: undefined } });
    for (const bad of ["0", "-1", "lots", "1e3", "$5", "Infinity"]) {
      expect(readInputs(env({ milestone: "M1", "max-cost-usd": bad })), bad).toMatchObject({ ok: false, problems: [{ key: "max-cost-usd" }] });
    }
  });

  it("is refused by the docker:// door, which has no way to pass it on, rather than dropped", () => {
    expect(runCommandFromInputs(env({ milestone: "M1", "max-cost-usd": "5" }))).toMatchObject({ ok: false, problems: [{ key: "max-cost-usd" }] });
    expect(runCommandFromInputs(env({ milestone: "M1" }))).toMatchObject({ ok: true, value: { argv: ["run", "--milestone", "M1"] } });
  });
});
