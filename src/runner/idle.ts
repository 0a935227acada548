import type { Runner, ThreadEvent } from "./types";

/**
 * Bounded outages (SPEC §3): a turn whose model endpoint stops answering ends as a runner error naming the
 * endpoint after `idleMs` without progress, instead of at runner.phaseTimeoutMinutes. Progress is any
 * thread event except codex's own error reports (its "Reconnecting…" retries must not keep a dead endpoint
 * alive). While a command or tool call the agent started is running, the agent is busy, not waiting on the
 * model: the clock stops until it ends.
 */
export function withIdleTimeout(runner: Runner, idleMs: number, endpoint: string): Runner {
  return {
    get kind() {
      return runner.kind;
    },
    async run(request) {
      const controller = new AbortController();
      const forward = () => controller.abort(request.signal.reason);
      if (request.signal.aborted) forward();
      request.signal.addEventListener("abort", forward, { once: true });
      const busy = new Set<string>();
      let timer: NodeJS.Timeout | undefined;
      let idled = false;
      const arm = () => {
        clearTimeout(timer);
        if (busy.size > 0) return;
        timer = setTimeout(() => {
          idled = true;
          controller.abort("idle");
        }, idleMs);
      };
      const see = (event: ThreadEvent) => {
        if (event.type === "item.started" && (event.item.type === "command_execution" || event.item.type === "mcp_tool_call")) busy.add(event.item.id);
        if (event.type === "item.completed") busy.delete(event.item.id);
        const progress = event.type !== "error" && !(event.type.startsWith("item.") && "item" in event && event.item.type === "error");
        if (progress) arm();
        request.onEvent(event);
      };
      arm();
      try {
        const outcome = await runner.run({ ...request, signal: controller.signal, onEvent: see });
        if (!idled || request.signal.aborted) return outcome;
        const minutes = Math.round((idleMs / 60_000) * 100) / 100;
        return { ...outcome, error: { code: "RUNNER", message: `the model endpoint ${endpoint} gave no answer for ${minutes} min (runner.idleTimeoutMinutes); the phase was stopped` } };
      } finally {
        clearTimeout(timer);
        request.signal.removeEventListener("abort", forward);
      }
    },
  };
}
