/**
 * Text from a data file or its name, as an attacker would write it: it reaches no terminal or CI log
 * raw, goes into markup as typed, and numbers mean what they say. (issue 17; SECURITY.md lists these.)
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_PROBLEMS_PER_FILE } from "../src/limits.js";
import { plainDigits } from "../src/plain-digits.js";
import { replaceLineBreaks } from "../src/line-breaks.js";
import { closest } from "../src/validate/suggest.js";
import { emWidth, titleLines } from "../src/write/layout/title-lines.js";
import { docxParts, fixture, parseXmlStrictly, runCli, tempDir } from "./helpers.js";

const filled = readFileSync(fixture("2021-filled.yaml"), "utf8");
const REPORTERS = ["pretty", "github", "json"] as const;

/** `filled` with `extra` lines after `year:`, written to a fresh folder as `name`. */
function dataFile(extra: string, name = "data.yaml"): { dir: string; path: string } {
  const dir = tempDir();
  const path = join(dir, name);
  writeFileSync(
    path,
    filled.replace("year: 2021\n", () => `year: 2021\n${extra}`),
  );
  return { dir, path };
}

const headerTexts = (bytes: Uint8Array) =>
  Object.entries(docxParts(bytes))
    .filter(([name]) => /^word\/header\d*\.xml$/.test(name))
    .map(([name, xml]) => {
      const doc = parseXmlStrictly(xml); // throws unless well-formed
      expect(doc.documentElement?.nodeName, name).toBe("w:hdr");
      return Array.from(doc.getElementsByTagName("w:t"))
        .map((t) => t.textContent ?? "")
        .join("");
    });

describe("replacement text is inserted literally", () => {
  for (const label of ["$`", "$&草稿", "$'", "$1稿", "$$", "草稿$<name>"]) {
    it(`a draftLabel of ${label} gives well-formed headers that print it as typed`, () => {
      const { dir, path } = dataFile(`draftLabel: ${JSON.stringify(label)}\n`);
      const output = join(dir, "out.docx");
      const result = runCli(["build", path, "-o", output]);
      expect(result.status, result.stderr).toBe(0);
      const texts = headerTexts(readFileSync(output));
      expect(texts.length).toBeGreaterThan(0);
      expect(texts.filter((t) => t !== "")).toEqual(texts.filter((t) => t !== "").map(() => label));
    });
  }
});

describe("nothing raw reaches a terminal or a CI log", () => {
  const forged = "::error file=README.md,line=1::forged";

  it("a file name with a newline and ::error forges no workflow command under the github reporter", () => {
    const dir = tempDir();
    const name = `x\n${forged}\n.yaml`;
    copyFileSync(fixture("2021-filled.yaml"), join(dir, name));
    const broken = `y\n${forged}\n.yaml`;
    writeFileSync(join(dir, broken), "year: [2021\n");
    for (const args of [
      ["build", join(dir, name), "--out-dir", dir],
      ["build", join(dir, broken), "-o", join(dir, "out.docx")],
    ]) {
      const { stdout, stderr } = runCli([...args, "--reporter", "github"]);
      const lines = `${stdout}\n${stderr}`.split("\n");
      expect(lines.filter((l) => l.startsWith("::error file=README.md"))).toEqual([]);
      expect(lines.filter((l) => l.includes("forged")).length).toBeGreaterThan(0);
      // GitHub's escaping of properties: %, CR, LF, : and , (here after the newline is shown as ␊)
      for (const line of lines.filter((l) => l.startsWith("::")))
        expect(line).toMatch(/^::error file=[^,:]*␊%3A%3Aerror file=README.md%2Cline=1%3A%3Aforged␊\.(yaml|docx)[,:]/);
    }
  });

  it("a newline in a file name is shown as ␊ in the pretty reporter's lines too", () => {
    const dir = tempDir();
    const name = `x\n${forged}\n.yaml`;
    writeFileSync(join(dir, name), "year: [2021\n");
    const { stderr } = runCli(["validate", join(dir, name)]);
    expect(stderr.split("\n").filter((l) => l.startsWith("::"))).toEqual([]);
    expect(stderr).toContain(`x␊${forged}␊.yaml`);
  });

  it("escape sequences and newlines in data are shown as symbols under every reporter", () => {
    // A key YAML reads with ESC, BEL and a newline in it: the unknown-key message quotes it.
    const { dir, path } = dataFile(`"\\e]0;title\\a\\e[2Jbad\\n${forged}": 1\n`);
    for (const reporter of REPORTERS) {
      const { status, stdout, stderr } = runCli(["build", path, "-o", join(dir, "out.docx"), "--reporter", reporter]);
      expect(status).toBe(1);
      const all = stdout + stderr;
      expect(all, reporter).not.toMatch(/[\u001b\u0007]/);
      expect(all.split("\n").filter((l) => l.startsWith("::error file=README.md"))).toEqual([]);
      if (reporter === "json") {
        const [error] = (JSON.parse(stdout) as { files: { errors: { code: string; message: string }[] }[] }).files[0]!
          .errors;
        expect(error?.code).toBe("unknownKey");
        expect(error?.message).toContain(`\u001b]0;title\u0007\u001b[2Jbad\n${forged}`); // JSON carries it escaped
      } else {
        expect(all, reporter).toContain(`␛]0;title␇␛[2Jbad␊${forged}`);
      }
    }
  });
});

