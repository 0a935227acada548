#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  findGitRoot
} from "./chunk-77E6756Z.js";
import {
  fail,
  ok
} from "./chunk-FL7PZ6ZF.js";
import "./chunk-HKHRZ4CP.js";

// src/config/init.ts
import { access, mkdir, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
var CONFIG_NAMES = ["orchestrator.config.json", "orchestrator.config.ts", "orchestrator.config.mjs", "orchestrator.config.js"];
var RUNNER_BLOCKS = {
  openai: `  runner: {
    // "codex-sdk" (default) or "codex-cli"; fallback is used only when the SDK runner cannot start.
    default: "codex-sdk",
    sandbox: "workspace-write",
    // model: "gpt-5.5",
    // codex reads OPENAI_API_KEY from your environment. Extra environment for codex only;
    // \${VAR} is expanded from your environment and never logged.
    // env: { OPENAI_API_KEY: "\${OPENAI_API_KEY}" },
    phaseTimeoutMinutes: 60,
  },`,
  azure: `  runner: {
    default: "codex-sdk",
    sandbox: "workspace-write",
    // A model name codex knows (so the agent gets codex's classic tools); your deployment must serve it.
    model: "gpt-5.5",
    config: {
      // Use the provider defined below instead of the built-in OpenAI one.
      model_provider: "azure",
      model_providers: {
        azure: {
          name: "Azure OpenAI",
          // Your resource's endpoint, ending in /openai: codex appends /responses.
          base_url: "https://YOUR-RESOURCE.openai.azure.com/openai",
          // The environment variable holding the key: codex reads it, nothing logs it.
          env_key: "AZURE_OPENAI_API_KEY",
          // Appended to every request URL.
          query_params: { "api-version": "2025-04-01-preview" },
          wire_api: "responses",
        },
      },
    },
    phaseTimeoutMinutes: 60,
  },`,
  custom: `  runner: {
    default: "codex-sdk",
    sandbox: "workspace-write",
    // A model name codex knows (so the agent gets codex's classic tools); your server must accept it.
    model: "gpt-5.5",
    config: {
      // Use the provider defined below instead of the built-in OpenAI one.
      model_provider: "company",
      model_providers: {
        company: {
          name: "Company model gateway",
          // Base URL of a server speaking the OpenAI Responses API: codex POSTs to <base_url>/responses.
          base_url: "http://127.0.0.1:8080/v1",
          wire_api: "responses",
          // The environment variable holding the key (sent as a bearer token); omit it for no key.
          env_key: "COMPANY_LLM_API_KEY",
          // Static headers on every request, e.g. a routing or team header your gateway wants.
          // http_headers: { "X-Team": "platform" },
          // Most gateways do not speak the Responses WebSocket transport: stream over plain HTTP at once.
          supports_websockets: false,
        },
      },
    },
    phaseTimeoutMinutes: 60,
  },`
};
var commentedBody = (provider) => `{
  issues: {
    // Globs (relative to the repository root) of the issue docs.
    paths: ["docs/issues/**/*.md"],
    // Front-matter fields: the id (absent: the file name), the milestone, and the ids an issue waits for.
    idField: "id",
    milestoneField: "milestone",
    dependencyFields: ["depends_on"],
    // Issues whose status is one of doneValues are skipped and satisfy dependencies.
    statusField: "status",
    doneValues: ["done", "closed"],
  },
${RUNNER_BLOCKS[provider]}
  review: {
    // At most this many fix phases per issue, each followed by a review.
    maxCycles: 2,
    // A review that fails with findings of none of these severities counts as pass (nits never cost a fix).
    failOn: ["blocker", "major", "minor"],
  },
  // Your own commands, run in the issue worktree under the agent's sandbox after each dev and fix phase;
  // an issue passes only when all of them exit 0. For example:
  // checks: [{ name: "tests", run: "npm test", timeoutMinutes: 10 }],
  checks: [],
  worktrees: {
    root: ".orchestrator/worktrees",
    branchPrefix: "orchestrator/",
    base: "HEAD",
    // Start a dependent issue from its passed dependencies' branches.
    stack: true,
    push: false,
    // Sign the engine's commits as your git config says (off: no signer prompt can block a run).
    signCommits: false,
  },
  logs: { root: ".orchestrator/logs" },
  // Spend caps, checked whenever codex reports usage; each is off until set, e.g.
  // { maxTokensPerIssue: 2000000, maxTokensPerRun: 10000000, maxCostUsdPerRun: 25 }.
  // Tokens = input (cached included) + output (reasoning included). A cost cap needs a price for the
  // model: the built-in table, or runner.pricing { inputPerMTok, cachedInputPerMTok, outputPerMTok } (USD).
  budget: {},
  // A pull request per passed issue: "off", "draft" or "ready" (needs GITHUB_TOKEN; on implies worktrees.push).
  github: { pullRequests: "off", labels: [] },
}`;
var JSON_RUNNER = {
  openai: void 0,
  azure: {
    model: "gpt-5.5",
    config: {
      model_provider: "azure",
      model_providers: {
        azure: {
          name: "Azure OpenAI",
          base_url: "https://YOUR-RESOURCE.openai.azure.com/openai",
          env_key: "AZURE_OPENAI_API_KEY",
          query_params: { "api-version": "2025-04-01-preview" },
          wire_api: "responses"
        }
      }
    }
  },
  custom: {
    model: "gpt-5.5",
    config: {
      model_provider: "company",
      model_providers: {
        company: { name: "Company model gateway", base_url: "http://127.0.0.1:8080/v1", wire_api: "responses", env_key: "COMPANY_LLM_API_KEY", supports_websockets: false }
      }
    }
  }
};
function template(format, provider) {
  switch (format) {
    case "mjs":
      return {
        file: "orchestrator.config.mjs",
        text: `// orchestrator config: every key is optional; the values below are the defaults.
// Reference: the README's "Configuration" section, or schema/config.schema.json in the package.

/** @type {import("@orchestrator/engine").UserConfig} */
export default ${commentedBody(provider)};
`
      };
    case "ts":
      return {
        file: "orchestrator.config.ts",
        text: `// orchestrator config: every key is optional; the values below are the defaults.
import { defineConfig } from "@orchestrator/engine";

export default defineConfig(${commentedBody(provider)});
`
      };
    case "json": {
      const runner = JSON_RUNNER[provider];
      const body = {
        $schema: "./node_modules/@orchestrator/engine/schema/config.schema.json",
        issues: { paths: ["docs/issues/**/*.md"] },
        ...runner ? { runner } : {},
        review: { maxCycles: 2 }
      };
      return { file: "orchestrator.config.json", text: `${JSON.stringify(body, null, 2)}
` };
    }
  }
}
var EXAMPLE_ISSUE = {
  file: "docs/issues/EXAMPLE-1.md",
  text: `---
id: EXAMPLE-1
milestone: M1
depends_on: []
status: open
---
# Add a greeting to the README

Describe the change as you would for a colleague: what to build, where, and how to tell it works.
The agent gets this whole document as its task.

## Acceptance
- The README starts with a one-line greeting.
`
};
var exists = (path) => access(path).then(
  () => true,
  () => false
);
async function initRepository(cwd, format, provider = "openai") {
  const root = await findGitRoot(cwd);
  if (!root) {
    return fail({ code: "USAGE", message: `${cwd} is not inside a git repository`, hint: "Run `git init` first, then `orchestrator init`." });
  }
  for (const name of CONFIG_NAMES) {
    if (await exists(join(root, name))) {
      return fail({
        code: "USAGE",
        file: name,
        message: "a config already exists; nothing was written",
        hint: "Edit it, or delete it first to start over."
      });
    }
  }
  const written = [];
  const kept = [];
  for (const { file, text } of [template(format, provider), EXAMPLE_ISSUE]) {
    const target = join(root, file);
    if (await exists(target)) {
      kept.push(relative(cwd, target) || file);
      continue;
    }
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text, { flag: "wx" });
    written.push(relative(cwd, target) || file);
  }
  return ok({ written, kept });
}
export {
  initRepository
};
//# sourceMappingURL=init-GFPOVSW7.js.map
