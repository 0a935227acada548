import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { listenOnLoopback, readBody } from "./loopback";

/**
 * A scripted OpenAI Responses API server on 127.0.0.1 for the real codex binary (tests, demo, benchmarks).
 * Each POST /v1/responses is answered by the script with SSE: response.created, one
 * response.output_item.done per item, response.completed with usage. No dependency beyond node:http.
 */

export type PhaseName = "dev" | "review" | "fix";

export type Reply =
  /** The final answer: a message whose text is `JSON.stringify(json)`. */
  | { kind: "final"; json: unknown }
  /** A final message with raw text (e.g. to break the contract). */
  | { kind: "text"; text: string }
  /** Make the agent run a shell command (a function call to the `exec_command` tool). */
  | { kind: "command"; cmd: string }
  /** Make the agent edit files (a custom `apply_patch` tool call). */
  | { kind: "patch"; patch: string }
  /** A reasoning summary before the other items of the same response. */
  | { kind: "reasoning"; text: string }
  | { kind: "http-error"; status: number; body?: string }
  /** Never answer (only an abort ends the turn). */
  | { kind: "hang" }
  /** Answer the other replies of this response only after `ms` (a slow model). */
  | { kind: "delay"; ms: number }
  /** Start streaming, then end the stream without response.completed. */
  | { kind: "cut" }
  /** The usage this response reports (replaces the default 100 in / 20 out); no item of its own. */
  | { kind: "usage"; input: number; cached?: number; output: number; reasoning?: number };

export interface TurnRequest {
  /** 0-based number of this request on the server. */
  index: number;
  body: Record<string, unknown>;
  /** The phase whose output schema the request carries (from `text.format.schema`). */
  phase: PhaseName | null;
  /** The output schema the engine sent, as codex forwarded it. */
  schema: Record<string, unknown> | null;
  /** The first user message of the turn (the engine's prompt). */
  prompt: string;
  /** Issue id named by the prompt ("… issue <ID> …"), or null. */
  issue: string | null;
  /** Tool outputs already in this turn: 0 on the turn's first request. */
  step: number;
  toolOutputs: string[];
}

export type Script = (request: TurnRequest) => Reply | Reply[];

export interface RecordedRequest extends TurnRequest {
  at: number;
  /** The request's Authorization header (the model key, as the key proxy forwards it), or null. */
  authorization: string | null;
}

export interface ModelServer {
  /** Base URL for codex's provider config: `http://127.0.0.1:PORT/v1`. */
  url: string;
  port: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

type Item = Record<string, unknown>;

function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content.map((c) => (c && typeof c === "object" && typeof (c as { text?: unknown }).text === "string" ? (c as { text: string }).text : "")).join("");
}

/** The engine's prompt: the last user message that is not codex's own environment context. */
function promptOf(input: Item[]): string {
  const users = input.filter((i) => i.role === "user").map((i) => textOf(i.content));
  const own = users.filter((t) => !t.trimStart().startsWith("<") && t.trim() !== "");
  return own.at(-1) ?? users.at(-1) ?? "";
}

export function describeRequest(body: Record<string, unknown>, index: number): TurnRequest {
  const input = Array.isArray(body.input) ? (body.input as Item[]) : [];
  const format = (body.text as { format?: { schema?: Record<string, unknown> } } | undefined)?.format;
  const schema = format?.schema ?? null;
  const phaseEnum = (schema?.properties as { phase?: { enum?: unknown[] } } | undefined)?.phase?.enum;
  const phase = typeof phaseEnum?.[0] === "string" ? (phaseEnum[0] as PhaseName) : null;
  const prompt = promptOf(input);
  // Outputs after the last user message belong to the current turn.
  const lastUser = input.map((i) => i.role === "user").lastIndexOf(true);
  const toolOutputs = input
    .slice(lastUser + 1)
    .filter((i) => i.type === "function_call_output" || i.type === "custom_tool_call_output")
    .map((i) => (typeof i.output === "string" ? i.output : JSON.stringify(i.output)));
  const issue = /\bissue ([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(prompt)?.[1] ?? null;
  return { index, body, phase, schema, prompt, issue, step: toolOutputs.length, toolOutputs };
}

let counter = 0;
const nextId = (prefix: string) => `${prefix}_${++counter}`;

function itemsFor(reply: Reply): Item[] {
  switch (reply.kind) {
    case "final":
      return [{ type: "message", role: "assistant", id: nextId("msg"), content: [{ type: "output_text", text: JSON.stringify(reply.json), annotations: [] }] }];
    case "text":
      return [{ type: "message", role: "assistant", id: nextId("msg"), content: [{ type: "output_text", text: reply.text, annotations: [] }] }];
    case "command":
      return [{ type: "function_call", id: nextId("fc"), call_id: nextId("call"), name: "exec_command", arguments: JSON.stringify({ cmd: reply.cmd }) }];
    case "patch":
      return [{ type: "custom_tool_call", id: nextId("ctc"), call_id: nextId("call"), name: "apply_patch", input: reply.patch }];
    case "reasoning":
      return [{ type: "reasoning", id: nextId("rs"), summary: [{ type: "summary_text", text: reply.text }] }];
    default:
      return [];
  }
}

function sse(res: ServerResponse, event: string, data: unknown): void {
  res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}


export async function startModelServer(script: Script): Promise<ModelServer> {
  const requests: RecordedRequest[] = [];

  const server = createServer(async (req, res) => {
    if (req.method !== "POST" || !req.url?.endsWith("/responses")) {
      // A WebSocket upgrade attempt (or anything else): 426 makes codex fall back to SSE at once.
      res.writeHead(426, { "content-type": "text/plain" }).end("Upgrade Required");
      return;
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(await readBody(req)) as Record<string, unknown>;
    } catch {
      res.writeHead(400).end("bad json");
      return;
    }
    const turn = describeRequest(body, requests.length);
    requests.push({ ...turn, at: Date.now(), authorization: req.headers.authorization ?? null });
    let replies: Reply[];
    try {
      const r = script(turn);
      replies = Array.isArray(r) ? r : [r];
    } catch (err) {
      res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: `script error: ${(err as Error).message}` } }));
      return;
    }
    const control = replies.find((r) => r.kind === "http-error" || r.kind === "hang" || r.kind === "cut");
    if (control?.kind === "http-error") {
      res.writeHead(control.status, { "content-type": "application/json" }).end(control.body ?? JSON.stringify({ error: { message: "scripted failure", type: "server_error" } }));
      return;
    }
    if (control?.kind === "hang") return;
    const delay = replies.find((r) => r.kind === "delay");
    if (delay?.kind === "delay") await new Promise((r) => setTimeout(r, delay.ms));
    if (res.destroyed) return;
    const id = nextId("resp");
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    sse(res, "response.created", { type: "response.created", response: { id } });
    if (control?.kind === "cut") {
      res.end();
      return;
    }
    const items = replies.flatMap(itemsFor);
    items.forEach((item, index) => sse(res, "response.output_item.done", { type: "response.output_item.done", output_index: index, item }));
    const scripted = replies.find((r): r is Extract<Reply, { kind: "usage" }> => r.kind === "usage");
    const usage = scripted
      ? {
          input_tokens: scripted.input,
          input_tokens_details: { cached_tokens: scripted.cached ?? 0 },
          output_tokens: scripted.output,
          output_tokens_details: { reasoning_tokens: scripted.reasoning ?? 0 },
          total_tokens: scripted.input + scripted.output,
        }
      : { input_tokens: 100, input_tokens_details: null, output_tokens: 20, output_tokens_details: null, total_tokens: 120 };
    sse(res, "response.completed", { type: "response.completed", response: { id, usage } });
    res.end();
  });
  const { port, close } = await listenOnLoopback(server);
  return {
    url: `http://127.0.0.1:${port}/v1`,
    port,
    requests,
    close,
  };
}

