import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config";
import type { OrchestratorConfig } from "../../src/config/types";
import { Worktrees } from "../../src/git";
import { git, makeRepo } from "../support/fixture-repo";
import { useCleanups } from "../support/run-setup";

const cleanup = useCleanups();
const TOKEN = "push-token-value-0123456789abcdef";
const BASIC = `basic ${Buffer.from(`x-access-token:${TOKEN}`).toString("base64")}`;

/**
 * git's smart HTTP protocol on 127.0.0.1 (`git http-backend` as CGI): a push is accepted only with the
 * token's basic header, and every Authorization header that arrives is recorded.
 */
async function gitHttpServer(projectRoot: string): Promise<{ url: string; authorizations: (string | null)[]; close: () => Promise<void> }> {
  const authorizations: (string | null)[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const auth = req.headers.authorization ?? null;
      authorizations.push(auth);
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const pushing = url.searchParams.get("service") === "git-receive-pack" || url.pathname.endsWith("/git-receive-pack");
      if (pushing && auth?.toLowerCase() !== BASIC.toLowerCase()) {
        res.writeHead(401, { "www-authenticate": 'Basic realm="git"' });
        res.end();
        return;
      }
      const body = Buffer.concat(chunks);
      const cgi = spawn("git", ["http-backend"], {
        env: {
          PATH: process.env.PATH,
          GIT_PROJECT_ROOT: projectRoot,
          GIT_HTTP_EXPORT_ALL: "1",
          REQUEST_METHOD: req.method ?? "GET",
          PATH_INFO: url.pathname,
          QUERY_STRING: url.search.slice(1),
          CONTENT_TYPE: req.headers["content-type"] ?? "",
          CONTENT_LENGTH: String(body.length),
          HTTP_CONTENT_ENCODING: req.headers["content-encoding"] ?? "",
          GIT_PROTOCOL: String(req.headers["git-protocol"] ?? ""),
          ...(pushing ? { REMOTE_USER: "x-access-token" } : {}),
        },
      });
      const out: Buffer[] = [];
      cgi.stdout.on("data", (c: Buffer) => out.push(c));
      cgi.on("close", () => {
        const all = Buffer.concat(out);
        const split = all.indexOf("\r\n\r\n");
        const head = all.subarray(0, split).toString("utf8");
        const headers: Record<string, string> = {};
        let status = 200;
        for (const line of head.split("\r\n")) {
          const [name, ...rest] = line.split(":");
          const value = rest.join(":").trim();
          if (name?.toLowerCase() === "status") status = Number.parseInt(value, 10);
          else if (name) headers[name] = value;
        }
        res.writeHead(status, headers);
        res.end(all.subarray(split + 4));
      });
      cgi.stdin.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, authorizations, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const config = (): OrchestratorConfig => structuredClone(DEFAULT_CONFIG) as OrchestratorConfig;

describe("the push authenticates with the token through its own environment only", () => {
  it("an http(s) origin gets the token's basic header on the push, never in a config file; without it the push is refused", async () => {
    const root = realpathSync(mkdtempSync(join(tmpdir(), "git-http-")));
    cleanup(() => rmSync(root, { recursive: true, force: true }));
    git(root, "init", "-q", "--bare", "origin.git");
    const http = await gitHttpServer(root);
    cleanup(() => http.close());
    const repo = makeRepo();
    cleanup(() => repo.cleanup());
    git(repo.dir, "remote", "add", "origin", `${http.url}/origin.git`);
    // What actions/checkout leaves with persist-credentials on: a stale header of its own. The push must
    // replace it, not send two Authorization headers.
    git(repo.dir, "config", `http.${http.url}/.extraheader`, "AUTHORIZATION: basic c3RhbGU6c3RhbGU=");
    const configBefore = readFileSync(join(repo.dir, ".git/config"), "utf8");

    const open = async (pushToken?: string) => {
      const opened = await Worktrees.open({ repoRoot: repo.dir, config: config(), pushToken });
      if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
      return opened.value;
    };
    const withToken = await open(TOKEN);
    const path = join(repo.dir, ".orchestrator/worktrees/H-1");
    const created = await withToken.create({ id: "H-1", base: "HEAD", mergeBranches: [] });
    expect(created.ok).toBe(true);
    repo.write(".orchestrator/worktrees/H-1/h.txt", "h\n");
    expect((await withToken.commit(path, "orchestrator(H-1): dev #1")).ok).toBe(true);

    // Without the token the server refuses the push (and git may not prompt).
    const without = await open();
    const refused = await without.push(path, "orchestrator/H-1");
    expect(refused.ok).toBe(false);
    expect(http.authorizations.filter((a) => a !== null)).toEqual(http.authorizations.filter((a) => a !== null).map(() => "AUTHORIZATION: basic c3RhbGU6c3RhbGU=".slice(15)));
    const seenBefore = http.authorizations.length;

    const pushed = await withToken.push(path, "orchestrator/H-1");
    expect(pushed.ok, JSON.stringify(pushed)).toBe(true);
    expect(git(join(root, "origin.git"), "rev-parse", "orchestrator/H-1")).toBe(git(repo.dir, "rev-parse", "orchestrator/H-1"));
    const sent = http.authorizations.slice(seenBefore);
    expect(sent.length).toBeGreaterThan(0);
    // One header per request, the token's: the stale one was cleared for this call.
    expect(sent.every((a) => a === BASIC)).toBe(true);

    // Nothing written to the repository's or the worktree's config.
    expect(readFileSync(join(repo.dir, ".git/config"), "utf8")).toBe(configBefore);
    expect(git(repo.dir, "config", "-l", "--show-origin")).not.toMatch(/x-access-token|cHVzaC10b2tlbi/i);
    // Every other engine git call's environment is free of it.
    const env = await withToken.guard.environment(path);
    expect(env.ok && JSON.stringify(env.value)).not.toContain(BASIC.split(" ")[1]);
  }, 60_000);
});
