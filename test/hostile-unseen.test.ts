/**
 * What cannot be seen, or turns what is seen round (issue 25): every bidi control Unicode has,
 * zero-width characters, the byte-order mark, U+2028/U+2029, U+0085 and lone surrogates, in file
 * names and in the data's fields, as a terminal (pretty), a CI log (github, json) and the preview's
 * page show them. Each is shown as its code (`<U+202E>`), or in JSON as its `\u` escape, so nothing
 * is reordered or hidden, and a JSON reader still gets the file's real name. Also: file names that
 * are not UTF-8 (Linux bytes, a GBK name from a Windows zip), named as such rather than “not found”.
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPreview, type PreviewServer } from "../src/preview/server.js";
import { fixture, ROOT, runCli, tempDir } from "./helpers.js";

/** Every bidi control of UAX #9: ALM, LRM, RLM, LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI. */
const BIDI = [0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
/** Zero-width space, non-joiner, joiner, word joiner, the byte-order mark, the separators, NEL. */
const UNSEEN = [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x2028, 0x2029, 0x0085];
const ALL = [...BIDI, ...UNSEEN];

const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, "0");
const mark = (code: number) => `<U+${hex(code)}>`;
/** Any of them left raw in what is shown, or a lone surrogate. */
const RAW = new RegExp(`[${ALL.map((c) => `\\u${hex(c)}`).join("")}]|\\p{Cs}`, "u");

const filled = readFileSync(fixture("2021-filled.yaml"), "utf8");
const REPORTERS = ["pretty", "github", "json"] as const;

interface JsonReport {
  files: { input: string; errors: { file: string; message: string }[] }[];
}

/** `report build` of `inputs` under each reporter, timed: what it printed, stdout and stderr together. */
function underEachReporter(inputs: readonly string[], cwd: string): Record<(typeof REPORTERS)[number], string> {
  const shown = {} as Record<(typeof REPORTERS)[number], string>;
  for (const reporter of REPORTERS) {
    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      [join(ROOT, "bin", "report.cjs"), "build", ...inputs, "--out-dir", join(cwd, "out"), "--reporter", reporter],
      { cwd, encoding: "utf8", env: { ...process.env, LANG: "C.UTF-8", NO_COLOR: "1" } },
    );
    expect(performance.now() - started, `${reporter} within 20 s`).toBeLessThan(20_000);
    expect(run.status, `${reporter}: ${run.stderr}`).toBe(1); // some files refused, none an internal error
    shown[reporter] = run.stdout + run.stderr;
  }
  return shown;
}

describe("file names holding bidi controls and invisible characters", () => {
  const dir = tempDir();
  const names = ALL.flatMap((code) => {
    const c = String.fromCodePoint(code);
    const good = `ok${c}gnp.yaml`;
    const bad = `bad${c}lmay.yaml`;
    copyFileSync(fixture("2021-filled.yaml"), join(dir, good));
    writeFileSync(join(dir, bad), "year: [2021\n");
    return [{ code, good, bad }];
  });
  const shown = underEachReporter(["."], dir);

  for (const reporter of REPORTERS)
    it(`${reporter}: none is printed raw, whatever the reporter`, () => {
      expect(shown[reporter]).not.toMatch(RAW);
    });

  for (const { code, good, bad } of names)
    it(`U+${hex(code)} is shown as ${mark(code)} on a terminal and in GitHub's log, and escaped in JSON`, () => {
      const as = (name: string) => name.replace(String.fromCodePoint(code), mark(code));
      expect(shown.pretty).toContain(`Wrote ${join(dir, "out", as(good).replace(/\.yaml$/, ".docx"))}`);
      expect(shown.pretty).toContain(`${as(bad)}:1:`);
      expect(shown.github).toContain(`::error file=./${as(bad)},line=1`);
      expect(shown.json).toContain(`\\u${hex(code).toLowerCase()}`);
      const json = JSON.parse(shown.json) as JsonReport;
      // A program reading the JSON gets the name as it is on the disk.
      expect(json.files.map((f) => f.input)).toEqual(expect.arrayContaining([`./${good}`, `./${bad}`]));
    });
});

