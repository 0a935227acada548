import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import Ajv, { type ValidateFunction } from "ajv";

/**
 * A GitHub REST API on 127.0.0.1 for the few endpoints pull requests use (get repository, list pulls by
 * head, create, update, add labels), holding pull requests in memory. Every request and every response is
 * checked against GitHub's published OpenAPI description (`@octokit/openapi`): path and query parameters,
 * request bodies and response bodies by status. A request the real API would reject is recorded in
 * `violations` and answered 422, so a test fails; responses are built from the description's own examples.
 */

type Json = Record<string, unknown>;

interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Json; parameters: Record<string, Parameter>; responses: Record<string, { content?: Record<string, { schema: Json }> }>; examples: Record<string, { value: unknown }> };
}
interface Parameter {
  name: string;
  in: "path" | "query" | "header";
  required?: boolean;
  schema: Json;
  $ref?: string;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Json }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: Json }> }>;
}

const OPERATIONS = [
  ["get", "/repos/{owner}/{repo}"],
  ["get", "/repos/{owner}/{repo}/pulls"],
  ["post", "/repos/{owner}/{repo}/pulls"],
  ["patch", "/repos/{owner}/{repo}/pulls/{pull_number}"],
  ["post", "/repos/{owner}/{repo}/issues/{issue_number}/labels"],
] as const;

interface Checker {
  spec: Spec;
  ajv: Ajv;
  coercing: Ajv;
  cache: Map<string, ValidateFunction>;
}

let shared: Checker | null = null;

/** The description is 13 MB: parsed once per test file, and only the operations above are compiled. */
function checker(): Checker {
  if (shared) return shared;
  const require = createRequire(import.meta.url);
  const full = require("@octokit/openapi/generated/api.github.com.json") as Spec;
  const paths = Object.fromEntries(OPERATIONS.map(([, path]) => [path, full.paths[path]]));
  const spec: Spec = { paths: paths as Spec["paths"], components: full.components };
  const root = { $id: "gh", paths, components: { schemas: full.components.schemas, responses: full.components.responses, parameters: full.components.parameters } };
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema(root);
  const coercing = new Ajv({ strict: false, validateFormats: false, coerceTypes: true });
  coercing.addSchema({ ...root, $id: "ghc" });
  shared = { spec, ajv, coercing, cache: new Map() };
  return shared;
}

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

function validatorAt(c: Checker, ref: string, coerce = false): ValidateFunction {
  const key = `${coerce ? "c" : "s"}:${ref}`;
  let v = c.cache.get(key);
  if (!v) {
    v = (coerce ? c.coercing : c.ajv).compile({ $ref: `${coerce ? "ghc" : "gh"}#${ref}` });
    c.cache.set(key, v);
  }
  return v;
}

const errorsOf = (v: ValidateFunction) => (v.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}${e.params ? ` ${JSON.stringify(e.params)}` : ""}`).join("; ");

function resolveParameter(c: Checker, p: Parameter): Parameter {
  return p.$ref ? (c.spec.components.parameters[p.$ref.split("/").at(-1) as string] as Parameter) : p;
}

function match(path: string): { template: string; params: Record<string, string> } | null {
  for (const [, template] of OPERATIONS) {
    const names: string[] = [];
    const re = new RegExp(`^${template.replace(/\{(\w+)\}/g, (_, n: string) => (names.push(n), "([^/]+)"))}$`);
    const m = re.exec(path);
    if (m) return { template, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1] as string)])) };
  }
  return null;
}

/** Problems with a request against its operation: parameters (path, query) and the JSON body. */
function checkRequest(c: Checker, method: string, template: string, params: Record<string, string>, query: URLSearchParams, body: unknown): string[] {
  const op = c.spec.paths[template]?.[method];
  if (!op) return [`${method.toUpperCase()} ${template} is not in GitHub's API description`];
  const problems: string[] = [];
  const declared = (op.parameters ?? []).map((raw, i) => ({
    p: resolveParameter(c, raw),
    // Where the parameter's schema sits in the root document.
    at: raw.$ref ? `/components/parameters/${raw.$ref.split("/").at(-1)}/schema` : `/${pointer("paths", template, method, "parameters", String(i), "schema")}`,
  }));
  for (const { p, at } of declared) {
    if (p.in === "header") continue;
    const value = p.in === "path" ? params[p.name] : (query.get(p.name) ?? undefined);
    if (value === undefined) {
      if (p.required) problems.push(`missing ${p.in} parameter ${p.name}`);
      continue;
    }
    // Query strings are text: the coercing validator reads "100" as the integer the schema wants.
    const v = validatorAt(c, at, true);
    if (!v(value)) problems.push(`${p.in} parameter ${p.name}=${JSON.stringify(value)}: ${errorsOf(v)}`);
  }
  for (const name of query.keys()) if (!declared.some(({ p }) => p.in === "query" && p.name === name)) problems.push(`unknown query parameter ${name}`);
  if (op.requestBody) {
    if (body === undefined) {
      if (op.requestBody.required) problems.push("missing request body");
    } else {
      const v = validatorAt(c, `/${pointer("paths", template, method, "requestBody", "content", "application/json", "schema")}`);
      if (!v(body)) problems.push(`request body: ${errorsOf(v)}`);
    }
  } else if (body !== undefined) problems.push("a body on an operation that takes none");
  return problems;
}

