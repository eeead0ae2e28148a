/**
 * Build time only (scripts/build.mjs runs it): writes the kit of every font profile, draft and
 * final, into the folder given as the first argument.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FONT_PROFILE_NAMES } from "../../layout/fonts.js";
import { kitFileName } from "./kit.js";
import { makeKit } from "./make-kit.js";

const dir = process.argv[2];
if (!dir) throw new Error("usage: build-entry <output folder>");
mkdirSync(dir, { recursive: true });
for (const fonts of FONT_PROFILE_NAMES) {
  for (const final of [false, true]) {
    writeFileSync(join(dir, kitFileName(fonts, final)), JSON.stringify(await makeKit(fonts, final)));
  }
}
