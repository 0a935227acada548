import { main } from "./main";

// The CLI's and the Docker image's entry (`dist/cli.js`): the only place it decides how the process ends.
main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  colorDepth: 1,
  exit: (code) => process.exit(code),
}).then((code) => {
  process.exitCode = code;
});
