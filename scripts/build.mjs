#!/usr/bin/env node
// Builds what the command runs, into dist/:
// - docx-kit/: the docx library's XML for every kind of paragraph and run, per font profile, draft
//   and final (src/write/docx/kit); builds replay it instead of running the library per file.
// - report.cjs: the whole CLI in one CommonJS file, so a cold start reads and compiles one file
//   instead of resolving hundreds of modules, and bin/report.cjs can load it through a V8 code
//   cache (Node 20 has no built-in compile cache). One real build then "trains" that cache.
// - default-templates.cjs: the shipped templates/*.hbs compiled by Handlebars ahead of time, each
//   beside its text (a build uses one only while the file still has that text): compiling them took
//   a cold build about as long as all the rest of rendering.
// Run by `npm install` (the prepare script) and by `npm test`.
import { fileURLToPath, pathToFileURL } from "node:url";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import Module from "node:module";
import { basename, join } from "node:path";
import { build, transform } from "esbuild";
import Handlebars from "handlebars";
import { asciiRegExps } from "./ascii-regexps.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
const scratch = mkdtempSync(join(tmpdir(), "report-build-"));
rmSync(dist, { recursive: true, force: true });

const run = (args) => {
  const result = spawnSync(process.execPath, args, { encoding: "utf8" });
  if (result.status !== 0) {
    process.stderr.write(result.stderr);
    process.exit(result.status ?? 1);
  }
};
/**
 * yaml as its ES module build (the package's `browser` files: the same sources, compiled to ES
 * modules), where Node's condition picks its CommonJS one. esbuild can leave out of an ES module
 * what nothing imports (the stringifier, the visitors…), about a fifth of yaml's code, which every
 * cold build would read. And it has none of the CommonJS build's debugging switches: that one
 * reads process.env.LOG_TOKENS at every token it parses (a call into the C++ environment each time).
 * A release that moves the file stops the build (esbuild cannot resolve the alias).
 */
const yamlAsEsModule = { yaml: join(root, "node_modules/yaml/browser/dist/index.js") };

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  legalComments: "linked",
  logLevel: "warning",
  alias: yamlAsEsModule,
};

/**
 * Code the command never runs, left out of the bundle because every cold start reads it: Zod's
 * error messages in 40 languages (ours are in src/messages; Zod's English stays as its default),
 * and the source-map library Handlebars only uses for templates compiled with a source name.
 */
const unused = {
  name: "unused",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: "zod-locales", namespace: "unused" } : undefined,
    );
    build.onResolve({ filter: /^source-map$/ }, () => ({ path: "source-map", namespace: "unused" }));
    build.onLoad({ filter: /^zod-locales$/, namespace: "unused" }, () => ({
      contents: 'export { default as en } from "zod/v4/locales/en.js";',
      resolveDir: root,
    }));
    build.onLoad({ filter: /^source-map$/, namespace: "unused" }, () => ({ contents: "module.exports = {};" }));
    // fflate's Node entry requires worker_threads at load, for its asynchronous functions, which
    // report never calls: its browser entry is the same code without that (the one difference).
    build.onResolve({ filter: /^fflate$/ }, () => ({ path: join(root, "node_modules/fflate/esm/browser.js") }));
    // Chalk works out at load whether the terminal takes colours (loading node:tty, and with it
    // node:net and the streams), for its default instances, which report never uses: its palettes
    // are made with the level src/cli/output.ts decides. Its browser entry only looks for a browser.
    build.onResolve({ filter: /^#supports-color$/ }, (args) =>
      /[\\/]node_modules[\\/]chalk[\\/]/.test(args.importer)
        ? { path: join(root, "node_modules/chalk/source/vendor/supports-color/browser.js") }
        : undefined,
    );
    // Commander loads child_process (and with it net and dgram) at start-up for executable
    // subcommands, which report has none of: load it only if it is ever used.
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
        ? { path: "child_process", namespace: "lazy" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "lazy" }, (args) => ({
      contents: `module.exports = new Proxy({}, { get: (_, key) => require("node:${args.path}")[key] });`,
    }));
  },
};