describe("numbers", () => {
  const withValue = (value: string) => {
    const dir = tempDir();
    const path = join(dir, "data.yaml");
    writeFileSync(
      path,
      filled.replace("财政收入: { value: 12345,", () => `财政收入: { value: ${value},`),
    );
    return path;
  };

  for (const written of ["1e309", ".inf", "-.inf", ".nan"])
    it(`${written} is refused as no printable number, in English and in Chinese`, () => {
      const path = withValue(written);
      const en = runCli(["validate", path]);
      expect(en.status).toBe(1);
      expect(en.stderr).toContain(
        `data.yaml:39:18  error: \`figures.财政收入.value\` is \`${written}\`, which is no number a document can print (it is infinite, or not a number)`,
      );
      const zh = runCli(["--lang", "zh", "validate", path]);
      expect(zh.stderr).toContain(
        `data.yaml:39:18  错误：figures.财政收入.value 写的是“${written}”，这不是一个能印在文件里的数（无穷大，或者不是数）`,
      );
      expect(en.stderr + zh.stderr).not.toMatch(/group of fields|一组字段|but it is a number/);
    });

  it("1e30 is refused as too large, in English and in Chinese, instead of printing 1e+30万元", () => {
    const path = withValue("1e30");
    const en = runCli(["validate", path]);
    expect(en.status).toBe(1);
    expect(en.stderr).toContain(
      "data.yaml:39:18  error: `figures.财政收入.value` is `1e30`, too large a number: at most 9007199254740991 is allowed",
    );
    const zh = runCli(["--lang", "zh", "validate", path]);
    expect(zh.stderr).toContain("figures.财政收入.value 写的是“1e30”，数太大了，最大只能是 9007199254740991");
    expect(runCli(["build", path, "-o", "-"]).stdout).not.toContain("e+");
  });

  for (const written of ["1e-400", `0.${"0".repeat(400)}1`, "5e-324"])
    it(`${written.slice(0, 12)}… is refused as too small (it would read as 0), not printed as 0`, () => {
      const path = withValue(written);
      const en = runCli(["validate", path]);
      expect(en.status).toBe(1);
      expect(en.stderr).toContain("too small a number: it would be read as 0");
      const zh = runCli(["--lang", "zh", "validate", path]);
      expect(zh.stderr).toContain("数太小了，会被当成 0");
      expect(runCli(["build", path, "-o", "-"]).stdout).not.toContain("100.0%");
    });

  for (const written of [
    "0.12345678901234567891",
    "123456789.123456789",
    `1.${"3".repeat(99)}`,
    '"12,345.678901234567"',
  ])
    it(`${written.slice(0, 14)}… is refused for its digits (they would not print as written)`, () => {
      const path = withValue(written);
      const en = runCli(["validate", path]);
      expect(en.status).toBe(1);
      expect(en.stderr).toContain("more than 15 significant digits, which would not print as written");
      const zh = runCli(["--lang", "zh", "validate", path]);
      expect(zh.stderr).toContain("有效数字超过 15 位，印出来会和写的不一样");
    });

  for (const written of ["0x1F", "0o17"])
    it(`${written} is refused as hexadecimal or octal, not printed as ${Number(written)}`, () => {
      const path = withValue(written);
      const en = runCli(["validate", path]);
      expect(en.status).toBe(1);
      expect(en.stderr).toContain(`is \`${written}\`, which YAML reads as a hexadecimal or octal number`);
      expect(runCli(["--lang", "zh", "validate", path]).stderr).toContain("会被当成十六进制或八进制数");
    });

  it("fifteen digits, the largest whole number and a quoted exponent are kept as written", () => {
    expect(runCli(["build", withValue("0.123456789012345"), "-o", "-"]).stdout).toContain(
      "完成财政收入0.123456789012345万元",
    );
    expect(runCli(["build", withValue("9007199254740991"), "-o", "-"]).stdout).toContain(
      "完成财政收入9007199254740991万元",
    );
    expect(runCli(["build", withValue('"1.5e5"'), "-o", "-"]).stdout).toContain("完成财政收入150000万元");
  });

  it("a comma inside { } before a fraction is named as such", () => {
    const { stderr, status } = runCli(["validate", withValue("1,234.5")]);
    expect(status).toBe(1);
    expect(stderr).toContain("a number inside { } cannot contain a comma");
  });

  it("accepted numbers print in plain digits, never with an exponent", () => {
    const { stdout, status } = runCli(["build", withValue("1e-7"), "-o", "-"]);
    expect(status).toBe(0);
    expect(stdout).toContain("完成财政收入0.0000001万元");
    expect(runCli(["build", withValue("1.5E5"), "-o", "-"]).stdout).toContain("完成财政收入150000万元");
    expect(plainDigits(1.25e-9)).toBe("0.00000000125");
    expect(plainDigits(-3e-7)).toBe("-0.0000003");
    expect(plainDigits(9007199254740991)).toBe("9007199254740991");
    expect(plainDigits(8.5)).toBe("8.5");
  });
});

