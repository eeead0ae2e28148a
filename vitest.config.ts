import { defineConfig } from "vitest/config";

// npm test: fast, no word processor. The render suite and the worst-case corpus have their own configs
// (vitest.render.config.ts, vitest.hostile.config.ts).
// The command-line tests run the bundle: test/fresh-bundle.ts rebuilds it first when a source is newer.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/render/**", "test/preview/**", "test/sea/**", "test/hostile/**", "node_modules/**"],
    globalSetup: ["test/fresh-bundle.ts"],
    // Most tests start the command as a process: on a busy two-core machine a few of them in one test
    // pass vitest's 5 s default without anything being wrong. A test with a bound of its own says so.
    testTimeout: 30_000,
  },
});
