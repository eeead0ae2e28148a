import { defineConfig } from "vitest/config";

// npm run test:sea: the single executable (out/sea/zongjie, built by npm run sea) run as a clerk runs it.
export default defineConfig({
  test: { include: ["test/sea/**/*.test.ts"], testTimeout: 60_000, reporters: ["verbose"] },
});
