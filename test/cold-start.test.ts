/**
 * A cold `report build` loads only what a build needs (issue 24): the command line is split into
 * files (scripts/build.mjs), every command is loaded in its action, and this test runs a real build
 * and looks at what it read. It fails when code a build never runs is imported statically on the
 * build's path: another command (preview, fix, init, schema, validate, or any command added later),
 * the preview's server, the fix, the scaffold, the PDF writer, the JSON Schema, the zip library,
 * Handlebars' compiler.
 */
import { spawnSync } from "node:child_process";
import Module from "node:module";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

interface CliFile {
  readonly imports: readonly { readonly file: string; readonly kind: string }[];
  readonly inputs: readonly string[];
}
/** What each file of dist/ holds, as esbuild's metafile says (written by scripts/build.mjs). */
const files = JSON.parse(readFileSync(join(ROOT, "dist", "cli-files.json"), "utf8")) as Record<string, CliFile>;

/** Source a plain build must never load: every command but build, and what only those load. */
const commands = readdirSync(join(ROOT, "src", "cli", "commands"))
  .filter((name) => name.endsWith(".ts") && !["build.ts", "checks-off.ts"].includes(name))
  .map((name) => `src/cli/commands/${name}`);
const neverInABuild = [
  ...commands,
  "src/preview/",
  "src/fix/",
  "src/init/",
  "src/import/",
  "src/reference/",
  "src/start/",
  "src/write/pdf.ts",
  "src/validate/json-schema.ts",
  // The glob library: an argument with no glob character is a path (src/batch/inputs.ts).
  "node_modules/tinyglobby/",
  "node_modules/picomatch/",
  "node_modules/fdir/",
  // The zip library: a plain build's parts come deflated in the kit; fflate.cjs is loaded on first call.
  "node_modules/fflate/",
  // Handlebars' compiler and parser: the shipped templates come compiled, plain `{{…}}` is read
  // without the parser (src/summary/prose-syntax.ts); handlebars.cjs is loaded on first use.
  "node_modules/handlebars/dist/cjs/handlebars.js",
  "node_modules/handlebars/dist/cjs/handlebars/compiler/",
];
/** The default of preview's --port, which the command line's help prints: a constant, read by all. */
const optionDefaults = ["src/preview/port.ts"];
const unneededIn = (inputs: readonly string[]) =>
  inputs.filter((input) => !optionDefaults.includes(input) && neverInABuild.some((prefix) => input.startsWith(prefix)));

/**
 * Node's modules for servers, processes and threads: a single build starts none. Nor the terminal's
 * and the network's modules that Node's process.stderr loads for a pipe, nor node:os: the console is
 * written directly where it is a pipe (src/cli/output.ts), and only a batch asks how many cores there
 * are. Nor node:zlib and the streams under it (the zip's CRC-32 is src/write/docx/crc32.ts), nor
 * node:module, which loads Node's ES module loader (the command line requires Node's modules itself).
 */
const builtinsNeverLoaded = [
  ...["http", "https", "child_process", "worker_threads", "v8", "crypto", "readline"],
  ...["tty", "net", "os", "zlib", "stream", "module"],
];

