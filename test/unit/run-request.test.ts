import { describe, expect, it } from "vitest";
import { readInputs } from "../../src/action/inputs";
import { runRequest, type RunSettings } from "../../src/doors/request";

const hooks = (env: NodeJS.ProcessEnv = { HOME: "/h" }) => ({ env, signal: new AbortController().signal, sinks: () => [] });
const inputsEnv = (inputs: Record<string, string>) => ({ GITHUB_WORKSPACE: "/w", ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])) });

describe("runRequest: every door's settings become the engine's request in one place", () => {
  it("passes the run's selection and hooks through, and overrides nothing a door did not ask for", () => {
    const h = hooks();
    const req = runRequest({ cwd: "/repo", milestone: "M1", issue: "A-1", configPath: "c.json" }, { ...h, bundle: "b.bundle" });
    expect(req).toMatchObject({ cwd: "/repo", milestone: "M1", issue: "A-1", configPath: "c.json", env: h.env, signal: h.signal, sinks: h.sinks, bundle: "b.bundle" });
    expect(req.overrides).toEqual({ push: undefined, pullRequests: undefined, model: undefined, reasoningEffort: undefined, maxCostUsdPerRun: undefined });
  });

  it("maps the door vocabulary to overrides: push only turns on, pull-requests off leaves the config, the token becomes GITHUB_TOKEN", () => {
    const base: RunSettings = { cwd: "/repo", milestone: "M1" };
    expect(runRequest({ ...base, push: false }, hooks()).overrides?.push).toBeUndefined();
    expect(runRequest({ ...base, push: true }, hooks()).overrides?.push).toBe(true);
    expect(runRequest({ ...base, pullRequests: "off" }, hooks()).overrides?.pullRequests).toBeUndefined();
    expect(runRequest({ ...base, pullRequests: "draft" }, hooks()).overrides?.pullRequests).toBe("draft");
    const env = { HOME: "/h", GITHUB_TOKEN: "from-env" };
    expect(runRequest({ ...base, githubToken: "from-input" }, hooks(env)).env).toEqual({ HOME: "/h", GITHUB_TOKEN: "from-input" });
    expect(runRequest(base, hooks(env)).env).toBe(env);
    // The caller's environment is not written to.
    expect(env.GITHUB_TOKEN).toBe("from-env");
  });

  it("turns every Action input (the same for docker://) into the request", () => {
    const env = inputsEnv({
      milestone: "M1",
      issue: "A-2",
      config: "cfg.mjs",
      "working-directory": "sub",
      "push-branches": "true",
      "pull-requests": "ready",
      "github-token": "tok",
      model: "gpt-x",
      "reasoning-effort": "high",
      "max-cost-usd": "2.5",
    });
    const read = readInputs(env);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const req = runRequest(read.value, hooks(env));
    expect(req).toMatchObject({ cwd: "/w/sub", milestone: "M1", issue: "A-2", configPath: "cfg.mjs", env: { GITHUB_TOKEN: "tok" } });
    expect(req.overrides).toEqual({ push: true, pullRequests: "ready", model: "gpt-x", reasoningEffort: "high", maxCostUsdPerRun: 2.5 });
  });
});
