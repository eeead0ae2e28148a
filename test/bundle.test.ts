/** What scripts/build.mjs promises of the bundle it makes. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

describe("dist/report.cjs", () => {
  const bundle = readFileSync(join(ROOT, "dist", "report.cjs"), "utf8");

  it("reads none of yaml's debug switches (the build fails when its patch no longer applies)", () => {
    expect(bundle).not.toMatch(/env\.LOG_(TOKENS|STREAM)/);
    expect(bundle).toContain("yaml");
  });
});