/**
 * fflate computes two 32,768-entry tables when it loads (bit reversals, and the codes of DEFLATE's
 * distances), in loops that run cold in the interpreter: a tenth of what a cold build adds to
 * node's own start-up. They are worked out here, by fflate's own statements run once, and written
 * into the bundle as their bytes (the bundle is built where it runs: npm install, or the executable's
 * build). Should a release of fflate write them otherwise, the build stops rather than lose the gain.
 */
const fflateTables = {
  name: "fflate-tables",
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]fflate[\\/]esm[\\/]browser\.js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      const distances = "var _b = freb(fdeb, 0), fd = _b.b, revfd = _b.r;\n";
      const reversals = /var rev = new u16\(32768\);\nfor \(var i = 0; i < 32768; \+\+i\) \{\n[^}]*\n\}\n/.exec(source);
      const from = source.indexOf("var u8 = Uint8Array, u16 = Uint16Array, i32 = Int32Array;");
      const at = source.indexOf(distances);
      if (from < 0 || at < 0 || !reversals || reversals.index < at)
        throw new Error(`fflate-tables: fflate's tables are not computed as expected in ${args.path}`);
      const until = reversals.index + reversals[0].length;
      const tables = new Function(`${source.slice(from, until)}; return { fd, revfd, rev };`)();
      const bytes = (table) =>
        JSON.stringify(Buffer.from(table.buffer, table.byteOffset, table.byteLength).toString("base64"));
      const table = (name, type) => `${name} = __table(${bytes(tables[name])}, ${type})`;
      const contents =
        source.slice(0, at) +
        'var __table = function (base64, Type) { var b = Buffer.from(base64, "base64"); return new Type(b.buffer.slice(b.byteOffset, b.byteOffset + b.length)); };\n' +
        `var ${table("fd", "u16")}, ${table("revfd", "i32")};\n` +
        source.slice(at + distances.length, reversals.index) +
        `var ${table("rev", "u16")};\n` +
        source.slice(until);
      return { contents, loader: "js" };
    });
  },
};

/** In the command line, our imports (from src/) of what `filter` matches get the module `contents` instead. */
const standIn = (name, filter, contents) => ({
  name,
  setup(build) {
    build.onResolve({ filter }, (args) =>
      args.importer.startsWith(join(root, "src")) ? { path: name, namespace: name } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: name }, () => ({ contents }));
  },
});

/**
 * A library a plain build never calls, loaded on first use: its stand-in's `exports` call `real()`,
 * which requires the library's own file (an entry of its own, <name>.cjs) the first time.
 */
const loadedOnFirstUse = (name, exports) =>
  standIn(
    `lazy-${name}`,
    new RegExp(`^${name}$`),
    `let loaded; const real = () => (loaded ??= require("./${name}.cjs"));\n${exports}`,
  );

/**
 * fflate: a plain build never deflates or unzips (its parts come deflated in the kit), yet reading
 * fflate's file and its tables cost every cold start. The stand-in has a function of each name
 * fflate exports as one; importing any other name stops the build.
 */
const fflateNames = Object.entries(await import("fflate"))
  .filter(([, value]) => typeof value === "function")
  .map(([name]) => name);
const lazyFflate = loadedOnFirstUse(
  "fflate",
  fflateNames
    .map(
      (name) =>
        `export function ${name}(...args) { return new.target ? new (real().${name})(...args) : real().${name}(...args); }`,
    )
    .join("\n"),
);

/**
 * Handlebars' compiler and parser: a build runs the shipped templates, compiled at install, on
 * Handlebars' runtime (src/render/template.ts), and reads plain `{{…}}` itself
 * (src/summary/prose-syntax.ts). Only a template of the user's own, or a reference written
 * otherwise, needs the whole library, which the stand-in loads when first asked for anything.
 */
const lazyHandlebars = loadedOnFirstUse(
  "handlebars",
  "export default new Proxy({}, { get: (_, key) => real().default[key] });",
);

/**
 * The shipped templates' compiled file, required by the command line as one of its own files
 * (src/render/default-templates-file.ts): through its code cache, not compiled again at each start.
 */
const defaultTemplatesFile = standIn(
  "default-templates-file",
  /[\\/]default-templates-file\.js$/,
  'export const requireDefaultTemplates = () => require("./default-templates.cjs");',
);

/**
 * Node's own modules loaded on first use (src/node-module.ts) by the CommonJS require the command
 * line's files are given: createRequire would load node:module, and with it Node's ES module loader.
 */
