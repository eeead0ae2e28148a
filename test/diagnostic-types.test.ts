/**
 * Diagnostics are typed by the catalogue: `npm test` runs tsc over this file, and each
 * `@ts-expect-error` below fails the build if the mistake under it ever compiles again.
 */
import { describe, expect, it } from "vitest";
import { diagnostic, type Diagnostic } from "../src/errors.js";
import { describe as describeMessage } from "../src/messages/catalogue.js";

describe("a diagnostic's parameters", () => {
  it("are the ones its message names, checked when it is made", () => {
    const right = diagnostic("unknownKey", { key: "titel", suggestion: "title" }, { file: "a.yaml" });
    // @ts-expect-error: a misspelt parameter (kee for key)
    diagnostic("unknownKey", { kee: "titel", suggestion: "title" });
    // @ts-expect-error: a missing parameter
    diagnostic("fileNotFound", {});
    // @ts-expect-error: a code the catalogue does not have
    diagnostic("unknwonKey", { key: "titel", suggestion: "title" });
    // @ts-expect-error: a literal pairs its code with another code's parameters
    const mismatched: Diagnostic = { code: "fileNotFound", severity: "error", params: { key: "x", suggestion: "y" } };

    expect(describeMessage("en", right).message).toBe("Unknown field `titel`");
    expect(mismatched.code).toBe("fileNotFound");
  });
});
