import { ExitCode } from "../engine/exit-codes";

export interface Interrupt {
  signal: AbortSignal;
  dispose(): void;
}

/**
 * The one signal handler of every door: SIGINT/SIGTERM abort the running phase (reason "interrupt") so logs
 * and run.json are written; a second signal exits at once for a user who will not wait. `say` tells the user
 * which of the two happened; `exit` is the door's entry file's (only an entry file ends the process).
 */
export function abortOnSignals(say: (line: string) => void, exit: (code: number) => void): Interrupt {
  const controller = new AbortController();
  let signals = 0;
  const onSignal = (name: NodeJS.Signals) => {
    signals += 1;
    if (signals > 1) {
      say(`${name} again: exiting without waiting for the phase to stop`);
      exit(ExitCode.Interrupted);
      return;
    }
    say(`${name}: stopping the running phase, writing logs… (again to force)`);
    controller.abort("interrupt");
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    signal: controller.signal,
    dispose() {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}