const nodeModuleByRequire = standIn(
  "node-module",
  /[\\/]node-module\.js$/,
  "export const nodeModule = (name) => require(name);",
);

await build({
  ...common,
  entryPoints: [join(root, "src/write/docx/kit/build-entry.ts")],
  outfile: join(scratch, "kits.mjs"),
  format: "esm",
  legalComments: "none",
});
run([join(scratch, "kits.mjs"), join(dist, "docx-kit")]);

// The options src/render/template.ts compiles with; it uses a precompiled template only when they match.
// (precompile adds its defaults to the object it is given: it gets a copy.)
const compileOptions = { strict: true, noEscape: false };
const templates = readdirSync(join(root, "templates"))
  .filter((name) => name.endsWith(".hbs"))
  .map((name) => {
    const text = readFileSync(join(root, "templates", name), "utf8");
    return `${JSON.stringify(name)}: { text: ${JSON.stringify(text)}, spec: ${Handlebars.precompile(text, { ...compileOptions })} }`;
  });
mkdirSync(dist, { recursive: true });
// In ASCII (esbuild escapes the templates' Chinese), so it is read as one byte a character. Node's
// require loads it in the library, bin/report.cjs in the command line, so it is left unwrapped.
writeFileSync(
  join(dist, "default-templates.cjs"),
  (
    await transform(
      `module.exports = { compileOptions: ${JSON.stringify(compileOptions)}, templates: { ${templates.join(",\n")} } };\n`,
      { loader: "js" },
    )
  ).code,
);

// GB2312 as a bitset, worked out here once from the runtime's GB18030 decoder (src/gb2312.ts) and
// written into the bundles, so that no cold start opens that decoder.
await build({
  ...common,
  entryPoints: [join(root, "src/gb2312.ts")],
  outfile: join(scratch, "gb2312.mjs"),
  format: "esm",
});
const { computeGb2312Bits } = await import(pathToFileURL(join(scratch, "gb2312.mjs")).href);
const gb2312 = { GB2312_BITS: JSON.stringify(Buffer.from(computeGb2312Bits()).toString("base64")) };

// The command line, split (esbuild's code splitting) into the entry, the code a build runs, and
// a file for each thing a command loads with `await import()`: a build never reads the preview,
// fix, init, PDF or schema code. esbuild splits only ES modules, and bin/report.cjs loads CommonJS
// through V8's code cache (a vm.Script), so each file is then converted to CommonJS, its import()s
// into require()s of its sibling files.
/** import.meta.url in the CommonJS files, as a getter (see below). */
const bundleUrl = 'const __bundle = { get url() { return require("node:url").pathToFileURL(__filename).href; } };';

const split = await build({
  ...common,
  entryPoints: {
    report: join(root, "src/cli/run.ts"),
    fflate: join(root, "node_modules/fflate/esm/browser.js"),
    handlebars: join(root, "node_modules/handlebars/lib/index.js"),
  },
  outdir: dist,
  format: "esm",
  splitting: true,
  chunkNames: "cli-[name]-[hash]",
  outExtension: { ".js": ".cjs" },
  write: false,
  metafile: true,
  plugins: [lazyFflate, lazyHandlebars, defaultTemplatesFile, nodeModuleByRequire, unused, fflateTables],
  external: ["./fflate.cjs", "./handlebars.cjs", "./default-templates.cjs"],
  define: gb2312,
});
for (const file of split.outputFiles) {
  if (!file.path.endsWith(".cjs")) {
    writeFileSync(file.path, file.contents);
    continue;
  }
  const { code } = await transform(file.text, {
    format: "cjs",
    loader: "js",
    target: "node20",
    // import() becomes require(): the bundle runs in a vm.Script, which has no dynamic import.
    supported: { "dynamic-import": false },
    minify: process.env.REPORT_BUILD_MINIFY !== "0",
    // import.meta.url does not exist in CommonJS; this is the same URL for the file itself, worked
    // out when a file asks for it (few do), not in each of the twenty files a build loads.
    define: { "import.meta.url": "__bundle.url", "import.meta.dirname": "__dirname" },
    banner: bundleUrl,
  });
  // Written as bin/report.cjs runs it, inside CommonJS's function: V8 then compiles the file's own
  // string, where wrapping it at each start made a copy of every file joined to the wrapper.
  writeFileSync(file.path, Module.wrap(asciiRegExps(code)));
}
// What each file of the command line holds, for test/cold-start.test.ts (and for anyone asking why
// a build loads what it loads): the metafile's outputs, keyed by file name.
writeFileSync(
  join(dist, "cli-files.json"),
  `${JSON.stringify(
    Object.fromEntries(
      Object.entries(split.metafile.outputs)
        .filter(([path]) => path.endsWith(".cjs"))
        .map(([path, output]) => [
          basename(path),
          {
            imports: output.imports.filter((i) => !i.external).map((i) => ({ file: basename(i.path), kind: i.kind })),
            inputs: Object.keys(output.inputs).sort(),
          },
        ]),
    ),
    null,
    1,
  )}\n`,
);

