#!/usr/bin/env node
// npm run test:ooxml: every Word file the tests build — each data file and fixture that builds,
// draft and final, in every font profile (test/fixtures/numbering/word-numbering.yaml: headings
// numbered by Word, numbering.xml), and builds with each reference Word file of
// test/fixtures/reference/ — checked by Microsoft's Open XML validator
// (../shared/tools/ooxml-validate, Open XML SDK on Mono) against Office 2007, 2010 and 2013.
// Exit 0 only when every file has 0 errors. OOXML_VALIDATE names another copy of the validator.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const validator = process.env.OOXML_VALIDATE ?? join(root, "..", "shared", "tools", "ooxml-validate", "ooxml-validate");
if (!existsSync(validator)) {
  console.error(`test:ooxml: the validator is not at ${validator} (the shared/ folder must sit beside the repository)`);
  process.exit(2);
}

const yamlIn = (dir) =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => join(dir, name));
const inputs = [
  ...yamlIn("data"),
  ...yamlIn("test/fixtures"),
  ...yamlIn("test/fixtures/warnings"),
  ...yamlIn("test/fixtures/numbering"),
];
const profiles = ["standard", "windows", "macos"];
const out = mkdtempSync(join(tmpdir(), "report-ooxml-"));
const built = [];
for (const input of inputs) {
  for (const fonts of profiles) {
    for (const final of [false, true]) {
      const name = `${input.replace(/[/.]/g, "_")}.${fonts}.${final ? "final" : "draft"}.docx`;
      const args = ["bin/report.cjs", "build", input, "-o", join(out, name), "--fonts", fonts];
      const result = spawnSync(process.execPath, final ? [...args, "--final"] : args, { cwd: root, encoding: "utf8" });
      // A final build refuses a file whose figures are still blank: there is no final file to check.
      if (result.status === 0) built.push(join(out, name));
      else if (!final) {
        console.error(`test:ooxml: ${input} (${fonts}, draft) did not build:\n${result.stderr}`);
        process.exit(1);
      }
    }
  }
}
// The office's own Word files as templates (build --reference): each with a draft and a final, and
// the frame's fixture with a reference that has no letterhead of its own.
const references = readdirSync(join(root, "test/fixtures/reference")).filter(
  (name) => /\.(docx|dotx)$/.test(name) && name !== "external-link.docx",
);
const withReference = [
  ...references.flatMap((ref) => [
    ["data/2020.yaml", ref, false],
    ["test/fixtures/2020-filled.yaml", ref, true],
  ]),
  ["test/fixtures/frame-report.yaml", "letter-page.docx", false],
];
for (const [input, ref, final] of withReference) {
  const name = `${input.replace(/[/.]/g, "_")}.reference-${ref.replace(/\W/g, "_")}.${final ? "final" : "draft"}.docx`;
  const args = [
    "bin/report.cjs",
    "build",
    input,
    "-o",
    join(out, name),
    "--reference",
    join("test/fixtures/reference", ref),
  ];
  const result = spawnSync(process.execPath, final ? [...args, "--final"] : args, { cwd: root, encoding: "utf8" });
  if (result.status !== 0) {
    console.error(`test:ooxml: ${input} with --reference ${ref} did not build:\n${result.stderr}`);
    process.exit(1);
  }
  built.push(join(out, name));
}
console.log(
  `test:ooxml: ${built.length} files from ${inputs.length} data files, ${profiles.join("/")}, draft and final, and ${withReference.length} with --reference`,
);
const result = spawnSync(validator, built, { encoding: "utf8" });
const report = `${result.stdout}${result.stderr}`;
const errors = [...report.matchAll(/^### (.+) \[(Office\d+)\]: (\d+) error/gm)].filter((m) => m[3] !== "0");
for (const [line] of errors) console.error(line);
if (result.status !== 0 || errors.length > 0) {
  console.error(report.replaceAll(out + "/", ""));
  process.exit(1);
}
const checks = (report.match(/^### /gm) ?? []).length;
console.log(`test:ooxml: ${checks} checks (${built.length} files × Office 2007/2010/2013), 0 errors`);
rmSync(out, { recursive: true, force: true });
