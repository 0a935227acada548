// Vitest global setup of the suites that run the built files (dist/cli.js, dist/action.js, the plugin's
// engine): they test src/ as it is now, not the last `npm run build`.
// @ts-expect-error -- plain ESM build script without type declarations
import { syncFiles } from "../../scripts/build.mjs";

export default async function setup(): Promise<void> {
  const changed = (await syncFiles()) as string[];
  if (changed.length > 0) console.log(`global setup: rebuilt ${changed.length} generated file(s) from src/`);
}
