/** Shared by the tests: run the real command, and read a .docx back. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DOMParser, type Document } from "@xmldom/xmldom";
import { decode } from "../src/load/decode.js";
import { parseSource } from "../src/load/source-file.js";
import { checkSource, type Checked } from "../src/pipeline.js";
import type { ValidateOptions } from "../src/validate/validate.js";
import { strFromU8, unzipSync } from "fflate";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const fixture = (name: string) => join(ROOT, "test", "fixtures", name);
export const tempDir = () => mkdtempSync(join(tmpdir(), "report-test-"));

/** The command line as npm run build bundled it: dist/report.cjs and the files it is split into. */
export const cliBundle = (): string =>
  readdirSync(join(ROOT, "dist"))
    .filter((name) => name === "report.cjs" || /^cli-.*\.cjs$/.test(name))
    .map((name) => readFileSync(join(ROOT, "dist", name), "utf8"))
    .join("\n");

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs bin/report.cjs as a user would, in `cwd` (default: the repository). */
export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const result = spawnSync(process.execPath, [join(ROOT, "bin", "report.cjs"), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "", NO_COLOR: "1", ...options.env },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function docxParts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

export function parseXml(xml: string): Document {
  return new DOMParser().parseFromString(xml, "text/xml");
}

/** The text of each paragraph in word/document.xml's body, as Word would show it. */
export function docxParagraphTexts(bytes: Uint8Array): string[] {
  const xml = docxParts(bytes)["word/document.xml"] ?? "";
  const body = parseXml(xml).getElementsByTagName("w:body")[0];
  if (!body) return [];
  const texts: string[] = [];
  let runsOn = false;
  for (const p of Array.from(body.getElementsByTagName("w:p"))) {
    const text = Array.from(p.getElementsByTagName("w:t"))
      .map((t) => t.textContent ?? "")
      .join("");
    if (runsOn) texts[texts.length - 1] += text;
    else texts.push(text);
    // Word's style separator: the mark hidden with w:specVanish, the next paragraph shown on the same line.
    const mark = p.getElementsByTagName("w:pPr")[0]?.getElementsByTagName("w:rPr")[0];
    runsOn = (mark?.getElementsByTagName("w:specVanish").length ?? 0) > 0;
  }
  return texts;
}

/** Parses XML as a strict reader would: any error or warning fails. */
export function parseXmlStrictly(xml: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, "text/xml");
}

/** Builds `data` to a .docx in a fresh folder and returns the file's bytes (the build must succeed). */
export function buildDocx(data: string, args: readonly string[] = [], env: NodeJS.ProcessEnv = {}): Uint8Array {
  const output = join(tempDir(), "out.docx");
  const result = runCli(["build", data, "-o", output, ...args], { env });
  if (result.status !== 0) throw new Error(`build failed (${result.status}): ${result.stderr}`);
  return readFileSync(output);
}

/**
 * Validates a data file read at once, for tests of what validation says (report itself reads data
 * files asynchronously, through load/data-file.ts, which its own tests cover).
 */
export function checkFile(path: string, options: ValidateOptions = {}): Checked {
  const { text, encoding } = decode(readFileSync(path));
  return checkSource(parseSource(path, text, encoding), options);
}
