/** codex runs commands as `/bin/bash -lc '<cmd>'`; show what the agent asked for. */
export function displayCommand(command: string): string {
  const single = /^\S*\/(?:ba|z)?sh -l?c '(.*)'$/s.exec(command);
  if (single) return (single[1] as string).replace(/'\\''/g, "'");
  const double = /^\S*\/(?:ba|z)?sh -l?c "(.*)"$/s.exec(command);
  return double ? (double[1] as string).replace(/\\(["\\$`])/g, "$1") : command;
}