describe("the data's fields holding them, and lone surrogates", () => {
  const dir = tempDir();
  const unseen = ALL.map((code) => String.fromCodePoint(code)).join("");
  // In a double-quoted YAML text "\uD800" is a lone surrogate; the file itself stays UTF-8.
  const escaped = `甲${ALL.map((code) => `\\u${hex(code)}`).join("")}\\uD800\\uDC00x\\uDBFF乙`;
  const text = filled
    .replace(/^intro: .*$/m, () => `intro: "今年以来，{{${escaped}}}推动工作。"`)
    .replace("    body: 完成财政收入{{财政收入}}", () => `    body: 完成财政收入{{财政收入}}{{丙${unseen}丁}}`)
    .replace("  - heading: 抓实招商引资。", () => `  - heading: 抓实${unseen}招商引资{{戊${unseen}}}。`)
    .replace("figures:\n", () => `figures:\n  己${unseen}: { value: 1, unit: 个${unseen} }\n`)
    .replace("problems:", () => `未知${unseen}键: 1\nproblems:`);
  writeFileSync(join(dir, "data.yaml"), text);
  const shown = underEachReporter(["data.yaml"], dir);

  for (const reporter of REPORTERS)
    it(`${reporter}: messages and code frames show every one as its code, none raw`, () => {
      expect(shown[reporter]).not.toMatch(RAW);
      if (reporter === "json") {
        const messages = (JSON.parse(shown.json) as JsonReport).files[0]!.errors.map((e) => e.message).join("\n");
        expect(messages).toContain(`丙${unseen}丁`); // the name as written, for a program
        expect(messages).toContain("x\udbff乙");
        return;
      }
      const marks = ALL.map(mark).join("");
      expect(shown[reporter]).toContain(`丙${marks}丁`); // the unknown reference, named in its message
      expect(shown[reporter]).toContain(`未知${marks}键`);
      expect(shown[reporter]).toContain(`甲${marks}\u{10000}x<U+DBFF>乙`); // a pair escaped is its character
      if (reporter === "pretty") expect(shown.pretty).toMatch(/│ .*丙<U\+061C><U\+200E>/); // the code frame
    });

  it("a valid file with them in every text builds, and the terminal shows no raw one", () => {
    const valid = filled
      .replace(/。/g, `${unseen}。`)
      .replace(/^intro: ([^\n]*)$/m, (_, intro: string) => `intro: "${intro}\\uD800"`);
    writeFileSync(join(dir, "valid.yaml"), valid);
    const run = runCli(["build", join(dir, "valid.yaml"), "-o", join(dir, "valid.docx")]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).not.toMatch(RAW);
  });
});

