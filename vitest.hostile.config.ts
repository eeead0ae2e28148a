import { defineConfig } from "vitest/config";

// npm run test:hostile: the worst-case corpus (test/hostile/), every case at the size limit through
// validate and two builds, each within its bounds of time and memory. About a minute of a two-core
// machine, so it runs in CI beside the render suite rather than in every `npm test`.
export default defineConfig({
  test: { globalSetup: ["test/fresh-bundle.ts"], include: ["test/hostile/**/*.test.ts"], testTimeout: 30_000 },
});
