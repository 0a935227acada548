import { describe, expect, it } from "vitest";
import { asksForRun, readInputs } from "../../src/action/inputs";
import { runRequest } from "../../src/doors/request";

const env = (inputs: Record<string, string>) => ({ GITHUB_WORKSPACE: "/w", ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])) });

describe("max-cost-usd", () => {
  it("is an amount of USD greater than 0, else a usage problem naming the input", () => {
    expect(readInputs(env({ milestone: "M1", "max-cost-usd": "2.50" }))).toMatchObject({ ok: true, value: { maxCostUsd: 2.5 } });
    expect(readInputs(env({ milestone: "M1" }))).toMatchObject({ ok: true, value: { maxCostUsd: undefined } });
    for (const bad of ["0", "-1", "lots", "1e3", "$5", "Infinity"]) {
      expect(readInputs(env({ milestone: "M1", "max-cost-usd": bad })), bad).toMatchObject({ ok: false, problems: [{ key: "max-cost-usd" }] });
    }
  });

  it("reaches the engine from the docker:// door as from the Action, rather than being dropped or refused", () => {
    const inputs = env({ milestone: "M1", "max-cost-usd": "5" });
    expect(asksForRun(inputs)).toBe(true);
    const read = readInputs(inputs);
    if (!read.ok) throw new Error("inputs refused");
    const req = runRequest(read.value, { env: inputs, signal: new AbortController().signal, sinks: () => [] });
    expect(req.overrides).toMatchObject({ maxCostUsdPerRun: 5 });
    expect(asksForRun(env({ issue: "A-1" }))).toBe(false);
  });
});
