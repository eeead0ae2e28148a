// Whether dist/ was built after every file it is built from. `npm install` builds it (the prepare
// script), and in a clone `npx report`'s first run runs prepare once more: a second full build,
// for nothing. The tests' set-up (test/fresh-bundle.ts) asks the same before it rebuilds.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const SOURCES = ["src", "templates", "scripts", "package.json", "package-lock.json"];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** dist/cli.pack is the build's last file: a build that stopped half-way has none, or an older one. */
export function bundleIsFresh(root) {
  const last = join(root, "dist", "cli.pack");
  if (!existsSync(last)) return false;
  const built = statSync(last).mtimeMs;
  return SOURCES.every((source) => !existsSync(join(root, source)) || newest(join(root, source)) <= built);
}
