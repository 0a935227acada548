import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [
    {
      // Bundled prompt templates are imported as text, as esbuild's `text` loader does for dist/.
      name: "markdown-as-text",
      enforce: "pre",
      load(id) {
        if (id.endsWith(".md")) return `export default ${JSON.stringify(readFileSync(id, "utf8"))};`;
        return null;
      },
    },
  ],
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Real git and real codex processes on two cores: keep file-level parallelism modest.
    maxWorkers: 2,
    pool: "forks",
    // `include` lives in the projects only: with `extends: true` a root `include` would be added to each.
    projects: [
      // src/ imported directly: nothing to build first.
      { extends: true, test: { name: "unit", include: ["test/unit/**/*.test.ts"] } },
      // Everything else runs the built files: the build runs once first (only when one of these files runs).
      // No `exclude` here: it would replace the one `--exclude` gives on the command line.
      { extends: true, test: { name: "built", include: ["test/{e2e,integration,action,plugin,docker}/**/*.test.ts"], globalSetup: ["test/support/build-dist.ts"] } },
    ],
  },
});
