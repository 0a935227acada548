import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { namedPath, nestedRepositories, parseStatusZ, secretsInFile } from "../../src/git/commit-checks";
import { Redactor } from "../../src/report/redact";
import { routeFor } from "../../src/runner/access";
import { codexEnvironment, SHELL_SECRET_PATTERNS, shellEnvironmentPolicy } from "../../src/runner/shell-env";

describe("the model key's route", () => {
  const custom = (extra: Record<string, unknown> = {}) => ({
    model_provider: "p",
    model_providers: { p: { name: "p", base_url: "http://127.0.0.1:9/v1/", wire_api: "responses", env_key: "P_KEY", ...extra } },
  });

  it("sends a custom Responses provider with an env_key, and the built-in OpenAI one with a key, through the proxy", () => {
    expect(routeFor(custom(), { P_KEY: "k-1" })).toEqual({ kind: "proxy", provider: "p", upstream: "http://127.0.0.1:9/v1/responses", key: "k-1", builtin: false });
    expect(routeFor({}, { OPENAI_API_KEY: "sk-x" })).toMatchObject({ kind: "proxy", upstream: "https://api.openai.com/v1/responses", key: "sk-x", builtin: true });
    expect(routeFor({}, { OPENAI_API_KEY: "sk-x", OPENAI_BASE_URL: "http://127.0.0.1:7/v1" })).toMatchObject({ upstream: "http://127.0.0.1:7/v1/responses" });
  });

  it("warns where the key cannot go through the proxy: a login under CODEX_HOME, another wire API", () => {
    expect(routeFor({}, {})).toMatchObject({ kind: "direct", keyVar: null, warning: expect.stringContaining("CODEX_HOME") });
    expect(routeFor(custom({ wire_api: "chat" }), { P_KEY: "k" })).toMatchObject({ kind: "direct", keyVar: "P_KEY", warning: expect.stringContaining("cannot go through the key proxy") });
  });

  it("leaves a provider chosen in CODEX_HOME's config.toml alone, with a warning, instead of replacing it by OpenAI", () => {
    const home = mkdtempSync(join(tmpdir(), "orchestrator-codex-home-"));
    try {
      writeFileSync(
        join(home, "config.toml"),
        'model = "gpt-5.5"\nmodel_provider = "corp" # the gateway\n\n[model_providers.corp]\nbase_url = "https://llm.corp.invalid/v1"\nenv_key = "CORP_KEY"\n\n[model_providers.other]\nenv_key = "NOPE"\n',
      );
      expect(routeFor({}, { CODEX_HOME: home, OPENAI_API_KEY: "sk-x" })).toMatchObject({
        kind: "direct",
        keyVar: "CORP_KEY",
        warning: expect.stringContaining(`model provider corp comes from ${join(home, "config.toml")}`),
      });
      // runner.config naming a provider wins over the user's file, as it does in codex.
      expect(routeFor(custom(), { CODEX_HOME: home, P_KEY: "k-1" })).toMatchObject({ kind: "proxy", provider: "p" });
      writeFileSync(join(home, "config.toml"), 'model_provider = "openai"\n');
      expect(routeFor({}, { CODEX_HOME: home, OPENAI_API_KEY: "sk-x" })).toMatchObject({ kind: "proxy", builtin: true });
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it("needs nothing for a provider without a key", () => {
    expect(routeFor({ model_provider: "oss" }, {})).toEqual({ kind: "none" });
    expect(routeFor(custom({ env_key: undefined }), {})).toEqual({ kind: "none" });
  });
});

describe("the agent's environment", () => {
  it("keeps secret names and every runner.env name out of the agent's shell, whatever the user's policy", () => {
    const policy = shellEnvironmentPolicy({ inherit: "all", ignore_default_excludes: true, exclude: ["AWS_*"], set: { CI: "1", MY_TOKEN: "t", OTHER: "x" } }, ["OTHER"]);
    expect(policy).toEqual({ inherit: "all", ignore_default_excludes: false, exclude: ["AWS_*", ...SHELL_SECRET_PATTERNS, "OTHER"], set: { CI: "1" } });
  });

  it("gives codex no secret-named variable, no runner.env secret and no variable holding one; short values pass", () => {
    const env = codexEnvironment(
      { PATH: "/bin", OPENAI_API_KEY: "sk-1", GITHUB_TOKEN: "gh", DB_PASSWORD_FILE: "/x", COPY: "runner-secret" },
      { OTHER: "runner-secret", SHORT: "on", LEGACY_KEY: "abc" },
    );
    expect(env).toEqual({ PATH: "/bin", SHORT: "on" });
    expect(codexEnvironment({}, { P_KEY: "k-123" }, new Set(["P_KEY"]))).toEqual({ P_KEY: "k-123" });
  });
});

describe("commit checks", () => {
  it("parses porcelain -z status, renames included, and finds nested repositories", () => {
    const dir = mkdtempSync(join(tmpdir(), "commit-checks-"));
    try {
      mkdirSync(join(dir, "nested/.git"), { recursive: true });
      mkdirSync(join(dir, "plain"));
      const entries = parseStatusZ("?? nested/\0R  new.txt\0old.txt\0 M a b.txt\0?? plain/\0");
      expect(entries).toEqual([
        { code: "??", path: "nested/" },
        { code: "R ", path: "new.txt" },
        { code: " M", path: "a b.txt" },
        { code: "??", path: "plain/" },
      ]);
      expect(nestedRepositories(dir, entries)).toEqual(["nested"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("accepts only worktree-relative paths from the phase's answer", () => {
    expect(namedPath("build/out.txt")).toBe("build/out.txt");
    expect(namedPath("./build//x/")).toBe("build/x");
    for (const bad of ["", "/etc/passwd", "../x", "a/../../x", ".git/config", "a/.git/hooks/x", ".", "a\0b"]) expect(namedPath(bad)).toBeNull();
  });

  it("finds a secret across chunk boundaries, in a symlink's target text, and never opens a FIFO", () => {
    const dir = mkdtempSync(join(tmpdir(), "commit-checks-"));
    try {
      const secret = "runner-value-1234";
      const find = (t: string) => new Redactor([secret]).secretsIn(t);
      writeFileSync(join(dir, "big"), `${"x".repeat(1024 * 1024 - 5)}${secret}${"y".repeat(100)}`);
      expect([...secretsInFile(join(dir, "big"), find)]).toEqual([secret]);
      writeFileSync(join(dir, "clean"), "nothing");
      expect(secretsInFile(join(dir, "clean"), find).size).toBe(0);
      symlinkSync(`/tmp/${secret}`, join(dir, "link"));
      expect([...secretsInFile(join(dir, "link"), find)]).toEqual([secret]);
      execFileSync("mkfifo", [join(dir, "fifo")]);
      expect(secretsInFile(join(dir, "fifo"), find).size).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
