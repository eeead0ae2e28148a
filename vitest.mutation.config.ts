import { defineConfig } from "vitest/config";

// npm run test:mutation: the tests that call the sources in-process (a mutant in src/ can only be
// caught by a test that runs src/, not by one that spawns the bundled command).
export default defineConfig({
  test: {
    // Mutants run beside other work; a slow machine is not a failed test.
    testTimeout: 60_000,
    include: [
      "test/render-stage.test.ts",
      "test/lines.test.ts",
      "test/comparisons.test.ts",
      "test/layout-units.test.ts",
      "test/writing-check.test.ts",
      "test/writing-fix.property.test.ts",
      "test/xml-legal.test.ts",
      "test/hostile-text.test.ts",
    ],
  },
});
