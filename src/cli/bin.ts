import { main } from "./main";

main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  colorDepth: 1,
}).then((code) => {
  process.exitCode = code;
});
