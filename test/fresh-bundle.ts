/**
 * Vitest's global set-up: the command-line tests run the built bundle (bin/report.cjs → dist/), so
 * before any test runs, the bundle is rebuilt if a source it is made from is newer than it. A focused
 * run (`npx vitest run test/x.test.ts`) then never tests yesterday's code.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BUNDLE = join(ROOT, "dist", "report.cjs");
const SOURCES = ["src", "templates", "scripts/build.mjs", "scripts/ascii-regexps.mjs", "package.json"];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export default function setup(): void {
  const built = existsSync(BUNDLE) ? statSync(BUNDLE).mtimeMs : 0;
  if (Math.max(...SOURCES.map((source) => newest(join(ROOT, source)))) <= built) return;
  process.stderr.write("The bundle is older than its sources: npm run build …\n");
  execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT, stdio: "inherit" });
}
