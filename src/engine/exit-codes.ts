/** SPEC §6 exit codes, shared by every door (CLI, Action, Docker, plugin shim). */
export const ExitCode = {
  /** Every selected issue passed, or there was nothing to do. */
  Ok: 0,
  /** Some issue did not pass. */
  NotPassed: 1,
  /** Usage, config or issue-doc error: nothing was run. */
  Usage: 2,
  /** SIGINT/SIGTERM: the running phase was aborted, logs flushed, run.json written. */
  Interrupted: 130,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
