#!/usr/bin/env node
// `npm run sea`: the single executable (Node's single executable applications) for clerks who
// cannot install Node: out/sea/zongjie (zongjie.exe on Windows), made from the built bundle and
// this machine's node. The run-time files go in as assets, scripts/sea-launcher.cjs is its script.
// Build it on the system it is for (docs/github-actions.yml builds the Windows one on windows-latest).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = join(root, "out", "sea");
const { inject } = createRequire(import.meta.url)("postject");

/** What the command reads at run time: no library entry, no types, no V8 cache (it is remade). */
const RUN_TIME = ["package.json", "bin/report.cjs"];
const RUN_TIME_FOLDERS = ["dist", "templates", "schema"];
const notRunTime = (file) => /^dist\/(index\.|types\/)|\.cache$/.test(file);

const walk = (folder) =>
  readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? walk(join(folder, entry.name))
      : [relative(root, join(root, folder, entry.name)).replaceAll("\\", "/")],
  );
const files = [...RUN_TIME, ...RUN_TIME_FOLDERS.flatMap(walk).filter((file) => !notRunTime(file))].sort();

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const sums = {};
const whole = createHash("sha256");
for (const file of files) {
  const bytes = readFileSync(join(root, file));
  sums[file] = createHash("sha256").update(bytes).digest("hex");
  whole.update(`${file}\0${sums[file]}\n`);
}
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const manifest = { version, hash: whole.digest("hex").slice(0, 16), files, sums };
writeFileSync(join(out, "manifest.json"), JSON.stringify(manifest));

const config = {
  main: join(root, "scripts", "sea-launcher.cjs"),
  output: join(out, "sea-prep.blob"),
  disableExperimentalSEAWarning: true,
  assets: {
    "manifest.json": join(out, "manifest.json"),
    ...Object.fromEntries(files.map((file) => [file, join(root, file)])),
  },
};
writeFileSync(join(out, "sea-config.json"), JSON.stringify(config, null, 2));
const made = spawnSync(process.execPath, ["--experimental-sea-config", join(out, "sea-config.json")], {
  stdio: "inherit",
});
if (made.status !== 0) process.exit(made.status ?? 1);

const executable = join(out, process.platform === "win32" ? "zongjie.exe" : "zongjie");
copyFileSync(process.execPath, executable);
chmodSync(executable, 0o755);
if (process.platform === "darwin") spawnSync("codesign", ["--remove-signature", executable], { stdio: "inherit" });
await inject(executable, "NODE_SEA_BLOB", readFileSync(config.output), {
  sentinelFuse: "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2",
  ...(process.platform === "darwin" ? { machoSegmentName: "NODE_SEA" } : {}),
});
if (process.platform === "darwin") spawnSync("codesign", ["--sign", "-", executable], { stdio: "inherit" });
rmSync(config.output);
process.stdout.write(`${relative(process.cwd(), executable)}\n`);
