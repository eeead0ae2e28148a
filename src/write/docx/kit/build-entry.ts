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
    // In ASCII, the fonts' Chinese names as \u escapes: read at each cold build, it is then decoded
    // and parsed a byte a character, not two.
    const json = JSON.stringify(await makeKit(fonts, final)).replace(
      /[^\x00-\x7f]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
    );
    writeFileSync(join(dir, kitFileName(fonts, final)), json);
  }
}
