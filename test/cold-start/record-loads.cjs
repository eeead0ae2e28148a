// Preloaded (node -r) by test/cold-start.test.ts: when the process exits, writes to the file named
// by REPORT_LOADS_FILE which files of dist/ it compiled and ran (bin/report.cjs reads most of them
// from dist/cli.pack, each as a vm.Script named after its file) or read, which of Node's own modules
// it loaded and which of Intl's services it made (each loads ICU data: about a tenth of a cold build).
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const dist = path.join(__dirname, "..", "..", "dist");
const compiled = new Set();
const read = new Set();
const readFileSync = fs.readFileSync;
fs.readFileSync = function (file, ...rest) {
  if (typeof file === "string" && path.dirname(file) === dist) read.add(path.basename(file));
  return readFileSync.call(this, file, ...rest);
};
const vm = require("node:vm");
vm.Script = class extends vm.Script {
  constructor(source, options) {
    super(source, options);
    if (path.dirname(String(options?.filename)) === dist) compiled.add(path.basename(options.filename));
  }
};
const intl = new Set();
for (const name of Object.getOwnPropertyNames(Intl)) {
  const service = Intl[name];
  if (typeof service !== "function") continue;
  const made = () => intl.add(name);
  Intl[name] = new Proxy(service, {
    construct: (target, args, newTarget) => (made(), Reflect.construct(target, args, newTarget)),
    apply: (target, self, args) => (made(), Reflect.apply(target, self, args)),
  });
}
process.on("exit", () => {
  const builtins = process.moduleLoadList.filter((m) => m.startsWith("NativeModule ")).map((m) => m.slice(13));
  fs.writeFileSync(
    process.env.REPORT_LOADS_FILE,
    JSON.stringify({ dist: [...compiled], read: [...read], builtins, intl: [...intl] }),
  );
});
