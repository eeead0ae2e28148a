// Preloaded (node -r) by test/code-cache.test.ts: when the process exits, writes to the file named by
// REPORT_UNCACHED_FILE the files bin/report.cjs compiled without a code cache (none given, or V8
// refused the one given).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const uncached = [];
vm.Script = class extends vm.Script {
  constructor(source, options) {
    super(source, options);
    if (!options?.cachedData || this.cachedDataRejected) uncached.push(path.basename(String(options?.filename)));
  }
};
process.on("exit", () => fs.writeFileSync(process.env.REPORT_UNCACHED_FILE, JSON.stringify(uncached)));