/** Problems with a response body for its status: the operation's declared schema, basic-error for 429. */
function checkResponse(c: Checker, method: string, template: string, status: number, body: unknown): string[] {
  const op = c.spec.paths[template]?.[method] as Operation;
  const declared = op.responses[String(status)];
  let at: string;
  if (declared?.$ref) at = `${declared.$ref.slice(1)}/content/application~1json/schema`;
  else if (declared?.content?.["application/json"]) at = `/${pointer("paths", template, method, "responses", String(status), "content", "application/json", "schema")}`;
  // Rate limits can answer any operation (GitHub documents them apart from each operation).
  else if (status === 429 || status === 403) at = "/components/schemas/basic-error";
  else return declared ? [] : [`${status} is not a documented answer of ${method.toUpperCase()} ${template}`];
  const v = validatorAt(c, at);
  return v(body) ? [] : [`response ${status}: ${errorsOf(v)}`];
}

export interface FakePull {
  number: number;
  head: string;
  base: string;
  title: string;
  body: string;
  draft: boolean;
  state: "open" | "closed";
  merged_at: string | null;
  labels: string[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
}

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: Json;
  /** How many matching requests get the fault (default 1). */
  times?: number;
  /** Only requests whose JSON body this accepts. */
  body_matches?: (body: unknown) => boolean;
}

export interface FakeGitHub {
  /** The API root to put in GITHUB_API_URL (with the GHES `/api/v3` prefix when asked for). */
  apiUrl: string;
  requests: RecordedRequest[];
  pulls: FakePull[];
  /** Requests or responses that do not match GitHub's description: a test expects this empty. */
  violations: string[];
  fault(f: Fault): void;
  /** What a person merging the pull request on GitHub does. */
  merge(number: number): void;
  close(): Promise<void>;
}

/** The description's own example, with what newer schema versions require and the example lacks. */
function example(c: Checker, name: string): Json {
  const raw = c.spec.components.examples[name]?.value;
  const value = structuredClone(Array.isArray(raw) ? raw[0] : raw) as Json;
  const fill = (o: unknown) => {
    if (!o || typeof o !== "object") return;
    const obj = o as Json;
    if ("full_name" in obj && "owner" in obj && !("language" in obj)) obj.language = null;
    if (Array.isArray(obj.requested_teams)) obj.requested_teams = [];
    for (const v of Object.values(obj)) fill(v);
  };
  fill(value);
  return value;
}

