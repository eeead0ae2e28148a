#!/usr/bin/env node
// npm's prepare script: builds dist/ (scripts/build.mjs) in a clone, and before `npm pack`.
// A tarball or the registry's package ships dist/ built and never runs this. A clone installed by
// path (`npm install -g ./report`, or as a dependency `npm install ../report`) does run it, in the
// clone, before npm has installed the clone's development dependencies, which the build needs
// (esbuild, TypeScript): so it installs them there first from the lockfile, the way npm itself does
// for a package installed from git. Nothing else is fetched, and nothing at all once they are there.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { bundleIsFresh } from "./bundle-fresh.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const canBuild = () => {
  try {
    createRequire(import.meta.url).resolve("esbuild");
    return true;
  } catch {
    return false;
  }
};

// Not the settings of the install that runs this (`-g`, its prefix): this is the clone's own install.
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^npm_config_(global|prefix|location|omit|include|production)$/i.test(key),
  ),
);
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit", shell: false });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

// Built already, after every source (`npx report` in a clone runs prepare again): nothing to do.
if (bundleIsFresh(root)) process.exit(0);

if (!canBuild()) {
  process.stderr.write("zongjie: installing the build's tools into this folder first (npm ci --include=dev)\n");
  const npm = process.env.npm_execpath;
  const args = ["ci", "--include=dev", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline"];
  if (npm && /\.[cm]?js$/.test(npm)) run(process.execPath, [npm, ...args]);
  else run(process.platform === "win32" ? "npm.cmd" : "npm", args);
}
run(process.execPath, ["scripts/build.mjs"]);
