import { defineConfig } from "vitest/config";

// npm run test:render: the built documents rendered by LibreOffice and measured in the PDF.
export default defineConfig({
  test: {
    globalSetup: ["test/fresh-bundle.ts"],
    include: ["test/render/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    reporters: ["verbose"],
  },
});
