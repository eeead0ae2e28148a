// The single executable's own script (Node's single executable applications, scripts/sea.mjs).
// The executable carries the package's run-time files (the bundle, the Word kits, the templates,
// the schema) as assets. On its first start it writes them into a folder of the user's cache named
// after their hash, once, and from then on runs the package from there, as the npm-installed
// command runs it: the same bundle, the same files, so the same bytes. Node's own built-ins only.
"use strict";
const { createHash, randomBytes } = require("node:crypto");
const { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { homedir, tmpdir } = require("node:os");
const { dirname, join } = require("node:path");
const sea = require("node:sea");

const manifest = JSON.parse(sea.getAsset("manifest.json", "utf8"));

function cacheRoot() {
  if (process.platform === "win32" && process.env.LOCALAPPDATA) return process.env.LOCALAPPDATA;
  if (process.env.XDG_CACHE_HOME) return process.env.XDG_CACHE_HOME;
  try {
    return join(homedir(), process.platform === "darwin" ? "Library/Caches" : ".cache");
  } catch {
    return tmpdir();
  }
}

/** The package's files, unpacked once per version and content; a half-written folder is never used. */
function unpacked() {
  const folder = join(cacheRoot(), "zongjie", `${manifest.version}-${manifest.hash}`);
  if (existsSync(join(folder, "package.json"))) return folder;
  const partial = `${folder}.${randomBytes(6).toString("hex")}.partial`;
  for (const file of manifest.files) {
    const bytes = new Uint8Array(sea.getAsset(file));
    if (createHash("sha256").update(bytes).digest("hex") !== manifest.sums[file])
      throw new Error(`the executable is damaged (${file}); download it again`);
    mkdirSync(dirname(join(partial, file)), { recursive: true });
    writeFileSync(join(partial, file), bytes);
  }
  try {
    renameSync(partial, folder);
  } catch (error) {
    // Another start unpacked the same files first: use theirs.
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(join(folder, "package.json"))) throw error;
  }
  return folder;
}

let folder;
try {
  folder = unpacked();
} catch (error) {
  process.stderr.write(`zongjie: cannot unpack its files into ${cacheRoot()}: ${error.message}\n`);
  process.exit(3);
}
const bin = join(folder, "bin", "report.cjs");
createRequire(bin)(bin);