// The library (`import { createReport } from "report"`): an ES module of its own, without the CLI,
// and its types, declared by the compiler from the sources.
await build({
  ...common,
  entryPoints: [join(root, "src/api.ts")],
  outfile: join(dist, "index.js"),
  format: "esm",
  plugins: [unused, fflateTables],
  define: gb2312,
  // Bundled CommonJS (handlebars, commander's lazy child_process) still calls require.
  banner: {
    js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
  },
});
// The same library for `require("zongjie")`: CommonJS programs (and `npm init`'s default) load it
// without an import() of their own.
await build({
  ...common,
  entryPoints: [join(root, "src/api.ts")],
  outfile: join(dist, "index.cjs"),
  format: "cjs",
  plugins: [unused, fflateTables],
  define: { "import.meta.url": "__bundle.url", "import.meta.dirname": "__dirname", ...gb2312 },
  banner: { js: bundleUrl },
});
run([
  join(root, "node_modules/typescript/bin/tsc"),
  ...[
    "-p",
    join(root, "tsconfig.build.json"),
    "--declaration",
    "--emitDeclarationOnly",
    "--outDir",
    join(dist, "types"),
  ],
]);

// Types for `require`: the declarations are ES modules (the package's type), which a CommonJS
// program's TypeScript may read only through import types with resolution-mode "import"; this file
// names each of api.d.ts's exports that way.
{
  const declared = readFileSync(join(dist, "types", "api.d.ts"), "utf8");
  const types = new Set();
  for (const [, list] of declared.matchAll(/^export type \{([^}]*)\}/gm))
    for (const name of list.split(",")) if (name.trim()) types.add(name.trim());
  for (const [, name] of declared.matchAll(/^export (?:type|interface) (\w+)/gm)) types.add(name);
  const values = [...declared.matchAll(/^export declare function (\w+)/gm)].map(([, name]) => name);
  const api = 'import("./types/api.js", { with: { "resolution-mode": "import" } })';
  writeFileSync(
    join(dist, "index.d.cts"),
    [
      `type Api = typeof ${api};`,
      ...values.map((name) => `export declare const ${name}: Api["${name}"];`),
      ...[...types].map((name) => `export type ${name} = ${api}.${name};`),
      "",
    ].join("\n"),
  );
}
run([join(root, "bin/report.cjs"), "build", join(root, "data/2020.yaml"), "-o", join(scratch, "2020.docx")]);
rmSync(scratch, { recursive: true, force: true });

// The files that build loaded (those its run put in the caches' pack), in one file: bin/report.cjs
// reads it once, not each file and its cache on its own. A line of where each starts and ends, then
// the files. Only files in ASCII, which bin/report.cjs reads a byte a character (all of a build's
// are: test/cold-start.test.ts). Every other file, and any a later run needs, is read on its own.
{
  const caches = readFileSync(join(dist, `cli.pack.${process.versions.v8}.cache`));
  const loaded = Object.keys(JSON.parse(caches.toString("latin1", 0, caches.indexOf(10))));
  const index = {};
  const texts = [];
  let at = 0;
  for (const name of loaded.sort()) {
    const text = readFileSync(join(dist, name), "latin1");
    if (/[^\x00-\x7f]/.test(text)) continue;
    index[name] = [at, (at += text.length)];
    texts.push(text);
  }
  writeFileSync(join(dist, "cli.pack"), `${JSON.stringify(index)}\n${texts.join("")}`, "latin1");
}
