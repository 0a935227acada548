import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { listenOnLoopback, readBody } from "../../src/scripted-model/loopback";

/**
 * A scripted Anthropic Messages API server on 127.0.0.1 for the real Claude Code binary (`claude -p`), which
 * records every request. No dependency beyond node:http.
 *
 * What claude 2.1.332 sends (recorded with ANTHROPIC_BASE_URL=http://127.0.0.1:PORT, a fake ANTHROPIC_API_KEY
 * and the offline env of test/support/claude.ts):
 * - Only `POST /v1/messages?beta=true`, streaming (`stream: true`), one request per model turn: a skill run
 *   with one Bash call is exactly 2 requests. No count_tokens, no GET /v1/models, no side (haiku) queries
 *   were seen; they are answered anyway. Headers: x-api-key, anthropic-version 2023-06-01, a long
 *   anthropic-beta list, user-agent `claude-cli/2.1.332 (external, sdk-cli)`. Body: model claude-opus-5-5,
 *   max_tokens 128000, thinking {type: adaptive}, context_management, output_config, metadata, system (text
 *   blocks), tools (Agent, Bash, Edit, Read, Skill, ToolSearch, Write, …) and messages, which hold a role
 *   "system" message (environment context) after the first user message.
 * - Without the offline env claude also tries api.anthropic.com:443 (telemetry and the like): used as
 *   HTTP(S)_PROXY, this server records those tunnels as CONNECT and refuses them.
 * - Plugin skills are namespaced: `/orchestrator:dev-auto-orchestrate M1`. A bare `/dev-auto-orchestrate`
 *   is not found (claude tells the model so in a system-reminder and sends the text as a plain request).
 * - A skill run is expanded client-side into the first user message, as text blocks: an attribution
 *   system-reminder; `<command-message>plugin:skill</command-message>\n<command-name>/plugin:skill</command-name>
 *   \n<command-args>M1</command-args>`; then `Base directory for this skill: <dir>\n\n<body>` with the front
 *   matter stripped and `${CLAUDE_SKILL_DIR}`, `$ARGUMENTS`, `$0`… substituted. `--plugin-dir` loads from that
 *   directory; an installed plugin from a git marketplace loads from `<config>/plugins/cache/<mkt>/<plugin>/
 *   <version>`, one from a directory marketplace from the source folder itself.
 * - Tool results come back as `{type: "tool_result", tool_use_id, content: "<output>", is_error}`.
 * - Permissions in -p: a Bash command that would need approval is not run; its tool_result is an error
 *   ("… needs approval" / "This command requires approval"). A skill's `allowed-tools: Bash(node *)` grants
 *   the command while the skill runs: no `--allowedTools`, no `--dangerously-skip-permissions` (which as
 *   root is refused unless IS_SANDBOX=1). Read-only commands such as `echo` are allowed anyway.
 */

export type ContentBlock =
  | { type: "text"; text: string }
  | { type: "tool_use"; id: string; name: string; input: Record<string, unknown> };

export type MessagesReply =
  /** An assistant text block. */
  | { kind: "text"; text: string }
  /** An assistant tool call (stop_reason becomes "tool_use"). */
  | { kind: "tool_use"; name: string; input: Record<string, unknown>; id?: string }
  | { kind: "http-error"; status: number; body?: string };

export interface ToolResult {
  toolUseId: string;
  isError: boolean;
  /** The result's text (text blocks joined). */
  text: string;
}

export interface MessagesRequest {
  /** 0-based number of this /v1/messages request on the server. */
  index: number;
  body: Record<string, unknown>;
  model: string;
  stream: boolean;
  /** The system prompt and any role "system" messages, as one string. */
  system: string;
  /** Text of every user message (text blocks only, tool results excluded), in order. */
  userTexts: string[];
  /** The tool results of the last user message (empty on a turn's first request). */
  toolResults: ToolResult[];
  /** Names of the tools offered. */
  tools: string[];
}

export type MessagesScript = (request: MessagesRequest) => MessagesReply | MessagesReply[];

/** Every HTTP exchange the server saw, /v1/messages or not (and CONNECT attempts when used as a proxy). */
export interface RecordedHttp {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  status: number;
  at: number;
}

export interface MessagesServer {
  /** ANTHROPIC_BASE_URL for claude: `http://127.0.0.1:PORT` (claude appends /v1/messages). */
  url: string;
  port: number;
  /** Parsed POST /v1/messages requests, as the script saw them. */
  requests: MessagesRequest[];
  /** Every request of any kind. */
  http: RecordedHttp[];
  close(): Promise<void>;
}

type Json = Record<string, unknown>;

function blocksText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .map((b) => (b && typeof b === "object" && (b as Json).type === "text" && typeof (b as Json).text === "string" ? ((b as Json).text as string) : ""))
    .join("");
}

export function describeMessagesRequest(body: Json, index: number): MessagesRequest {
  const messages = Array.isArray(body.messages) ? (body.messages as Json[]) : [];
  const users = messages.filter((m) => m.role === "user");
  const userTexts = users.map((m) => blocksText(m.content)).filter((t) => t !== "");
  // claude also puts role "system" messages (environment context) into the conversation: skip them.
  const last = users.at(-1);
  const toolResults: ToolResult[] =
    last && Array.isArray(last.content)
      ? (last.content as Json[])
          .filter((b) => b.type === "tool_result")
          .map((b) => ({ toolUseId: String(b.tool_use_id), isError: b.is_error === true, text: blocksText(b.content) }))
      : [];
  const tools = Array.isArray(body.tools) ? (body.tools as Json[]).map((t) => String(t.name)) : [];
  return {
    index,
    body,
    model: String(body.model ?? ""),
    stream: body.stream === true,
    system: [blocksText(body.system), ...messages.filter((m) => m.role === "system").map((m) => blocksText(m.content))].join("\n"),
    userTexts,
    toolResults,
    tools,
  };
}

