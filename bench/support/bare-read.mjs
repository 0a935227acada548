// Baseline for the plan benchmark: find every .md file under a directory and read it, nothing else
// (synchronous reads: the fastest plain way for many small files).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
const dir = process.argv[2];
const files = readdirSync(dir, { recursive: true }).filter((f) => f.endsWith(".md"));
let bytes = 0;
for (const f of files) bytes += readFileSync(join(dir, f)).length;
console.log(JSON.stringify({ files: files.length, bytes }));
