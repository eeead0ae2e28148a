#!/usr/bin/env node
// The `report` command. It runs dist/report.cjs (built by `npm install`) through a V8 code cache
// kept beside it, which roughly halves the start-up time on Node 20. A missing, stale or unwritable
// cache only costs speed: it is rebuilt after the run where the folder can be written.
"use strict";
const { readFileSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { Script } = require("node:vm");
const { wrap } = require("node:module");

const bundle = join(__dirname, "..", "dist", "report.cjs");
// Keyed by V8's version (process.versions is free; require("node:v8") would cost a millisecond or two).
const cacheFile = `${bundle}.${process.versions.v8}.cache`;

let source;
try {
  source = readFileSync(bundle, "utf8");
} catch {
  const name = require("node:path")
    .basename(process.argv[1] || "report")
    .replace(/\.c?js$/, "");
  process.stderr.write(`${name}: dist/report.cjs is missing; run \`npm install\` (or \`npm run build\`) first.\n`);
  process.exit(3);
}
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // no cache yet: this run makes one
}

const script = new Script(wrap(source), { filename: bundle, cachedData });
if (!cachedData || script.cachedDataRejected) {
  // After the run, so the functions the run compiled are in the cache too.
  process.once("beforeExit", () => {
    try {
      writeFileSync(cacheFile, script.createCachedData());
    } catch {
      // a read-only install: the next run compiles again
    }
  });
}
const module_ = { exports: {} };
script.runInThisContext().call(module_.exports, module_.exports, require, module_, bundle, join(bundle, ".."));
