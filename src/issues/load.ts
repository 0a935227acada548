import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import matter from "gray-matter";
import { glob } from "tinyglobby";
import type { OrchestratorConfig } from "../config/types";
import { fail, ok, type Problem, type Result } from "../errors";
import { findCycles } from "./cycles";
import { naturalCompare } from "./natural";
import type { IssueDoc } from "./types";

type IssuesConfig = OrchestratorConfig["issues"];

/** Ids become directory and branch names (SPEC §2), so git's ref rules apply on top of the pattern. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
export function idProblem(id: string): string | null {
  if (!ID_PATTERN.test(id)) return "must match ^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$";
  if (id.includes("..")) return 'must not contain ".."';
  if (id.endsWith(".lock") || id.endsWith(".")) return 'must not end with ".lock" or "."';
  return null;
}

/** An issue doc is prose for the agent; anything larger is almost certainly not one. */
export const MAX_ISSUE_BYTES = 1024 * 1024;
const utf8 = new TextDecoder("utf-8", { fatal: true });

interface Parsed {
  doc: IssueDoc;
  /** Dependency field each dependency id came from, for error messages. */
  depField: Map<string, string>;
}

function scalarString(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  // js-yaml turns unquoted dates into Date objects; users mean the text they wrote.
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return null;
}

function yamlLine(err: unknown): number | undefined {
  const mark = (err as { mark?: { line?: number } }).mark;
  // js-yaml counts from 0; the text gray-matter hands it starts with the newline that ends the opening `---`.
  return typeof mark?.line === "number" ? mark.line + 1 : undefined;
}

/**
 * Synchronous on purpose: nothing else runs while docs load, and per-file promise overhead made the
 * asynchronous version several times slower on thousands of small docs (bench/plan.bench.ts).
 */