describe("problems per file", () => {
  it(`lists at most ${MAX_PROBLEMS_PER_FILE}, then “… and N more”, in every reporter and in both languages`, () => {
    const dir = tempDir();
    const path = join(dir, "data.yaml");
    writeFileSync(path, "]\n".repeat(5000));
    const en = runCli(["validate", path]);
    expect(en.stderr.split("\n").filter((l) => l.includes("  error: "))).toHaveLength(MAX_PROBLEMS_PER_FILE + 1);
    expect(en.stderr).toContain("data.yaml  error: … and 4900 more problem(s) not listed");
    expect(en.stderr).toContain("data.yaml: 5000 problem(s); nothing was written");
    const zh = runCli(["--lang", "zh", "validate", path]);
    expect(zh.stderr).toContain("data.yaml  错误：…… 还有 4900 处问题未列出");
    const out = join(dir, "out.docx");
    const json = runCli(["build", path, "-o", out, "--reporter", "json"]);
    const errors = (JSON.parse(json.stdout) as { files: { errors: { code: string; message: string }[] }[] }).files[0]!
      .errors;
    expect(errors).toHaveLength(MAX_PROBLEMS_PER_FILE + 1);
    expect(errors.at(-1)).toMatchObject({ code: "moreProblems", message: "… and 4900 more problem(s) not listed" });
    const github = runCli(["build", path, "-o", out, "--reporter", "github"]);
    expect(github.stdout.split("\n").filter((l) => l.startsWith("::error "))).toHaveLength(MAX_PROBLEMS_PER_FILE + 1);
    expect(github.stdout).toContain("title=report moreProblems::… and 4900 more problem(s) not listed");
  });
});

describe("bounded by design", () => {
  it("a long title is filled line by line: every line fits, nothing is lost", () => {
    const title = "关于进一步加强和改进街道社区治理工作的实施意见".repeat(500) + "work summary".repeat(100);
    const lines = titleLines(title, 20);
    expect(lines.join("")).toBe(title);
    for (const line of lines) expect(emWidth(line)).toBeLessThanOrEqual(20);
    expect(lines.length).toBeLessThan(Math.ceil(emWidth(title) / 20) * 1.2);
  });

  it("“did you mean” still finds a typo, and skips names far too long to be one", () => {
    expect(closest("titel", ["title", "intro"])).toBe("title");
    expect(closest("数".repeat(30000) + "甲", ["数".repeat(30000) + "乙"])).toBeUndefined();
  });

  it("line breaks are joined as the regex /[ \\t]*\\n[ \\t]*/g would, for any mix of blanks", () => {
    const pieces = ["a", "B", "中", " ", "\t", "\n", "1"];
    for (let n = 0; n < 3000; n++) {
      let text = "";
      for (let i = 0, m = n; i < 7; i++, m = Math.floor(m / 7)) text += pieces[m % 7];
      const joiner = (before: string, after: string) => `<${before}|${after}>`;
      const expected = text.replace(/[ \t]*\n[ \t]*/g, (match: string, offset: number) =>
        joiner(text[offset - 1] ?? "", text[offset + match.length] ?? ""),
      );
      expect(replaceLineBreaks(text, joiner)).toBe(expected);
    }
  });
});
