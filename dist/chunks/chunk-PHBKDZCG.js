#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);

// src/report/prices.json
var prices_default = {
  $comment: "Estimated USD per million tokens (standard tier, prompts under 272k input tokens), as listed on https://openai.com/api/pricing/ on the date below. A model missing here gets costUsd null unless runner.pricing names its prices; the provider's bill is what counts.",
  takenOn: "2026-12-02",
  models: {
    "gpt-5.5": { inputPerMTok: 5, cachedInputPerMTok: 0.5, outputPerMTok: 30 },
    "gpt-5.2": { inputPerMTok: 1.75, cachedInputPerMTok: 0.175, outputPerMTok: 14 },
    "gpt-5.2-codex": { inputPerMTok: 1.75, cachedInputPerMTok: 0.175, outputPerMTok: 14 },
    "gpt-5.1": { inputPerMTok: 1.25, cachedInputPerMTok: 0.125, outputPerMTok: 10 },
    "gpt-5.1-codex": { inputPerMTok: 1.25, cachedInputPerMTok: 0.125, outputPerMTok: 10 },
    "gpt-5.1-codex-max": { inputPerMTok: 1.25, cachedInputPerMTok: 0.125, outputPerMTok: 10 },
    "gpt-5.1-codex-mini": { inputPerMTok: 0.25, cachedInputPerMTok: 0.025, outputPerMTok: 2 },
    "gpt-5": { inputPerMTok: 1.25, cachedInputPerMTok: 0.125, outputPerMTok: 10 },
    "gpt-5-codex": { inputPerMTok: 1.25, cachedInputPerMTok: 0.125, outputPerMTok: 10 },
    "gpt-5-mini": { inputPerMTok: 0.25, cachedInputPerMTok: 0.025, outputPerMTok: 2 }
  }
};

// src/report/usage.ts
var noUsage = () => ({ inputTokens: 0, cachedInputTokens: 0, outputTokens: 0, reasoningTokens: 0 });
function fromCodex(usage) {
  const u = usage ?? {};
  const num = (v) => typeof v === "number" && Number.isFinite(v) && v > 0 ? v : 0;
  return {
    inputTokens: num(u.input_tokens),
    cachedInputTokens: num(u.cached_input_tokens),
    outputTokens: num(u.output_tokens),
    reasoningTokens: num(u.reasoning_output_tokens)
  };
}
function addUsage(a, b) {
  return {
    inputTokens: a.inputTokens + b.inputTokens,
    cachedInputTokens: a.cachedInputTokens + b.cachedInputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    reasoningTokens: a.reasoningTokens + b.reasoningTokens
  };
}
var totalTokens = (u) => u.inputTokens + u.outputTokens;
function pricingFor(model, override) {
  if (override) return override;
  if (model === void 0) return null;
  const table = prices_default.models;
  return Object.hasOwn(table, model) ? table[model] ?? null : null;
}
function costOf(usage, pricing) {
  if (pricing === null) return null;
  const cached = Math.min(usage.cachedInputTokens, usage.inputTokens);
  const usd = ((usage.inputTokens - cached) * pricing.inputPerMTok + cached * pricing.cachedInputPerMTok + usage.outputTokens * pricing.outputPerMTok) / 1e6;
  return Math.round(usd * 1e6) / 1e6;
}
function shortTokens(n) {
  if (n < 1e3) return String(n);
  if (n < 1e6) return `${n < 1e4 ? (n / 1e3).toFixed(1).replace(/\.0$/, "") : Math.round(n / 1e3)}k`;
  return `${(n / 1e6).toFixed(1).replace(/\.0$/, "")}M`;
}
function formatUsd(usd) {
  if (usd === null) return "cost unknown";
  return usd < 1 ? `$${usd.toFixed(4)}` : `$${usd.toFixed(2)}`;
}
function formatDuration(ms) {
  const s = Math.max(0, Math.floor(ms / 1e3));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}

export {
  noUsage,
  fromCodex,
  addUsage,
  totalTokens,
  pricingFor,
  costOf,
  shortTokens,
  formatUsd,
  formatDuration
};
//# sourceMappingURL=chunk-PHBKDZCG.js.map
