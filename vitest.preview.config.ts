import { defineConfig } from "vitest/config";

// npm run test:preview: the live preview in a real browser (Debian's Chromium, headless).
export default defineConfig({
  test: {
    // Rebuilds the bundle these tests run when a source is newer (test/fresh-bundle.ts).
    globalSetup: ["test/fresh-bundle.ts"],
    include: ["test/preview/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ["verbose"],
    // The tests share one browser page and one data file, in order.
    sequence: { concurrent: false },
  },
});
