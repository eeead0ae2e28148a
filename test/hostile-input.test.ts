/**
 * Hostile and broken data files, through the real command: each ends in a clear message at its
 * line, exit status 1, no stack trace, and nothing written.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  MAX_ENTRIES,
  MAX_FIGURES,
  MAX_FILE_BYTES,
  MAX_LIST_ITEMS,
  MAX_NESTING_DEPTH,
  MAX_PROBLEMS_PER_TEXT,
  MAX_REFERENCES,
  MAX_REFERENCES_PER_TEXT,
} from "../src/limits.js";
import { buildDocument } from "../src/pipeline.js";
import { fixture, runCli, tempDir, type CliResult } from "./helpers.js";

const filled = readFileSync(fixture("2021-filled.yaml"), "utf8");

/** Builds `text` as a data file; the build must fail cleanly, and write nothing. */
function refused(text: string, name = "data.yaml"): CliResult & { dir: string } {
  const dir = tempDir();
  writeFileSync(join(dir, name), text);
  const result = runCli(["build", join(dir, name), "-o", join(dir, "out.docx")]);
  expect(result.status, result.stderr).toBe(1);
  expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // a stack frame
  expect(result.stderr).not.toMatch(/internal error|TypeError|RangeError|RESOURCE_EXHAUSTION/i);
  expect(existsSync(join(dir, "out.docx"))).toBe(false);
  return { ...result, dir };
}

describe("limits", () => {
  it("refuses YAML anchors and aliases, so a “billion laughs” file is never expanded", () => {
    const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(",")}]`,
      );
    const { stderr } = refused(`${lines.join("\n")}\nyear: *a9\n`);
    expect(stderr).toContain("data.yaml:1:5  error: YAML anchors and aliases (&a0) are not supported");
    expect(stderr).toContain("data.yaml:11:7  error: YAML anchors and aliases (*a9)");
  });

  it("refuses data nested deeper than the limit, in brackets or in “- - -”, at the place it goes too deep", () => {
    expect(refused(`year: ${"[".repeat(100_000)}\n`).stderr).toContain(
      // “year” and its “:” are two levels, so the 31st bracket is the one too many.
      `data.yaml:1:${"year: ".length + MAX_NESTING_DEPTH - 1}  error: The data is nested more than ${MAX_NESTING_DEPTH} levels deep here`,
    );
    expect(refused(`year: 2021\nwork:\n${"- ".repeat(50_000)}x\n`).stderr).toMatch(
      /data\.yaml:3:\d+ {2}error: The data is nested more than/,
    );
    const indented = Array.from({ length: 2000 }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n");
    expect(refused(indented).stderr).toMatch(/data\.yaml:\d+:\d+ {2}error: The data is nested more than/);
  });

  it("refuses a file over the size limit without reading it whole", () => {
    const { stderr } = refused(`year: 2021\nintro: ${"很".repeat(MAX_FILE_BYTES / 3)}\n`);
    expect(stderr).toContain("error: ");
    expect(stderr).toContain("is larger than 2 MB");
  });

  it("reads a pipe, which reports no size, in growing chunks, up to the limit", () => {
    const dir = tempDir();
    // The data comes after 300 KB of comments: a pipe read short would lose all of it.
    const long = `${"# 一行很长的说明文字，只为让文件比第一次读取的块更长。\n".repeat(4000)}${filled}`;
    writeFileSync(join(dir, "long.yaml"), long);
    execFileSync("mkfifo", [join(dir, "pipe.yaml")]);
    // The writer runs while the build below blocks this process reading the pipe.
    const writer = spawn("sh", ["-c", "cat long.yaml > pipe.yaml"], { cwd: dir, stdio: "ignore" });
    const fromPipe = runCli(["build", join(dir, "pipe.yaml"), "--format", "txt", "-o", "-"]);
    writer.kill(); // if the build never opened the pipe, the writer would wait on it for ever
    expect(fromPipe.status, fromPipe.stderr).toBe(0);
    expect(fromPipe.stdout).toBe(runCli(["build", join(dir, "long.yaml"), "--format", "txt", "-o", "-"]).stdout);

    // An endless pipe is refused at the limit (a device is not read at all: file-system.test.ts).
    execFileSync("mkfifo", [join(dir, "endless.yaml")]);
    const endlessWriter = spawn("sh", ["-c", "yes > endless.yaml"], { cwd: dir, stdio: "ignore" });
    const endless = runCli(["validate", join(dir, "endless.yaml")]);
    endlessWriter.kill();
    expect(endless.status).toBe(1);
    expect(endless.stderr).toContain("endless.yaml is larger than 2 MB");
  });

  it("refuses thousands of paragraphs at the first item over the limit", () => {
    const items = Array.from({ length: 3000 }, (_, i) => `  - 问题${i}。\n`).join("");
    const text = filled.replace("problems:\n", `problems:\n${items}`);
    const line = text.split("\n").indexOf("  - 问题200。") + 1;
    const { stderr } = refused(text);
    expect(stderr).toContain(
      `data.yaml:${line}:5  error: \`problems\` has 3005 items; at most ${MAX_LIST_ITEMS} are allowed`,
    );
  });

  it("refuses more figures than the limit, and more entries than the limit", () => {
    const figures = Array.from({ length: MAX_FIGURES + 10 }, (_, i) => `  数据${i}: 1\n`).join("");
    expect(refused(filled + figures).stderr).toContain(
      `error: \`figures\` has ${MAX_FIGURES + 25} entries; at most ${MAX_FIGURES}`,
    );
    const keys = Array.from({ length: MAX_ENTRIES + 1 }, (_, i) => `k${i}: ${i}\n`).join("");
    expect(refused(keys).stderr).toContain(`data.yaml:${MAX_ENTRIES + 1}:`);
  });

  it("refuses a text with too many {{, and a file with too many in all, without parsing them", () => {
    const unclosed = filled.replace(/^intro: .*$/m, `intro: "${"{{#x}}".repeat(100_000)}"`);
    const column = 'intro: "'.length + 1 + MAX_REFERENCES_PER_TEXT * "{{#x}}".length;
    expect(refused(unclosed).stderr).toContain(
      `data.yaml:5:${column}  error: This text has more than ${MAX_REFERENCES_PER_TEXT} {{…}}`,
    );
    const items = Array.from({ length: 12 }, () => `  - "${"{{街道名}}".repeat(MAX_REFERENCES_PER_TEXT - 1)}"\n`).join(
      "",
    );
    expect(refused(filled.replace("problems:\n", `problems:\n${items}`)).stderr).toContain(
      `error: The file has more than ${MAX_REFERENCES} {{…}} in all`,
    );
  });

  it("lists at most a few problems of one text", () => {
    const { stderr } = refused(
      filled.replace(/^intro: .*$/m, `intro: "${"{{不存在}}".repeat(MAX_REFERENCES_PER_TEXT - 1)}"`),
    );
    expect(stderr.match(/error: The text refers to a figure `不存在`/g)).toHaveLength(MAX_PROBLEMS_PER_TEXT);
  });

  it("answers the same in Chinese", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "deep.yaml"), `year: ${"{a: ".repeat(100)}\n`);
    const result = runCli(["--lang", "zh", "build", join(dir, "deep.yaml")], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`错误：数据在这里嵌套超过了 ${MAX_NESTING_DEPTH} 层`);
  });
});