/* ---------- Scenario scripts: per issue and phase, actions first, then the answer. ---------- */

export interface PhaseStep {
  /** Tool calls made before answering, one per request (each reply may be a list of items). */
  actions?: (Reply | Reply[])[];
  /** The final answer: a contract object, or any Reply (raw text, HTTP error, hang…), or Replies (with usage). */
  answer: Reply | Reply[] | Record<string, unknown>;
}

/** For each issue: the dev turn, then review and fix turns by attempt (the last entry repeats). */
export interface IssueScenario {
  dev?: PhaseStep;
  review?: PhaseStep[];
  fix?: PhaseStep[];
}

const isReply = (v: unknown): v is Reply => typeof v === "object" && v !== null && "kind" in v && typeof (v as { kind: unknown }).kind === "string";

export const answers = {
  dev: (summary = "implemented the issue", changes: { path: string; description: string }[] = []) => ({
    phase: "dev",
    status: "done",
    summary,
    changes,
    tests: [{ command: "node --test", outcome: "pass" }],
    notes: [],
  }),
  blocked: (summary: string) => ({ phase: "dev", status: "blocked", summary, changes: [], tests: [], notes: [] }),
  pass: (summary = "looks good") => ({ phase: "review", status: "pass", summary, findings: [] }),
  fail: (message = "the change misses an edge case", id = "F1") => ({
    phase: "review",
    status: "fail",
    summary: "changes needed",
    findings: [{ id, severity: "major", path: "src/index.js", line: 1, message, suggestion: "handle it" }],
  }),
  fix: (addressed: string[] = ["F1"], summary = "addressed the findings") => ({
    phase: "fix",
    status: "done",
    summary,
    addressed,
    changes: [],
    tests: [{ command: "node --test", outcome: "pass" }],
  }),
};

/** A patch adding one file, in apply_patch's format. */
export function addFilePatch(path: string, lines: string[]): Reply {
  return { kind: "patch", patch: ["*** Begin Patch", `*** Add File: ${path}`, ...lines.map((l) => `+${l}`), "*** End Patch"].join("\n") };
}

/**
 * Builds a Script from per-issue scenarios. Turns are counted per issue and phase on the turn's first
 * request, so review #2 gets `review[1]`. Unknown issues or phases answer HTTP 500 with a clear message.
 */
export function scenarioScript(scenarios: Record<string, IssueScenario>): Script {
  const attempts = new Map<string, number>();
  return (req) => {
    const scenario = req.issue ? scenarios[req.issue] : undefined;
    if (!scenario || !req.phase) return { kind: "http-error", status: 500, body: JSON.stringify({ error: { message: `no scenario for issue ${req.issue} phase ${req.phase}` } }) };
    const key = `${req.issue}/${req.phase}`;
    if (req.step === 0) attempts.set(key, (attempts.get(key) ?? 0) + 1);
    const attempt = attempts.get(key) ?? 1;
    const steps = req.phase === "dev" ? (scenario.dev ? [scenario.dev] : []) : (scenario[req.phase] ?? []);
    const step = steps[Math.min(attempt, steps.length) - 1];
    if (!step) return { kind: "http-error", status: 500, body: JSON.stringify({ error: { message: `no ${req.phase} step for ${req.issue}` } }) };
    const actions = step.actions ?? [];
    if (req.step < actions.length) return actions[req.step] as Reply | Reply[];
    if (Array.isArray(step.answer)) return step.answer;
    return isReply(step.answer) ? step.answer : { kind: "final", json: step.answer };
  };
}