describe("the preview's page", () => {
  const dir = tempDir();
  const rlo = "\u202e";
  const file = join(dir, `总结${rlo}lmay.yaml`);
  let server: PreviewServer;

  beforeAll(async () => {
    writeFileSync(
      file,
      filled.replace(/^intro: .*$/m, () => `intro: 今年以来${rlo}，推动工作落实落地。`),
    );
    server = await startPreview({ file, port: 0, lang: "zh" });
  });
  afterAll(async () => {
    await server.close();
  });

  const get = async (path: string) => (await fetch(new URL(path, server.url))).text();

  /** The first state the event stream sends, as the page's script reads it. */
  const firstState = async (): Promise<unknown> => {
    const response = await fetch(new URL("/events", server.url));
    const reader = response.body!.getReader();
    let seen = "";
    try {
      while (!/\n\n/.test(seen)) {
        const { value } = (await reader.read()) as { value?: Uint8Array };
        seen += new TextDecoder().decode(value);
      }
    } finally {
      await reader.cancel();
    }
    return JSON.parse(
      seen
        .split("\n")
        .find((l) => l.startsWith("data: "))!
        .slice(6),
    ) as unknown;
  };

  it("shows the file's name and a text's bidi override as <U+202E>, never as an override", async () => {
    const page = await get("/");
    expect(page).not.toMatch(RAW);
    expect(page).toContain("总结&#60;U+202E&#62;lmay.yaml"); // in the title, as text
    const state = JSON.stringify(await firstState());
    expect(state).not.toMatch(RAW);
    expect(state).toContain("今年以来&lt;U+202E&gt;，推动工作落实落地。");
  });

  it("a problem's message and code frame show the name and the text's override as codes", async () => {
    writeFileSync(
      file,
      filled.replace(/^intro: .*$/m, () => `intro: 今年以来${rlo}{{未知${rlo}}}。`),
    );
    for (let tries = 0; tries < 50; tries++) {
      const state = JSON.stringify(await firstState());
      if (state.includes("未知")) {
        expect(state).not.toMatch(RAW);
        expect(state).toContain(`总结<U+202E>lmay.yaml`);
        expect(state).toContain(`未知<U+202E>`);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error("the page was never told of the problem");
  });
});

describe("file names that are not UTF-8", () => {
  // Linux names are bytes: a GBK name unpacked from a Windows zip (总结 in GBK), and a stray byte.
  const dir = tempDir();
  const gbk = Buffer.concat([Buffer.from(join(dir, "/")), Buffer.from([0xd7, 0xdc, 0xbd, 0xe1]), Buffer.from(".yaml")]);
  const stray = Buffer.concat([Buffer.from(join(dir, "/bad")), Buffer.from([0xff]), Buffer.from(".yaml")]);
  copyFileSync(fixture("2021-filled.yaml"), gbk);
  copyFileSync(fixture("2021-filled.yaml"), stray);

  it("found in a folder, each is named as not UTF-8, with how to rename it, in both languages", () => {
    const en = runCli(["build", dir, "--out-dir", join(dir, "out")]);
    expect(en.status).toBe(1);
    for (const name of [gbk, stray])
      expect(en.stderr).toContain(`${name.toString("utf8")}: its name is not UTF-8 text`);
    expect(en.stderr).toContain("convmv -f gbk -t utf8");
    expect(en.stderr).not.toContain("File not found");
    const zh = runCli(["--lang", "zh", "build", dir, "--out-dir", join(dir, "out")]);
    expect(zh.stderr).toContain("文件名不是 UTF-8 编码");
  });

  it("given on the command line (as a shell passes the bytes), the same, for validate and preview", () => {
    for (const command of ["validate", "preview --port 0"]) {
      // Only a shell can pass bytes that are not UTF-8: Node writes a string argument as UTF-8.
      const run = spawnSync(
        "sh",
        [
          "-c",
          `exec "$0" "$1" ${command} "$(printf 'bad\\377.yaml')"`,
          process.execPath,
          join(ROOT, "bin", "report.cjs"),
        ],
        { cwd: dir, encoding: "utf8", timeout: 20_000, env: { ...process.env, LANG: "C.UTF-8", NO_COLOR: "1" } },
      );
      expect(run.status, command).toBe(1);
      expect(run.stderr, command).toContain("bad\ufffd.yaml: its name is not UTF-8 text");
    }
  });
});

describe("a reader that goes away (report … | head)", () => {
  it("ends quietly with 141, as a program ended by SIGPIPE, with no stack trace and no temporary file", async () => {
    const dir = tempDir();
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, `f${i}.yaml`), "year: [2021\n");
    copyFileSync(fixture("2021-filled.yaml"), join(dir, "zz.yaml"));
    const out = join(dir, "out");
    const child = spawn(
      process.execPath,
      [join(ROOT, "bin", "report.cjs"), "build", dir, "--out-dir", out, "--reporter", "json"],
      { env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once("data", () => child.stdout.destroy()); // as head does after its lines
    const started = performance.now();
    const status = await new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(status, stderr).toBe(141);
    expect(stderr).not.toMatch(/EPIPE|Error| {4}at /);
    expect(existsSync(out) ? readdirSync(out).filter((name) => name.endsWith(".tmp")) : []).toEqual([]);
  });
});
