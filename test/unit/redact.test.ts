import { describe, expect, it } from "vitest";
import { REDACTED, Redactor, secretValuesFrom } from "../../src/report/redact";

describe("Redactor", () => {
  it("replaces runner.env values and well-known key variables, raw and JSON-escaped", () => {
    const values = secretValuesFrom(
      { OPENAI_API_KEY: "open-ai-secret-value", MY_SERVICE_TOKEN: "tok-1234567890", PATH: "/usr/bin:/bin", SHORT_TOKEN: "abc" },
      { CUSTOM: 'pa"ss\\word-123' },
    );
    const r = new Redactor(values);
    expect(r.redact("key=open-ai-secret-value and tok-1234567890")).toBe(`key=${REDACTED} and ${REDACTED}`);
    expect(r.redact(JSON.stringify({ v: 'pa"ss\\word-123' }))).toBe(JSON.stringify({ v: REDACTED }));
    // Ordinary values are untouched: PATH is not a secret, and values under 4 characters are not secrets (SPEC §3).
    expect(r.redact("/usr/bin:/bin abc")).toBe("/usr/bin:/bin abc");
  });

  it("treats every runner.env value of 4 or more characters as a secret, and shorter ones as not secret", () => {
    const r = new Redactor(secretValuesFrom({}, { FIVE: "q7Zx9", FOUR: "ab12", THREE: "xyz", ONE: "1" }));
    expect(r.redact("q7Zx9 ab12 xyz 1")).toBe(`${REDACTED} ${REDACTED} xyz 1`);
  });

  it("lists the distinct secrets in a text for the commit scan", () => {
    const r = new Redactor(["runner-value-1234"]);
    expect([...r.secretsIn("a runner-value-1234 b runner-value-1234 sk-abcdefghijklmnopqrstuvwx")]).toEqual(["runner-value-1234", "sk-abcdefghijklmnopqrstuvwx"]);
    expect(r.secretsIn("nothing here").size).toBe(0);
  });

  it("replaces anything shaped like a common API key even when not configured", () => {
    const r = new Redactor([]);
    const line = "sk-proj-abcdefghijklmnopqrstuvwx ghp_abcdefghijklmnopqrstuvwxyz0123 AKIAABCDEFGHIJKLMNOP";
    expect(r.redact(line)).toBe(`${REDACTED} ${REDACTED} ${REDACTED}`);
  });

  it("prefers the longest secret when one contains another", () => {
    const r = new Redactor(["abcdefgh", "abcdefghijkl"]);
    expect(r.redact("xx abcdefghijkl yy")).toBe(`xx ${REDACTED} yy`);
  });
});
