import type { ChildProcess } from "node:child_process";

export interface ChildOutput {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * A child's stdout and stderr as text, once it has exited. `onOutput` sees every chunk of either as it
 * comes; `onStdout` sees all of stdout so far, to act on a line the child printed (send a signal, say).
 */
export function collectOutput(child: ChildProcess, hooks: { onOutput?: (chunk: string) => void; onStdout?: (soFar: string) => void } = {}): Promise<ChildOutput> {
  return new Promise((resolve, reject) => {
    let stdout = "";
    let stderr = "";
    child.stdout?.setEncoding("utf8").on("data", (c: string) => {
      stdout += c;
      hooks.onOutput?.(c);
      hooks.onStdout?.(stdout);
    });
    child.stderr?.setEncoding("utf8").on("data", (c: string) => {
      stderr += c;
      hooks.onOutput?.(c);
    });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