describe("prototype pollution", () => {
  it("refuses __proto__, constructor and prototype as figure names, each at its line", () => {
    const text = filled.replace(
      "figures:\n",
      "figures:\n  __proto__: { value: 1, unit: 个 }\n  constructor: 北坦\n  prototype: x\n",
    );
    const { stderr } = refused(text.replace("intro: ", "intro: 今年{{__proto__}}{{constructor}}{{prototype}}"));
    const line = text.split("\n").indexOf("figures:") + 2;
    expect(stderr).toContain(`data.yaml:${line}:3  error: \`__proto__\` is reserved and cannot be a figure name`);
    expect(stderr).toContain(`data.yaml:${line + 1}:3  error: \`constructor\` is reserved`);
    expect(stderr).toContain(`data.yaml:${line + 2}:3  error: \`prototype\` is reserved`);
  });

  it("refuses {{toString}} and other names every object has, as figures that are not defined", () => {
    const { stderr } = refused(filled.replace("intro: ", "intro: 今年{{toString}}{{hasOwnProperty}}"));
    expect(stderr).toContain("refers to a figure `toString` that is not defined");
    expect(stderr).toContain("refers to a figure `hasOwnProperty` that is not defined");
  });

  it("leaves Object.prototype untouched, whatever keys the data has", async () => {
    const dir = tempDir();
    const text = `${filled}__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\n`.replace(
      "figures:\n",
      "figures:\n  x: { __proto__: { polluted: yes }, value: 1 }\n",
    );
    writeFileSync(join(dir, "proto.yaml"), text);
    await expect(
      buildDocument(join(dir, "proto.yaml"), { format: "txt", final: false, fonts: "standard" }),
    ).rejects.toThrow();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

describe("Handlebars syntax in prose", () => {
  const cases = [
    ["{{constructor.constructor}}", "Only figure references are allowed in text, not `{{constructor.constructor}}`"],
    ["{{#each work}}x{{/each}}", "not `{{#each work}}x{{/each}}`"],
    ["{{> partial}}", "not `{{> partial}}`"],
    ["{{{街道名}}}", "not `{{{街道名}}}`"],
    ["{{lookup this 'x'}}", "not `{{lookup this 'x'}}`"],
    ["{{@root}}", "not `{{@root}}`"],
    ["{{街道名.length}}", "not `{{街道名.length}}`"],
    ["a stray {{ here", "Unreadable figure reference"],
  ] as const;

  it("answers each with a clear error at its own line and column; only figure references are honoured", () => {
    const problems = cases.map(([prose]) => `  - "${prose.replace(/"/g, '\\"')}"\n`).join("");
    const text = filled.replace("problems:\n", `problems:\n${problems}`);
    const { stderr } = refused(text);
    const first = text.split("\n").indexOf("problems:") + 2;
    cases.forEach(([prose, message], i) => {
      const column = prose.startsWith("a stray") ? 6 + "a stray ".length : 6;
      const line = stderr.split("\n").find((l) => l.includes(`data.yaml:${first + i}:${column}  error: `));
      expect(line, prose).toContain(message);
    });
  });
});

describe("what is printed of a hostile file", () => {
  it("shows control characters as symbols and cuts a very long line around the mistake", () => {
    const { stderr } = refused(`year: 2021\ntitle: "\u001b]0;pwned\u0007${"x".repeat(5000)}\n`);
    expect(stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(stderr).toContain("\u241b]0;pwned\u2407");
    for (const line of stderr.split("\n")) expect(line.length).toBeLessThan(500);
  });
});
