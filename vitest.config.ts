import { defineConfig } from "vitest/config";

// npm test: fast, no word processor. The render suite has its own config (vitest.render.config.ts).
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/render/**", "test/preview/**", "test/sea/**", "node_modules/**"],
  },
});
