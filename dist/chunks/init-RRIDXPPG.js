#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  CONFIG_DEFINITION,
  DEFAULT_CONFIG,
  initBodyOf
} from "./chunk-TMII7X7T.js";
import "./chunk-HXM76X25.js";
import {
  findGitRoot
} from "./chunk-77E6756Z.js";
import "./chunk-MAUF2E2R.js";
import {
  fail,
  ok
} from "./chunk-FL7PZ6ZF.js";
import "./chunk-HKHRZ4CP.js";

// src/config/init.ts
import { access, mkdir, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
var CONFIG_NAMES = ["orchestrator.config.json", "orchestrator.config.ts", "orchestrator.config.mjs", "orchestrator.config.js"];
var PROVIDER_LINES = {
  openai: {},
  azure: {
    "runner.model": ["// A model name codex knows (so the agent gets codex's classic tools); your deployment must serve it.", 'model: "gpt-5.5",'],
    "runner.config": [
      "config: {",
      "  // Use the provider defined below instead of the built-in OpenAI one.",
      '  model_provider: "azure",',
      "  model_providers: {",
      "    azure: {",
      '      name: "Azure OpenAI",',
      "      // Your resource's endpoint, ending in /openai: codex appends /responses.",
      '      base_url: "https://YOUR-RESOURCE.openai.azure.com/openai",',
      "      // The environment variable holding the key: codex reads it, nothing logs it.",
      '      env_key: "AZURE_OPENAI_API_KEY",',
      "      // Appended to every request URL.",
      '      query_params: { "api-version": "2025-04-01-preview" },',
      '      wire_api: "responses",',
      "    },",
      "  },",
      "},"
    ]
  },
  custom: {
    "runner.model": ["// A model name codex knows (so the agent gets codex's classic tools); your server must accept it.", 'model: "gpt-5.5",'],
    "runner.config": [
      "config: {",
      "  // Use the provider defined below instead of the built-in OpenAI one.",
      '  model_provider: "company",',
      "  model_providers: {",
      "    company: {",
      '      name: "Company model gateway",',
      "      // Base URL of a server speaking the OpenAI Responses API: codex POSTs to <base_url>/responses.",
      '      base_url: "http://127.0.0.1:8080/v1",',
      '      wire_api: "responses",',
      "      // The environment variable holding the key (sent as a bearer token); omit it for no key.",
      '      env_key: "COMPANY_LLM_API_KEY",',
      "      // Static headers on every request, e.g. a routing or team header your gateway wants.",
      '      // http_headers: { "X-Team": "platform" },',
      "      // Most gateways do not speak the Responses WebSocket transport: stream over plain HTTP at once.",
      "      supports_websockets: false,",
      "    },",
      "  },",
      "},"
    ]
  }
};
var commentedBody = (provider) => initBodyOf(CONFIG_DEFINITION, PROVIDER_LINES[provider]);
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
        issues: { paths: DEFAULT_CONFIG.issues.paths },
        ...runner ? { runner } : {},
        review: { maxCycles: DEFAULT_CONFIG.review.maxCycles }
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
//# sourceMappingURL=init-RRIDXPPG.js.map