let counter = 0;
const nextId = (prefix: string) => `${prefix}_scripted_${String(++counter).padStart(6, "0")}`;

function toBlocks(replies: MessagesReply[]): ContentBlock[] {
  return replies.flatMap((r): ContentBlock[] => {
    if (r.kind === "text") return [{ type: "text", text: r.text }];
    if (r.kind === "tool_use") return [{ type: "tool_use", id: r.id ?? nextId("toolu"), name: r.name, input: r.input }];
    return [];
  });
}

const USAGE_IN = { input_tokens: 100, output_tokens: 1, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 };

function sse(res: ServerResponse, event: string, data: unknown): void {
  res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

function streamMessage(res: ServerResponse, id: string, model: string, blocks: ContentBlock[], stopReason: string): void {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", "request-id": nextId("req") });
  sse(res, "message_start", {
    type: "message_start",
    message: { id, type: "message", role: "assistant", model, content: [], stop_reason: null, stop_sequence: null, usage: USAGE_IN },
  });
  blocks.forEach((block, index) => {
    if (block.type === "text") {
      sse(res, "content_block_start", { type: "content_block_start", index, content_block: { type: "text", text: "" } });
      sse(res, "content_block_delta", { type: "content_block_delta", index, delta: { type: "text_delta", text: block.text } });
    } else {
      sse(res, "content_block_start", { type: "content_block_start", index, content_block: { type: "tool_use", id: block.id, name: block.name, input: {} } });
      sse(res, "content_block_delta", { type: "content_block_delta", index, delta: { type: "input_json_delta", partial_json: JSON.stringify(block.input) } });
    }
    sse(res, "content_block_stop", { type: "content_block_stop", index });
  });
  sse(res, "message_delta", { type: "message_delta", delta: { stop_reason: stopReason, stop_sequence: null }, usage: { output_tokens: 20 } });
  sse(res, "message_stop", { type: "message_stop" });
  res.end();
}


export async function startMessagesServer(script: MessagesScript): Promise<MessagesServer> {
  const requests: MessagesRequest[] = [];
  const http: RecordedHttp[] = [];

  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {
      /* keep the raw text */
    }
    const url = req.url ?? "/";
    const path = url.split("?")[0] ?? "/";
    const record = (status: number) => http.push({ method: req.method ?? "", url, headers: req.headers, body, status, at: Date.now() });
    const json = (status: number, data: unknown) => {
      record(status);
      res.writeHead(status, { "content-type": "application/json", "request-id": nextId("req") }).end(JSON.stringify(data));
    };

    // Used as an HTTP proxy: a request for another host (absolute URL) is recorded and refused.
    if (/^[a-z]+:\/\//i.test(url)) return json(403, { type: "error", error: { type: "permission_error", message: "scripted server: no traffic beyond loopback" } });
    if (req.method === "POST" && path === "/v1/messages/count_tokens") return json(200, { input_tokens: 100 });
    if (req.method === "POST" && path === "/v1/messages") {
      if (!body || typeof body !== "object") return json(400, { type: "error", error: { type: "invalid_request_error", message: "bad json" } });
      const request = describeMessagesRequest(body as Json, requests.length);
      requests.push(request);
      let replies: MessagesReply[];
      try {
        const r = script(request);
        replies = Array.isArray(r) ? r : [r];
      } catch (err) {
        return json(500, { type: "error", error: { type: "api_error", message: `script error: ${(err as Error).message}` } });
      }
      const failure = replies.find((r) => r.kind === "http-error");
      if (failure?.kind === "http-error") {
        record(failure.status);
        res.writeHead(failure.status, { "content-type": "application/json" }).end(failure.body ?? JSON.stringify({ type: "error", error: { type: "api_error", message: "scripted failure" } }));
        return;
      }
      const blocks = toBlocks(replies);
      const stopReason = blocks.some((b) => b.type === "tool_use") ? "tool_use" : "end_turn";
      const id = nextId("msg");
      if (request.stream) {
        record(200);
        streamMessage(res, id, request.model, blocks, stopReason);
        return;
      }
      return json(200, {
        id,
        type: "message",
        role: "assistant",
        model: request.model,
        content: blocks,
        stop_reason: stopReason,
        stop_sequence: null,
        usage: { ...USAGE_IN, output_tokens: 20 },
      });
    }
    if (req.method === "GET" && path === "/v1/models") return json(200, { data: [], has_more: false, first_id: null, last_id: null });
    if (req.method === "GET" || req.method === "HEAD") return json(200, {});
    return json(404, { type: "error", error: { type: "not_found_error", message: `scripted server: no route for ${req.method} ${path}` } });
  });
  // Used as an HTTP(S) proxy, the server records and refuses every tunnel: stray traffic shows up in `http`.
  server.on("connect", (req: IncomingMessage, socket: Socket) => {
    http.push({ method: "CONNECT", url: req.url ?? "", headers: req.headers, body: null, status: 403, at: Date.now() });
    socket.on("error", () => socket.destroy());
    socket.end("HTTP/1.1 403 Forbidden\r\n\r\n");
  });
  const { port, close } = await listenOnLoopback(server);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    http,
    close,
  };
}
