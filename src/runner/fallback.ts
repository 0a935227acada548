import type { Runner, RunnerOutcome, RunnerRequest } from "./types";

/**
 * `runner.fallback`: the primary runner until it cannot start at all (module or binary missing), then the
 * fallback for that phase and every later one. A primary that started and failed is never retried on the
 * fallback: that would redo the agent's work.
 */
export function withFallback(primary: Runner, fallback: Runner, onSwitch: (why: string) => void): Runner {
  let active = primary;
  return {
    get kind() {
      return active.kind;
    },
    async run(request: RunnerRequest): Promise<RunnerOutcome> {
      const outcome = await active.run(request);
      if (active === fallback || outcome.error?.code !== "RUNNER_START" || request.signal.aborted) return outcome;
      active = fallback;
      onSwitch(`${primary.kind} runner could not start (${outcome.error.message}); using the ${fallback.kind} fallback from now on`);
      return active.run(request);
    },
  };
}
