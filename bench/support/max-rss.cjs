// Preloaded into a benchmarked node process (`node -r`): on exit, writes its peak RSS in bytes to
// $BENCH_RSS_FILE, so a benchmark can read a child's peak memory without platform tools.
const { writeFileSync } = require("node:fs");
const file = process.env.BENCH_RSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
