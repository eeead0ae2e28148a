/** What scripts/build.mjs promises of the bundle it makes. */
import { describe, expect, it } from "vitest";
import { cliBundle } from "./helpers.js";

describe("dist/report.cjs and its files", () => {
  const bundle = cliBundle();

  it("reads none of yaml's debug switches (the build fails when its patch no longer applies)", () => {
    expect(bundle).not.toMatch(/env\.LOG_(TOKENS|STREAM)/);
    expect(bundle).toContain("yaml");
  });
});
