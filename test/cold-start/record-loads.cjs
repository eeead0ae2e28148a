// Preloaded (node -r) by test/cold-start.test.ts: when the process exits, writes to the file named
// by REPORT_LOADS_FILE which files of dist/ it read and which of Node's own modules it loaded.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const dist = path.join(__dirname, "..", "..", "dist");
const read = new Set();
const readFileSync = fs.readFileSync;
fs.readFileSync = function (file, ...rest) {
  if (typeof file === "string" && path.dirname(file) === dist) read.add(path.basename(file));
  return readFileSync.call(this, file, ...rest);
};
process.on("exit", () => {
  const builtins = process.moduleLoadList.filter((m) => m.startsWith("NativeModule ")).map((m) => m.slice(13));
  fs.writeFileSync(process.env.REPORT_LOADS_FILE, JSON.stringify({ dist: [...read], builtins }));
});
