import type { Usage } from "../runner/types";
import prices from "./prices.json";

/** Tokens as codex reports them (SPEC §6): input includes cached input, output includes reasoning. */
export interface TokenUsage {
  inputTokens: number;
  cachedInputTokens: number;
  outputTokens: number;
  reasoningTokens: number;
}

/** USD per million tokens (`runner.pricing`, or one row of src/report/prices.json). */
export interface Pricing {
  inputPerMTok: number;
  cachedInputPerMTok: number;
  outputPerMTok: number;
}

export const noUsage = (): TokenUsage => ({ inputTokens: 0, cachedInputTokens: 0, outputTokens: 0, reasoningTokens: 0 });

/** codex's `turn.completed.usage` in the engine's shape; absent fields count as 0. */
export function fromCodex(usage: Partial<Usage> | null | undefined): TokenUsage {
  const u = (usage ?? {}) as Partial<Usage> & { reasoning_output_tokens?: number };
  const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) && v > 0 ? v : 0);
  return {
    inputTokens: num(u.input_tokens),
    cachedInputTokens: num(u.cached_input_tokens),
    outputTokens: num(u.output_tokens),
    reasoningTokens: num(u.reasoning_output_tokens),
  };
}

export function addUsage(a: TokenUsage, b: TokenUsage): TokenUsage {
  return {
    inputTokens: a.inputTokens + b.inputTokens,
    cachedInputTokens: a.cachedInputTokens + b.cachedInputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    reasoningTokens: a.reasoningTokens + b.reasoningTokens,
  };
}

/** What a budget counts (SPEC §3): input (cached included) + output (reasoning included). */
export const totalTokens = (u: TokenUsage) => u.inputTokens + u.outputTokens;

/** `runner.pricing` wins; otherwise the built-in row for the model; null when neither exists. */
export function pricingFor(model: string | undefined, override: Pricing | undefined): Pricing | null {
  if (override) return override;
  if (model === undefined) return null;
  const table = prices.models as Record<string, Pricing | undefined>;
  return Object.hasOwn(table, model) ? (table[model] ?? null) : null;
}

/** Estimated USD, rounded to a millionth of a dollar; null when the price is unknown (never a made-up figure). */
export function costOf(usage: TokenUsage, pricing: Pricing | null): number | null {
  if (pricing === null) return null;
  const cached = Math.min(usage.cachedInputTokens, usage.inputTokens);
  const usd = ((usage.inputTokens - cached) * pricing.inputPerMTok + cached * pricing.cachedInputPerMTok + usage.outputTokens * pricing.outputPerMTok) / 1_000_000;
  return Math.round(usd * 1_000_000) / 1_000_000;
}

/** `18k`, `1.2M`: token counts for a status line. */
export function shortTokens(n: number): string {
  if (n < 1000) return String(n);
  if (n < 1_000_000) return `${n < 10_000 ? (n / 1000).toFixed(1).replace(/\.0$/, "") : Math.round(n / 1000)}k`;
  return `${(n / 1_000_000).toFixed(1).replace(/\.0$/, "")}M`;
}

/** `$0.0123`, `$1.23`; `cost unknown` for null. */
export function formatUsd(usd: number | null): string {
  if (usd === null) return "cost unknown";
  return usd < 1 ? `$${usd.toFixed(4)}` : `$${usd.toFixed(2)}`;
}

/** `4m10s`, `1h02m`, `12s`. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}
