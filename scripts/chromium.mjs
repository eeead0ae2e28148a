// Debian's Chromium (apt-get install chromium), headless, through playwright-core, with a fresh
// profile and everything that would call home switched off: the one way the preview test and its
// benchmark start a browser. No browser is ever downloaded (never `npx playwright install`).
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Why the browser cannot be started here, or undefined. */
export function missingChromium() {
  return existsSync(CHROMIUM) ? undefined : `${CHROMIUM} not found: apt-get install -y chromium`;
}

/** A persistent context in a new empty profile folder; `options` are playwright's (a viewport, say). */
export function launchChromium(options = {}) {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "report-chromium-")), {
    executablePath: CHROMIUM,
    headless: true,
    ...options,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
