import { run } from "./run";

// The Action's entry (`dist/action.js`): the only place it decides how the process ends.
run({ env: process.env, stdout: process.stdout, exit: (code) => process.exit(code) }).then((code) => {
  process.exitCode = code;
});
