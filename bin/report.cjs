#!/usr/bin/env node
// The `report` command. It runs dist/report.cjs (built by `npm install`) and the files it requires
// beside it, each through a V8 code cache of its own, which roughly halves the start-up time on
// Node 20. The command line is split into files (scripts/build.mjs) so that a command loads only
// what it runs: a file is compiled and run the first time it is required. A missing, stale or
// unwritable cache only costs speed: it is rebuilt after the run where the folder can be written.
"use strict";
const { readFileSync, renameSync, rmSync, writeFileSync } = require("node:fs");
const { basename, join } = require("node:path");
const { Script } = require("node:vm");
const { Buffer } = require("node:buffer");

const dist = join(__dirname, "..", "dist");
/** The files of dist/ loaded so far, by name: each runs once, as a CommonJS module does. */
const loaded = new Map();
/** The scripts compiled without a cache (none yet, or V8 refused it), by name. */
const uncached = new Map();
/**
 * How scripts/build.mjs writes each file but the templates' (which Node's require also loads):
 * wrapped already, so V8 compiles the string as read, not a copy joined to the wrapper.
 */
const WRAPPED = "(function (exports, require, module, __filename, __dirname) { ";
/** Module.wrap, the templates' file's only need of node:module, whose loading loads Node's ES module loader too. */
const wrap = (source) => `${WRAPPED}${source}\n});`;
/** Set by src/batch/memory.ts when it changes V8's flags. */
const FLAGS_CHANGED = Symbol.for("zongjie.v8FlagsChanged");

/**
 * The files, and their caches, each come in one file of all of them (dist/cli.pack, built with the
 * rest): a build loads some thirty, and reading each and its cache on its own cost more than their
 * contents. A line of where each starts and ends, then the files. Each pack is read once, when first
 * asked; a file that is not in it is read on its own.
 */
function readPack(path) {
  try {
    const bytes = readFileSync(path);
    const newline = bytes.indexOf(10);
    const index = JSON.parse(bytes.toString("latin1", 0, newline));
    if (index === null || typeof index !== "object") throw new Error("not a pack");
    return { bytes, index, from: newline + 1 };
  } catch {
    // not built yet (the build's own first run), or no cache yet (this run makes one)
    return { bytes: Buffer.alloc(0), index: {}, from: 0 };
  }
}
const inPack = ({ bytes, index, from }, name) => {
  const at = index[name];
  return at && bytes.subarray(from + at[0], from + at[1]);
};
let sources;
let caches;
// Keyed by V8's version (process.versions is free; require("node:v8") would cost a millisecond or two).
const cacheFile = join(dist, `cli.pack.${process.versions.v8}.cache`);
/** The pack's files are in ASCII (scripts/build.mjs packs no other), so read a byte a character. */
const packedSource = (name) => inPack((sources ??= readPack(join(dist, "cli.pack"))), name)?.toString("latin1");
const packedCache = (name) => inPack((caches ??= readPack(cacheFile)), name);

function load(name) {
  const known = loaded.get(name);
  if (known) return known.exports;
  const file = join(dist, name);
  let source;
  try {
    source = packedSource(name) ?? readFileSync(file, "utf8");
  } catch {
    const command = basename(process.argv[1] || "report").replace(/\.c?js$/, "");
    process.stderr.write(`${command}: dist/${name} is missing; run \`npm install\` (or \`npm run build\`) first.\n`);
    process.exit(3);
  }
  const cachedData = packedCache(name);
  const script = new Script(source.startsWith(WRAPPED) ? source : wrap(source), { filename: file, cachedData });
  // Once a batch has changed V8's flags (src/batch/memory.ts), V8 may refuse a cache made without
  // them, and a single build one made with them: none is written from then on, or each batch and
  // each build after it would in turn find the other's refused and write it again.
  if ((!cachedData || script.cachedDataRejected) && globalThis[FLAGS_CHANGED] !== true) uncached.set(name, script);
  const module_ = { exports: {} };
  loaded.set(name, module_);
  script.runInThisContext().call(module_.exports, module_.exports, requireFrom, module_, file, dist);
  return module_.exports;
}

/** The bundle's require: its sibling files (./name.cjs) through load, anything else as Node does. */
function requireFrom(id) {
  return id.startsWith("./") ? load(id.slice(2)) : require(id);
}

/**
 * The index line padded so that the caches after it start 8 bytes aligned, as V8's caches are long
 * (a whole number of 8 bytes): V8 copies a cache that is not aligned so before it reads it.
 */
const aligned = (line) => `${line}${" ".repeat(7 - (line.length % 8))}\n`;

// After the run, so the functions the run compiled are in the caches too: the caches V8 took, and
// a new one for each file it compiled, written whole under another name, then renamed into place.
process.once("beforeExit", () => {
  if (uncached.size === 0) return;
  const blobs = [];
  for (const name of Object.keys(caches.index)) if (!uncached.has(name)) blobs.push([name, packedCache(name)]);
  for (const [name, script] of uncached) blobs.push([name, script.createCachedData()]);
  const index = {};
  let at = 0;
  for (const [name, blob] of blobs) index[name] = [at, (at += blob.length)];
  // The process's and a random part: a batch's threads share the process.
  const temporary = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([Buffer.from(aligned(JSON.stringify(index))), ...blobs.map(([, b]) => b)]));
    renameSync(temporary, cacheFile);
  } catch {
    rmSync(temporary, { force: true }); // a read-only install: the next run compiles again
  }
});
load("report.cjs");