const scratch = mkdtempSync(join(tmpdir(), "report-cold-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Loads {
  /** The files of dist/ compiled and run. */
  readonly dist: string[];
  /** The files of dist/ read. */
  readonly read: string[];
  readonly builtins: string[];
  readonly intl: string[];
}

function loadsOf(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Loads {
  const loadsFile = join(scratch, "loads.json");
  const result = spawnSync(
    process.execPath,
    ["-r", join(ROOT, "test", "cold-start", "record-loads.cjs"), join(ROOT, "bin", "report.cjs"), ...args],
    // stderr a pipe, as in CI and in `npm run bench`.
    { cwd: scratch, env: { ...env, REPORT_LOADS_FILE: loadsFile }, stdio: ["ignore", "ignore", "pipe"] },
  );
  expect(result.status, result.stderr.toString()).toBe(0);
  return JSON.parse(readFileSync(loadsFile, "utf8")) as Loads;
}

/** The source files in the dist/ files a run read. */
const inputsOf = (dist: readonly string[]) =>
  dist.filter((name) => name in files).flatMap((name) => files[name]?.inputs ?? []);

describe("a cold build", () => {
  const loads = loadsOf(["build", join(ROOT, "data", "2020.yaml"), "-o", join(scratch, "2020.docx")]);
  const inputs = inputsOf(loads.dist);

  it("loads the build's own code", () => {
    expect(inputs).toContain("src/cli/commands/build.ts");
    expect(inputs).toContain("src/write/docx/kit/replay.ts");
  });

  it("loads no other command and nothing only another command needs", () => {
    expect(unneededIn(inputs)).toEqual([]);
  });

  it("starts no server, process or thread, loads no stream for its console, leaves node:v8 and node:os to batches", () => {
    expect(loads.builtins.filter((name) => builtinsNeverLoaded.includes(name))).toEqual([]);
  });

  it("reads them from one file, and their caches from another", () => {
    expect(loads.read.sort()).toEqual(["cli.pack", `cli.pack.${process.versions.v8}.cache`]);
  });

  it("reads its files as bin/report.cjs compiles them best: in ASCII (the Word kits too), and the command line's already wrapped", () => {
    expect(loads.dist.length).toBeGreaterThan(10);
    for (const name of loads.dist.filter((name) => name.endsWith(".cjs"))) {
      const text = readFileSync(join(ROOT, "dist", name), "latin1");
      // One character outside ASCII made V8 decode the whole file and keep it two bytes a character.
      expect(/[^\x00-\x7f]/.exec(text)?.index, name).toBeUndefined();
      // Wrapped at each start, each file was copied into one string with the wrapper.
      if (name in files) expect(text.startsWith(Module.wrap("\0").split("\0")[0] ?? "?"), name).toBe(true);
    }
    // The Word kits, read whole by each build, likewise.
    for (const name of readdirSync(join(ROOT, "dist", "docx-kit")))
      expect(
        /[^\x00-\x7f]/.exec(readFileSync(join(ROOT, "dist", "docx-kit", name), "latin1"))?.index,
        name,
      ).toBeUndefined();
  });

  it("makes no Intl service, with or without a locale variable (a title of one line needs no words)", () => {
    const { LANG, LC_ALL, LC_MESSAGES, ...unset } = process.env;
    void [LANG, LC_ALL, LC_MESSAGES];
    const bare = loadsOf(["build", join(ROOT, "data", "2020.yaml"), "-o", join(scratch, "bare.docx")], unset);
    expect([...loads.intl, ...(process.platform === "win32" ? [] : bare.intl)]).toEqual([]);
  });
});

describe("the split", () => {
  // Statically reachable from the entry: what every run of the command line loads.
  const reached = new Set<string>();
  const visit = (name: string) => {
    if (reached.has(name)) return;
    reached.add(name);
    for (const i of files[name]?.imports ?? []) if (i.kind === "import-statement") visit(i.file);
  };
  visit("report.cjs");
  const statically = [...reached].flatMap((name) => files[name]?.inputs ?? []);

  it("puts every command but build behind an import() that only its action runs", () => {
    expect(unneededIn(statically)).toEqual([]);
    expect(statically).not.toContain("src/cli/commands/build.ts");
  });

  it("leaves the pipeline to the commands that run it: --version, --help and wrong usage load none of it", () => {
    const pipeline = [
      "src/pipeline.ts",
      "src/batch/job.ts",
      "node_modules/yaml/",
      "node_modules/zod/",
      "node_modules/handlebars/",
    ];
    expect(statically.filter((input) => pipeline.some((prefix) => input.startsWith(prefix)))).toEqual([]);
  });

  it("loads the preview's server only for report preview, the scaffold only for report init", () => {
    const loads = loadsOf(["init", join(scratch, "2021.yaml"), "--year", "2021"]);
    const inputs = inputsOf(loads.dist);
    expect(inputs).toContain("src/cli/commands/init.ts");
    expect(unneededIn(inputs).filter((input) => input.startsWith("src/preview/"))).toEqual([]);
  });
});
