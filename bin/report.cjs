#!/usr/bin/env node
// The `report` command. It runs dist/report.cjs (built by `npm install`) and the files it requires
// beside it, each through a V8 code cache of its own, which roughly halves the start-up time on
// Node 20. The command line is split into files (scripts/build.mjs) so that a command loads only
// what it runs: a file is read the first time it is required. A missing, stale or unwritable cache
// only costs speed: it is rebuilt after the run where the folder can be written.
"use strict";
const { readFileSync, writeFileSync } = require("node:fs");
const { basename, join } = require("node:path");
const { Script } = require("node:vm");
const { wrap } = require("node:module");

const dist = join(__dirname, "..", "dist");
/** The files of dist/ loaded so far, by name: each runs once, as a CommonJS module does. */
const loaded = new Map();
const uncached = [];
/**
 * How scripts/build.mjs writes each file but the templates' (which Node's require also loads):
 * wrapped already, so V8 compiles the string as read, not a copy joined to the wrapper.
 */
const WRAPPED = "(function (exports, require, module, __filename, __dirname) { ";

function load(name) {
  const known = loaded.get(name);
  if (known) return known.exports;
  const file = join(dist, name);
  let source;
  try {
    source = readFileSync(file, "utf8");
  } catch {
    const command = basename(process.argv[1] || "report").replace(/\.c?js$/, "");
    process.stderr.write(`${command}: dist/${name} is missing; run \`npm install\` (or \`npm run build\`) first.\n`);
    process.exit(3);
  }
  // Keyed by V8's version (process.versions is free; require("node:v8") would cost a millisecond or two).
  const cacheFile = `${file}.${process.versions.v8}.cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // no cache yet: this run makes one
  }
  const script = new Script(source.startsWith(WRAPPED) ? source : wrap(source), { filename: file, cachedData });
  if (!cachedData || script.cachedDataRejected) uncached.push({ script, cacheFile });
  const module_ = { exports: {} };
  loaded.set(name, module_);
  script.runInThisContext().call(module_.exports, module_.exports, requireFrom, module_, file, dist);
  return module_.exports;
}

/** The bundle's require: its sibling files (./name.cjs) through load, anything else as Node does. */
function requireFrom(id) {
  return id.startsWith("./") ? load(id.slice(2)) : require(id);
}

// After the run, so the functions the run compiled are in the caches too.
process.once("beforeExit", () => {
  for (const { script, cacheFile } of uncached) {
    try {
      writeFileSync(cacheFile, script.createCachedData());
    } catch {
      // a read-only install: the next run compiles again
    }
  }
});
load("report.cjs");
