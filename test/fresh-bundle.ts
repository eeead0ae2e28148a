/**
 * Vitest's global set-up: the command-line tests run the built bundle (bin/report.cjs → dist/), so
 * before any test runs, the bundle is rebuilt if a source it is made from is newer than it. A focused
 * run (`npx vitest run test/x.test.ts`) then never tests yesterday's code.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleIsFresh } from "../scripts/bundle-fresh.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

export default function setup(): void {
  if (bundleIsFresh(ROOT)) return;
  process.stderr.write("The bundle is older than its sources: npm run build …\n");
  execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT, stdio: "inherit" });
}