function readDoc(repoRoot: string, path: string): Result<string> {
  let fd: number | undefined;
  try {
    fd = openSync(join(repoRoot, path), "r");
    const size = fstatSync(fd).size;
    if (size > MAX_ISSUE_BYTES) {
      return fail({ code: "ISSUE_READ", file: path, message: `issue doc is ${size} bytes; the limit is ${MAX_ISSUE_BYTES} (1 MiB)`, hint: "Split it, or exclude the file from issues.paths." });
    }
    const bytes = readFileSync(fd);
    try {
      return ok(utf8.decode(bytes).replace(/^\uFEFF/, ""));
    } catch {
      return fail({ code: "ISSUE_READ", file: path, message: "issue doc is not valid UTF-8", hint: "Re-save the file as UTF-8." });
    }
  } catch (err) {
    return fail({ code: "ISSUE_READ", file: path, message: `cannot read issue doc: ${(err as Error).message}` });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function parseDoc(path: string, text: string, cfg: IssuesConfig): Result<Parsed> {
  let parsed: { data: Record<string, unknown>; content: string };
  try {
    // Options disable gray-matter's cache, which would hand out shared mutable objects.
    parsed = matter(text, {}) as unknown as typeof parsed;
  } catch (err) {
    const reason = (err as { reason?: string }).reason ?? (err as Error).message;
    return fail({ code: "ISSUE_YAML", file: path, line: yamlLine(err), message: `invalid YAML front matter: ${reason}`, hint: "Fix the YAML between the --- lines." });
  }
  const data = parsed.data ?? {};
  if (typeof data !== "object" || Array.isArray(data)) {
    return fail({ code: "ISSUE_YAML", file: path, line: 2, message: "front matter must be a YAML mapping (key: value lines)" });
  }
  const problems: Problem[] = [];
  const field = (key: string, message: string) => problems.push({ code: "ISSUE_FIELD", file: path, key, message });

  let id = basename(path, extname(path));
  const rawId = data[cfg.idField];
  if (rawId !== undefined && rawId !== null) {
    const s = typeof rawId === "string" || typeof rawId === "number" ? String(rawId) : null;
    if (s === null) field(cfg.idField, `expected a string or number, got ${JSON.stringify(rawId)}`);
    else id = s;
  }
  const badId = idProblem(id);
  if (badId) {
    const source = rawId !== undefined && rawId !== null ? `${cfg.idField} ${JSON.stringify(id)}` : `id ${JSON.stringify(id)} (from the file name)`;
    problems.push({ code: "ISSUE_ID", file: path, key: cfg.idField, message: `${source} ${badId}`, hint: "Ids become directory and branch names: use letters, digits, '.', '_' and '-'." });
  }

  const milestoneRaw = data[cfg.milestoneField];
  let milestone: string | undefined;
  if (milestoneRaw !== undefined && milestoneRaw !== null) {
    const s = scalarString(milestoneRaw);
    if (s === null) field(cfg.milestoneField, `expected a string or number, got ${JSON.stringify(milestoneRaw)}`);
    else milestone = s;
  }

  const statusRaw = data[cfg.statusField];
  let status: string | undefined;
  if (statusRaw !== undefined && statusRaw !== null) {
    const s = scalarString(statusRaw);
    if (s === null) field(cfg.statusField, `expected a string, got ${JSON.stringify(statusRaw)}`);
    else status = s;
  }

  const dependencies: string[] = [];
  const depField = new Map<string, string>();
  for (const key of cfg.dependencyFields) {
    const value = data[key];
    if (value === undefined || value === null) continue;
    const list = Array.isArray(value) ? value : [value];
    list.forEach((entry, index) => {
      const s = typeof entry === "string" || typeof entry === "number" ? String(entry).trim() : null;
      if (s === null || s === "") {
        field(Array.isArray(value) ? `${key}[${index}]` : key, `expected an issue id (string), got ${JSON.stringify(entry)}`);
        return;
      }
      if (!depField.has(s)) {
        depField.set(s, key);
        dependencies.push(s);
      }
    });
  }

  const titleRaw = data.title;
  const heading = /^#[ \t]+(.+?)[ \t#]*$/m.exec(parsed.content)?.[1];
  const title = typeof titleRaw === "string" && titleRaw.trim() !== "" ? titleRaw.trim() : (heading?.trim() ?? id);

  if (problems.length > 0) return fail(problems);
  const done = status !== undefined && cfg.doneValues.some((v) => v.toLowerCase() === status.toLowerCase());
  return ok({
    doc: { id, title, path, milestone, dependencies, status, done, frontMatter: data, body: parsed.content },
    depField,
  });
}


/**
 * Every issue doc the globs match, validated as a whole (SPEC §2): all problems are collected and
 * returned together. Docs come back in natural order of id.
 */
export async function loadIssues(repoRoot: string, cfg: IssuesConfig): Promise<Result<IssueDoc[]>> {
  const paths = (await glob(cfg.paths, { cwd: repoRoot, onlyFiles: true, dot: false, ignore: ["**/node_modules/**", "**/.git/**"], expandDirectories: false })).sort();
  if (paths.length === 0) {
    return fail({
      code: "ISSUE_GLOB",
      key: "issues.paths",
      message: `no issue doc matches ${cfg.paths.map((p) => JSON.stringify(p)).join(", ")} under ${repoRoot}`,
      hint: "Add issue docs there (see `orchestrator init`) or fix issues.paths in the config.",
    });
  }

  const problems: Problem[] = [];
  const parsed: Parsed[] = [];
  for (const path of paths) {
    const text = readDoc(repoRoot, path);
    const doc = text.ok ? parseDoc(path, text.value, cfg) : text;
    if (doc.ok) parsed.push(doc.value);
    else problems.push(...doc.problems);
  }

  const byId = new Map<string, Parsed>();
  for (const p of parsed) {
    const first = byId.get(p.doc.id);
    if (first) {
      problems.push({
        code: "ISSUE_DUPLICATE",
        file: p.doc.path,
        message: `duplicate id ${p.doc.id}: also used by ${first.doc.path}`,
        hint: "Give one of them another id.",
      });
      continue;
    }
    byId.set(p.doc.id, p);
  }
  for (const p of byId.values()) {
    for (const dep of p.doc.dependencies) {
      if (!byId.has(dep)) {
        problems.push({
          code: "ISSUE_UNKNOWN_DEPENDENCY",
          file: p.doc.path,
          key: p.depField.get(dep),
          message: `${p.doc.id} depends on ${dep}, which is no known issue`,
          hint: "Fix the id, or add the issue doc it names.",
        });
      }
    }
  }
  const graph = new Map([...byId.values()].map((p) => [p.doc.id, p.doc.dependencies.filter((d) => byId.has(d))]));
  for (const cycle of findCycles(graph)) {
    const first = byId.get(cycle[0] as string);
    problems.push({
      code: "ISSUE_CYCLE",
      file: first?.doc.path,
      message: `dependency cycle: ${[...cycle, cycle[0]].join(" -> ")}`,
      hint: "Remove one of these dependencies.",
    });
  }
  if (problems.length > 0) return fail(problems);
  return ok([...byId.values()].map((p) => p.doc).sort((a, b) => naturalCompare(a.id, b.id)));
}
