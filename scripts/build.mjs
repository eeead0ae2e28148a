#!/usr/bin/env node
// Builds dist/report.cjs: the whole CLI in one CommonJS file, so a cold start reads and compiles
// one file instead of resolving hundreds of modules, and bin/report.cjs can load it through a V8
// code cache (Node 20 has no built-in compile cache). Then one real build "trains" that cache.
// Run by `npm install` (the prepare script) and by `npm test`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";

const root = new URL("..", import.meta.url).pathname;
rmSync(join(root, "dist"), { recursive: true, force: true });

await build({
  entryPoints: [join(root, "src/cli/run.ts")],
  outfile: join(root, "dist/report.cjs"),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // import.meta.url does not exist in CommonJS; this is the same URL for the bundle's own file.
  define: { "import.meta.url": "__bundleUrl" },
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  legalComments: "linked",
  logLevel: "warning",
});

const scratch = mkdtempSync(join(tmpdir(), "report-build-"));
const training = spawnSync(
  process.execPath,
  [join(root, "bin/report.cjs"), "build", join(root, "data/2020.yaml"), "-o", join(scratch, "2020.docx")],
  { encoding: "utf8" },
);
rmSync(scratch, { recursive: true, force: true });
if (training.status !== 0) {
  process.stderr.write(training.stderr);
  process.exit(training.status ?? 1);
}
