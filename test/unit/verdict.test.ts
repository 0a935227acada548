import { describe, expect, it } from "vitest";
import type { Finding, ReviewOutput } from "../../src/contracts";
import { decideVerdict, effectiveReview, renderChecks, stillFailing } from "../../src/engine/checks";
import type { CheckResult } from "../../src/runner/checks";

const finding = (id: string, severity: Finding["severity"]): Finding => ({ id, severity, path: null, line: null, message: `${id} message`, suggestion: null });
const review = (status: "pass" | "fail", findings: Finding[] = []): ReviewOutput => ({ phase: "review", status, summary: "s", findings });
const check = (name: string, over: Partial<CheckResult> = {}): CheckResult => ({ name, run: `run ${name}`, status: "passed", exitCode: 0, signal: null, durationMs: 1200, tail: "", ...over });
const FAIL_ON = ["blocker", "major", "minor"] as const;

describe("the engine's verdict on a review", () => {
  it("keeps the reviewer's answer when the checks are green (or none ran) and failOn does not apply", () => {
    expect(decideVerdict(review("pass"), 1, [check("t")], FAIL_ON)).toEqual({ status: "pass", note: null, added: [] });
    expect(decideVerdict(review("fail", [finding("F1", "major"), finding("F2", "nit")]), 1, null, FAIL_ON)).toEqual({ status: "fail", note: null, added: [] });
  });

  it("overrules a pass with one blocker finding per failing check, with a stable id and the output's tail", () => {
    const v = decideVerdict(review("pass"), 2, [check("unit", { status: "failed", exitCode: 1, tail: "1 test failed" }), check("lint"), check("slow", { status: "timeout", exitCode: null, signal: "SIGTERM" })], FAIL_ON);
    expect(v.status).toBe("fail");
    expect(v.note).toBe("review #2 pass overruled: check unit failed (exit 1), check slow failed (timed out)");
    expect(v.added.map((f) => [f.id, f.severity])).toEqual([["check:unit", "blocker"], ["check:slow", "blocker"]]);
    expect(v.added[0]?.message).toBe("check unit failed (exit 1); the end of its output:\n1 test failed");
    // A fail stays a fail, with the checks added and no note (the reviewer agreed).
    expect(decideVerdict(review("fail", [finding("F1", "nit")]), 1, [check("unit", { status: "failed", exitCode: 2 })], FAIL_ON)).toMatchObject({ status: "fail", note: null, added: [{ id: "check:unit" }] });
  });

  it("counts a fail whose findings are all below failOn as a pass, but not a fail without findings", () => {
    expect(decideVerdict(review("fail", [finding("F1", "nit"), finding("F2", "nit")]), 1, [check("t")], FAIL_ON)).toEqual({
      status: "pass",
      note: "review #1 fail counts as pass: its findings (nit) are below review.failOn",
      added: [],
    });
    expect(decideVerdict(review("fail", [finding("F1", "minor")]), 1, null, ["blocker", "major"]).status).toBe("pass");
    expect(decideVerdict(review("fail", [finding("F1", "minor")]), 1, null, FAIL_ON).status).toBe("fail");
    expect(decideVerdict(review("fail"), 1, null, FAIL_ON).status).toBe("fail");
    // An empty failOn: only the checks decide.
    expect(decideVerdict(review("fail", [finding("F1", "blocker")]), 1, [check("t")], []).status).toBe("pass");
  });

  it("hands the next phases the reviewer's findings and the engine's, and names the red checks in a capped reason", () => {
    const r = review("pass", [finding("F1", "nit")]);
    const red = [check("unit", { status: "failed", exitCode: 1 })];
    const v = decideVerdict(r, 1, red, FAIL_ON);
    expect(effectiveReview(r, v)).toMatchObject({ status: "fail", findings: [{ id: "F1" }, { id: "check:unit" }] });
    expect(stillFailing(red)).toBe(": check unit failed (exit 1)");
    expect(stillFailing([check("unit")])).toBe("");
  });

  it("renders the checks for a prompt: outcome, time, and the tail of what failed", () => {
    expect(renderChecks(null, 0)).toMatch(/No checks are configured/);
    expect(renderChecks([check("lint"), check("unit", { status: "failed", exitCode: 1, tail: "a\nb" })], 2)).toBe(
      "- lint (`run lint`): passed, 1.2 s\n- unit (`run unit`): FAILED (exit 1), 1.2 s\n  End of its output:\n    a\n    b",
    );
  });
});
