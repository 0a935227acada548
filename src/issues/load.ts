import { basename, extname } from "node:path";
import { glob } from "tinyglobby";
import type { OrchestratorConfig } from "../config/types";
import { fail, ok, type Problem, type Result } from "../errors";
import { describeRefusal, RepoFiles } from "../fs/read-bounded";
import { findCycles } from "./cycles";
import { parseFrontMatter } from "./front-matter";
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

interface Parsed {
  doc: IssueDoc;
  /** Dependency field each dependency id came from, for error messages. */
  depField: Map<string, string>;
}

function readDoc(files: RepoFiles, path: string): Result<string> {
  const read = files.read(path, MAX_ISSUE_BYTES);
  if (read.ok) return ok(read.text);
  const { message, hint } = describeRefusal(read.refusal, "the issue doc");
  const fix = read.refusal.kind === "too-large" ? "Split it, or exclude the file from issues.paths." : hint;
  return fail(fix === undefined ? { code: "ISSUE_READ", file: path, message } : { code: "ISSUE_READ", file: path, message, hint: fix });
}

function parseDoc(path: string, text: string, cfg: IssuesConfig): Result<Parsed> {
  const parsed = parseFrontMatter(text);
  if (!parsed.ok) {
    const { message, line, hint } = parsed.error;
    return fail({ code: "ISSUE_YAML", file: path, message, ...(line === undefined ? {} : { line }), ...(hint === undefined ? {} : { hint }) });
  }
  const { data, body } = parsed.value;
  const problems: Problem[] = [];
  const field = (key: string, message: string) => problems.push({ code: "ISSUE_FIELD", file: path, key, message });

  // Own keys only: `constructor` or `toString` as a field name must not find Object.prototype's.
  const at = (key: string) => (Object.hasOwn(data, key) ? data[key] : undefined);
  /** A scalar field as the text written; undefined when absent or null, reported when a list or mapping. */
  const scalar = (key: string): string | undefined => {
    const value = at(key);
    if (value === undefined || value === null) return undefined;
    if (typeof value === "string") return value;
    field(key, `expected a single value, got ${JSON.stringify(value)}`);
    return undefined;
  };

  const rawId = scalar(cfg.idField);
  const id = rawId ?? basename(path, extname(path));
  const badId = idProblem(id);
  if (badId) {
    const source = rawId !== undefined ? `${cfg.idField} ${JSON.stringify(id)}` : `id ${JSON.stringify(id)} (from the file name)`;
    problems.push({ code: "ISSUE_ID", file: path, key: cfg.idField, message: `${source} ${badId}`, hint: "Ids become directory and branch names: use letters, digits, '.', '_' and '-'." });
  }
  const milestone = scalar(cfg.milestoneField);
  const status = scalar(cfg.statusField);

  const dependencies: string[] = [];
  const depField = new Map<string, string>();
  for (const key of cfg.dependencyFields) {
    const value = at(key);
    if (value === undefined || value === null) continue;
    const list = Array.isArray(value) ? value : [value];
    list.forEach((entry, index) => {
      const s = typeof entry === "string" ? entry.trim() : null;
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

  const titleRaw = at("title");
  const heading = /^#[ \t]+(.+?)[ \t#]*$/m.exec(body)?.[1];
  const title = typeof titleRaw === "string" && titleRaw.trim() !== "" ? titleRaw.trim() : (heading?.trim() ?? id);

  if (problems.length > 0) return fail(problems);
  const done = status !== undefined && cfg.doneValues.some((v) => v.toLowerCase() === status.toLowerCase());
  return ok({
    doc: { id, title, path, milestone, dependencies, status, done, frontMatter: data, body },
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
  const files = new RepoFiles(repoRoot);
  for (const path of paths) {
    const text = readDoc(files, path);
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
