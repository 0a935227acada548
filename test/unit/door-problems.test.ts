import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { printProblems, problemText } from "../../src/doors/problems";
import type { Problem } from "../../src/errors";

const printed = (problems: Problem[], opts?: Parameters<typeof printProblems>[2]) => {
  const out = new PassThrough();
  let text = "";
  out.on("data", (chunk: Buffer) => (text += chunk.toString()));
  printProblems(out, problems, opts);
  return text;
};

describe("the doors' one problem printer", () => {
  const config: Problem = { code: "CONFIG_INVALID", file: "orchestrator.config.json", line: 4, key: "review.maxCycles", message: "expected an integer", hint: "Set it to 3." };

  it("counts the problems that stopped a command, each indented with its place and hint", () => {
    expect(printed([config], { counted: "problem" })).toBe("error: 1 problem\n  orchestrator.config.json:4: review.maxCycles: expected an integer\n    Set it to 3.\n");
    expect(printed([config, { code: "USAGE", message: "x" }], { counted: "problem" })).toMatch(/^error: 2 problems\n/);
  });

  it("prints one error line each otherwise", () => {
    expect(printed([{ code: "LOGS", message: "writing logs failed" }, { code: "USAGE", key: "milestone", message: "input milestone is required" }])).toBe("error: writing logs failed\nerror: milestone: input milestone is required\n");
  });

  it("neutralises text from the work and redacts secrets before it is shown", () => {
    const hostile: Problem = { code: "ISSUE_YAML", file: "docs/issues/\u001b[2Jx.md", message: "bad \u001b]0;title\u0007 sk-secret-value" };
    const text = problemText(hostile, (t) => t.replace("sk-secret-value", "***"));
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(text).toContain("***");
    expect(text).not.toContain("sk-secret-value");
    expect(printed([hostile])).not.toContain("\u001b");
  });
});
