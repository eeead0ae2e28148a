/**
 * The package as somebody else gets it: packed (as `npm pack` makes it from the built tree), then
 * installed with npm into an empty prefix (`npm install -g`) and into an empty project made as
 * `npm init` makes one, where no development dependency exists. The command then runs from another
 * folder and names itself as installed; the library loads by `import` and by `require`, and
 * docs/library.md's example runs from it. npm is asked to use its cache first (--prefer-offline):
 * the runtime dependencies are those this repository's own install fetched.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { COMMAND_NAMES, INSTALLED_COMMAND } from "../src/command-name.js";
import { ROOT, runCli, tempDir } from "./helpers.js";

const npmCli = process.env.npm_execpath && /\.[cm]?js$/.test(process.env.npm_execpath) ? process.env.npm_execpath : "";
function npm(args: readonly string[], cwd: string): string {
  const [command, argv] = npmCli ? [process.execPath, [npmCli, ...args]] : ["npm", args];
  return execFileSync(command, argv, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" },
  });
}
const install = ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"];

let tarball = "";
beforeAll(() => {
  const folder = tempDir();
  // The tree is built (npm test builds first); --ignore-scripts so packing does not rebuild it.
  const [packed] = JSON.parse(npm(["pack", "--ignore-scripts", "--json", "--pack-destination", folder], ROOT)) as {
    filename: string;
    files: { path: string }[];
  }[];
  tarball = join(folder, packed!.filename);
}, 120_000);

const env = { ...process.env, LANG: "C.UTF-8", LC_ALL: "", NO_COLOR: "1", SOURCE_DATE_EPOCH: "" };
const data2020 = join(ROOT, "data", "2020.yaml");

describe("the package", () => {
  it("is named as its command, and its bin names are the ones the messages know", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      name: string;
      bin: Record<string, string>;
    };
    expect(manifest.name).toBe(INSTALLED_COMMAND);
    expect(Object.keys(manifest.bin)).toEqual([...COMMAND_NAMES]);
    for (const [name, file] of Object.entries(manifest.bin)) expect(file).toBe(`bin/${name}.cjs`);
  });

  it("ships what runs and no V8 cache", () => {
    const listed = execFileSync("tar", ["tzf", tarball], { encoding: "utf8" }).split("\n");
    for (const file of ["bin/zongjie.cjs", "bin/report.cjs", "dist/report.cjs", "dist/index.js", "dist/index.cjs"])
      expect(listed).toContain(`package/${file}`);
    expect(listed.filter((f) => f.endsWith(".cache"))).toEqual([]);
    expect(listed.filter((f) => f.startsWith("package/src/") || f.startsWith("package/test/"))).toEqual([]);
  });

  it("installs into an empty prefix; the command runs from another folder and builds the same bytes", () => {
    const prefix = tempDir();
    npm([...install, "--global", "--prefix", prefix, tarball], tempDir());
    const bin = process.platform === "win32" ? prefix : join(prefix, "bin");
    expect(existsSync(join(bin, "zongjie"))).toBe(true);
    const elsewhere = tempDir();
    const run = (args: string[]) => spawnSync(join(bin, "zongjie"), args, { cwd: elsewhere, env, encoding: "utf8" });
    const built = run(["build", data2020, "-o", "2020.docx"]);
    expect(built.stderr + built.stdout).toContain("2020.docx");
    expect(built.status).toBe(0);
    const mine = join(tempDir(), "2020.docx");
    expect(runCli(["build", data2020, "-o", mine], { env: { SOURCE_DATE_EPOCH: "" } }).status).toBe(0);
    expect(readFileSync(join(elsewhere, "2020.docx")).equals(readFileSync(mine))).toBe(true);
    // Its messages name the command as installed.
    const wrong = run(["biuld"]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("run `zongjie --help`");
    expect(wrong.stderr).not.toContain("report");
  }, 180_000);

  it("installs into an empty project without development dependencies; import, require and the docs' example work", () => {
    const project = tempDir();
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "office-scripts", version: "1.0.0" }));
    npm([...install, tarball], project);
    const installed = readdirSync(join(project, "node_modules"));
    for (const dev of ["esbuild", "typescript", "vitest"]) expect(installed).not.toContain(dev);

    const node = (file: string, source: string) => {
      writeFileSync(join(project, file), source);
      return spawnSync(process.execPath, [file], { cwd: project, encoding: "utf8" });
    };
    const use = (load: string) => `${load}
const report = createReport();
const result = await report.build({ path: ${JSON.stringify(join(ROOT, "data", "2021.yaml"))} }, { format: "txt" });
console.log(result.ok, new TextDecoder().decode(result.bytes).split("\\n")[0]);
const wrong = await report.build({ text: "year: 2021\\n" }, { format: "html" });
console.log(wrong.ok, wrong.diagnostics[0].code);`;
    const expected = "true 2021年北坦街道工作总结\nfalse optionWrongValue\n";
    const imported = node("imported.mjs", use('import { createReport } from "zongjie";'));
    expect(imported.stderr).toBe("");
    expect(imported.stdout).toBe(expected);
    const required = node(
      "required.cjs",
      `(async () => { ${use('const { createReport } = require("zongjie");')} })();`,
    );
    expect(required.stderr).toBe("");
    expect(required.stdout).toBe(expected);
    // A project `npm init` made is CommonJS: a plain .js file that requires the package.
    const plain = node("plain.js", 'console.log(typeof require("zongjie").createReport);');
    expect(plain.stdout).toBe("function\n");

    const docs = readFileSync(join(ROOT, "docs", "library.md"), "utf8");
    const example = /```js\n([\s\S]*?)```/.exec(docs.slice(docs.indexOf("<!-- the library example")))?.[1];
    const ran = node("example.mjs", example ?? "");
    expect(ran.stderr).toBe("");
    expect(ran.stdout.split("\n")[0]).toBe("2021年工作总结");

    // Its types, for import and for require, as a TypeScript project of the office's reads them.
    writeFileSync(
      join(project, "typed.cts"),
      'import zongjie = require("zongjie");\nconst report: zongjie.Report = zongjie.createReport();\nvoid report.build({ text: "" }, { format: "pdf" }).then((r: zongjie.Result) => r.ok);\n',
    );
    writeFileSync(
      join(project, "typed.mts"),
      'import { createReport, type Result } from "zongjie";\nconst r: Result = await createReport().build({ path: "x.yaml" }, { fonts: "windows" });\nexport const ok: boolean = r.ok;\n',
    );
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { module: "node16", strict: true, noEmit: true, target: "es2022", types: [] },
        files: ["typed.cts", "typed.mts"],
      }),
    );
    const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
    const typed = spawnSync(process.execPath, [tsc, "-p", project], { encoding: "utf8" });
    expect(typed.stdout).toBe("");
    expect(typed.status).toBe(0);
  }, 180_000);
});
