#!/usr/bin/env node
// `npm test`: type check, then the whole vitest suite, then one plain "N passed, N failed" line.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const run = (cmd, args) => spawnSync(cmd, args, { stdio: "inherit" }).status ?? 1;

if (run("npx", ["tsc", "--noEmit"]) !== 0) {
  console.error("type check failed");
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), "orchestrator-test-report-"));
const report = join(dir, "vitest.json");
const status = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)]);
try {
  const r = JSON.parse(readFileSync(report, "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}`);
} catch {
  console.log("0 passed, 1 failed");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(status);