export async function startGitHubServer(opts: { token: string; owner: string; repo: string; defaultBranch?: string; prefix?: string }): Promise<FakeGitHub> {
  const c = checker();
  const prefix = opts.prefix ?? "";
  const requests: RecordedRequest[] = [];
  const pulls: FakePull[] = [];
  const violations: string[] = [];
  const faults: Fault[] = [];
  let port = 0;
  const base = () => `http://127.0.0.1:${port}`;

  const pullJson = (p: FakePull, simple: boolean): Json => {
    const value = example(c, simple ? "pull-request-simple-items" : "pull-request");
    const html = `${base()}/${opts.owner}/${opts.repo}/pull/${p.number}`;
    Object.assign(value, { number: p.number, title: p.title, body: p.body, draft: p.draft, state: p.state, merged_at: p.merged_at, html_url: html, labels: [] });
    if (!simple) Object.assign(value, { merged: p.merged_at !== null });
    (value.head as Json).ref = p.head;
    (value.head as Json).label = `${opts.owner}:${p.head}`;
    (value.base as Json).ref = p.base;
    return value;
  };

  const handle = (req: IncomingMessage, raw: string): { status: number; body: unknown; headers?: Record<string, string> } => {
    const url = new URL(req.url ?? "/", base());
    const method = (req.method ?? "GET").toLowerCase();
    let body: unknown;
    if (raw !== "") {
      try {
        body = JSON.parse(raw);
      } catch {
        violations.push(`${method} ${url.pathname}: body is not JSON`);
        return { status: 400, body: { message: "Problems parsing JSON" } };
      }
    }
    requests.push({ method: method.toUpperCase(), path: url.pathname, query: Object.fromEntries(url.searchParams), body, authorization: req.headers.authorization });
    if (!url.pathname.startsWith(`${prefix}/`)) {
      violations.push(`${method} ${url.pathname}: outside the API root ${prefix || "/"}`);
      return { status: 404, body: { message: "Not Found" } };
    }
    const found = match(url.pathname.slice(prefix.length));
    if (!found) {
      violations.push(`${method} ${url.pathname}: no such endpoint`);
      return { status: 404, body: { message: "Not Found" } };
    }
    const auth = req.headers.authorization ?? "";
    if (auth !== `token ${opts.token}` && auth !== `Bearer ${opts.token}`) return { status: 401, body: { message: "Bad credentials", documentation_url: "https://docs.github.com/rest" } };
    const problems = checkRequest(c, method, found.template, found.params, url.searchParams, body);
    if (problems.length > 0) {
      violations.push(`${method.toUpperCase()} ${url.pathname}: ${problems.join("; ")}`);
      return { status: 422, body: { message: "Validation Failed", documentation_url: "https://docs.github.com/rest", errors: problems.map((message) => ({ resource: "Request", code: "invalid", message })) } };
    }
    const fault = faults.find((f) => f.method.toLowerCase() === method && f.path.test(url.pathname) && (f.times ?? 1) > 0 && (f.body_matches?.(body) ?? true));
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      return { status: fault.status, headers: fault.headers, body: fault.body ?? { message: "fault", documentation_url: "https://docs.github.com/rest" } };
    }
    const { owner, repo } = found.params;
    if (owner !== opts.owner || repo !== opts.repo) return { status: 404, body: { message: "Not Found", documentation_url: "https://docs.github.com/rest" } };
    const b = (body ?? {}) as Json;
    switch (`${method} ${found.template}`) {
      case "get /repos/{owner}/{repo}": {
        const value = example(c, "full-repository-default-response");
        Object.assign(value, { name: opts.repo, full_name: `${opts.owner}/${opts.repo}`, default_branch: opts.defaultBranch ?? "main" });
        return { status: 200, body: value };
      }
      case "get /repos/{owner}/{repo}/pulls": {
        const state = url.searchParams.get("state") ?? "open";
        const head = url.searchParams.get("head");
        const list = pulls.filter((p) => (state === "all" || p.state === state) && (head === null || `${opts.owner}:${p.head}` === head));
        return { status: 200, body: list.map((p) => pullJson(p, true)) };
      }
      case "post /repos/{owner}/{repo}/pulls": {
        const head = String(b.head);
        if (pulls.some((p) => p.head === head && p.state === "open")) {
          return { status: 422, body: { message: "Validation Failed", documentation_url: "https://docs.github.com/rest", errors: [{ resource: "PullRequest", code: "custom", message: `A pull request already exists for ${opts.owner}:${head}.` }] } };
        }
        const pull: FakePull = { number: pulls.length + 1, head, base: String(b.base), title: String(b.title ?? ""), body: String(b.body ?? ""), draft: b.draft === true, state: "open", merged_at: null, labels: [] };
        pulls.push(pull);
        return { status: 201, body: pullJson(pull, false) };
      }
      case "patch /repos/{owner}/{repo}/pulls/{pull_number}": {
        const pull = pulls.find((p) => p.number === Number(found.params.pull_number));
        if (!pull) return { status: 404, body: { message: "Not Found" } };
        if (typeof b.title === "string") pull.title = b.title;
        if (typeof b.body === "string") pull.body = b.body;
        if (typeof b.base === "string") pull.base = b.base;
        if (b.state === "closed") violations.push(`PATCH ${url.pathname}: the engine closed a pull request`);
        return { status: 200, body: pullJson(pull, false) };
      }
      case "post /repos/{owner}/{repo}/issues/{issue_number}/labels": {
        const pull = pulls.find((p) => p.number === Number(found.params.issue_number));
        if (!pull) return { status: 404, body: { message: "Not Found" } };
        const names = Array.isArray(b) ? b : ((b.labels as string[] | undefined) ?? []);
        for (const n of names) if (!pull.labels.includes(String(n))) pull.labels.push(String(n));
        return { status: 200, body: pull.labels.map((name, i) => ({ ...example(c, "label-items"), id: i + 1, name })) };
      }
      default:
        return { status: 404, body: { message: "Not Found" } };
    }
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const answer = handle(req, Buffer.concat(chunks).toString("utf8"));
      const url = new URL(req.url ?? "/", base());
      const found = match(url.pathname.slice(prefix.length));
      if (found && answer.status !== 401) {
        for (const p of checkResponse(c, (req.method ?? "GET").toLowerCase(), found.template, answer.status, answer.body)) violations.push(`${req.method} ${url.pathname} answer: ${p}`);
      }
      res.writeHead(answer.status, { "content-type": "application/json; charset=utf-8", ...answer.headers });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  return {
    apiUrl: `${base()}${prefix}`,
    requests,
    pulls,
    violations,
    fault: (f) => faults.push(f),
    merge(number) {
      const pull = pulls.find((p) => p.number === number);
      if (pull) Object.assign(pull, { state: "closed", merged_at: new Date().toISOString() });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
