import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { errorMessage, fail, ok, type Result } from "../errors";

/** How long the proxy may take to listen before the run gives up (it starts in milliseconds). */
const START_TIMEOUT_MS = 10_000;
const STOP_GRACE_MS = 2_000;
const MAX_STDERR = 4096;

export interface KeyProxy {
  /** `base_url` for a codex provider that reaches the upstream through the proxy. */
  baseUrl: string;
  stop(): Promise<void>;
}

const TARGETS: Record<string, string> = {
  "linux x64": "x86_64-unknown-linux-musl",
  "linux arm64": "aarch64-unknown-linux-musl",
  "darwin x64": "x86_64-apple-darwin",
  "darwin arm64": "aarch64-apple-darwin",
};

/**
 * The codex executable the runner will start: `runner.codexPath`, else the binary of the installed
 * `@openai/codex` package (where the SDK finds it), else `codex` on PATH.
 */
export function codexExecutable(codexPath: string | undefined): string {
  if (codexPath) return codexPath;
  const target = TARGETS[`${process.platform} ${process.arch}`];
  try {
    const require = createRequire(import.meta.url);
    const codexPackage = require.resolve("@openai/codex/package.json");
    const platformPackage = createRequire(codexPackage).resolve(`@openai/codex-${process.platform}-${process.arch}/package.json`);
    if (target) return join(dirname(platformPackage), "vendor", target, "bin", "codex");
  } catch {
    // Not installed beside the engine (the plugin bundle): PATH.
  }
  return "codex";
}

/**
 * Starts `codex responses-api-proxy` (shipped inside the codex binary) in its own process group with the
 * key on its stdin: it alone holds the key and forwards `POST /v1/responses` to `upstream` with
 * `Authorization: Bearer <key>`. Stopped by `stop()`, and with the engine's process if that exits first.
 */
export async function startKeyProxy(executable: string, upstream: string, key: string, env: Record<string, string>): Promise<Result<KeyProxy>> {
  const dir = mkdtempSync(join(tmpdir(), "orchestrator-proxy-"));
  const infoFile = join(dir, "server-info.json");
  const child = spawn(executable, ["responses-api-proxy", "--upstream-url", upstream, "--server-info", infoFile], {
    detached: true,
    env,
    stdio: ["pipe", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (c: string) => {
    if (stderr.length < MAX_STDERR) stderr += c;
  });
  let exited = false;
  let spawnError: Error | null = null;
  const exitedPromise = new Promise<void>((resolve) => child.on("close", () => ((exited = true), resolve())));
  child.on("error", (err) => (spawnError = err));
  const killGroup = (signal: NodeJS.Signals) => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  // A forced exit (second Ctrl-C) skips the run's cleanup; the proxy must not outlive the engine.
  const onExit = () => killGroup("SIGKILL");
  process.on("exit", onExit);
  const stop = async () => {
    process.off("exit", onExit);
    killGroup("SIGTERM");
    const timer = setTimeout(() => killGroup("SIGKILL"), STOP_GRACE_MS);
    await exitedPromise;
    clearTimeout(timer);
    rmSync(dir, { recursive: true, force: true });
  };
  child.stdin?.on("error", () => undefined);
  child.stdin?.end(key);

  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline && !exited && !spawnError) {
    try {
      const info = JSON.parse(readFileSync(infoFile, "utf8")) as { port?: unknown };
      if (typeof info.port === "number") return ok({ baseUrl: `http://127.0.0.1:${info.port}/v1`, stop });
    } catch {
      // Not written yet.
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  await stop();
  const why = spawnError ? errorMessage(spawnError) : exited ? `it exited: ${stderr.trim() || "no output"}` : `it did not listen within ${START_TIMEOUT_MS / 1000} s`;
  return fail({
    code: "RUNNER_START",
    message: `cannot start the model key proxy (\`${executable} responses-api-proxy\`): ${why}`,
    hint: "The proxy ships inside the codex binary (codex 0.40 or newer); check runner.codexPath.",
  });
}
