/**
 * report import of files other programs made (LibreOffice here): a .doc and an .odt that
 * LibreOffice saved from a .docx report built, and a .docx LibreOffice made from a plain text —
 * each imported through the command line with its levels right, building to the same text.
 * LibreOffice opens a run-in heading's style separator as two paragraphs and saves them so, so the
 * .doc and .odt it makes show such a heading on a line of its own: the import builds to the text
 * LibreOffice itself gives for the file, with the headings still at their levels.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, fixture, runCli } from "../helpers.js";
import { missingPrerequisites } from "./tools.js";

const OUT = join(ROOT, "out", "render-import");

function soffice(args: readonly string[], input: string, infilter?: string): string {
  const profile = pathToFileURL(join(OUT, "lo-profile")).href;
  const result = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=${profile}`,
      "--headless",
      ...(infilter ? [`--infilter=${infilter}`] : []),
      ...args,
      "--outdir",
      join(OUT, "lo"),
      input,
    ],
    { encoding: "utf8", timeout: 180_000 },
  );
  if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
  return join(OUT, "lo");
}

function txtOf(yaml: string): string {
  const out = join(OUT, `${basename(yaml)}.txt`);
  const built = runCli(["build", yaml, "-o", out]);
  if (built.status !== 0) throw new Error(built.stderr);
  return readFileSync(out, "utf8");
}

/** A text's non-empty lines, without the byte-order mark LibreOffice's text export writes. */
const paragraphs = (text: string) =>
  text
    .replace(/^\uFEFF/u, "")
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter(Boolean);

function importCli(file: string): string {
  const yaml = join(OUT, `${basename(file)}.yaml`);
  const result = runCli(["import", file, "-o", yaml, "--force"]);
  if (result.status !== 0) throw new Error(result.stderr);
  return yaml;
}

beforeAll(() => {
  const missing = missingPrerequisites();
  if (missing.length > 0) throw new Error(`The import test cannot run:\n  ${missing.join("\n  ")}`);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(join(OUT, "lo"), { recursive: true });
}, 60_000);

describe("report import of files LibreOffice made", () => {
  it.each([
    ["doc", "doc:MS Word 97"],
    ["odt", "odt"],
  ])("a .%s saved by LibreOffice from report's .docx", { timeout: 240_000 }, (extension, filter) => {
    const data = fixture("shapes/d-levels.yaml");
    const docx = join(OUT, `d-levels-${extension}.docx`);
    expect(runCli(["build", data, "-o", docx]).status).toBe(0);
    const dir = soffice(["--convert-to", filter], docx);
    const converted = join(dir, `d-levels-${extension}.${extension}`);
    expect(existsSync(converted)).toBe(true);
    const yaml = importCli(converted);
    soffice(["--convert-to", "txt:Text (encoded):UTF8"], converted);
    const shown = readFileSync(join(OUT, "lo", `d-levels-${extension}.txt`), "utf8");
    expect(paragraphs(txtOf(yaml))).toEqual(paragraphs(shown));
    const back = parse(readFileSync(yaml, "utf8")) as { parts: { items: { items: { heading: string }[] }[] }[] };
    expect(back.parts[0]?.items[0]?.items.map((i) => i.heading)).toEqual(["抓学习。", "抓培训。", "抓考核。"]);
  });

  it("a .docx LibreOffice made from a plain text", { timeout: 240_000 }, () => {
    const text = join(OUT, "street-2022.txt");
    copyFileSync(fixture("import/street-2022.txt"), text);
    const dir = soffice(["--convert-to", "docx:MS Word 2007 XML"], text, "Text (encoded):UTF8,LF,,");
    const yaml = importCli(join(dir, "street-2022.docx"));
    expect(txtOf(yaml)).toBe(readFileSync(text, "utf8"));
    const back = parse(readFileSync(yaml, "utf8")) as {
      parts: { heading: string; items: { heading: string; points?: string[] }[] }[];
    };
    expect(back.parts.map((p) => p.heading)).toEqual(["{{年度}}年重点工作成效和特色亮点工作"]);
    expect(back.parts[0]?.items.map((i) => i.heading)).toEqual(["党建引领持续深化。", "经济发展稳中向好。"]);
    expect(back.parts[0]?.items[0]?.points).toHaveLength(3);
  });
});
