/**
 * Comparisons across zero (issue 22), as the 统计公报 word them: 扭亏为盈, 由盈转亏, 减亏, 增亏, and
 * no rate from a zero last year (the amount instead); init --from keeps name figures and a zero
 * last year never stops the next draft from building.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { changeText, yearOnYear } from "../src/render/figures.js";
import { runCli, tempDir } from "./helpers.js";

const change = (value: number, last: number, unit = "万元") => changeText(yearOnYear({ value, last, unit }, "change"));

describe("{{同比}} across zero", () => {
  it("says 扭亏为盈, 由盈转亏, 减亏 and 增亏 instead of a rate from a loss", () => {
    expect(change(60, -100)).toBe("扭亏为盈");
    expect(change(-20, 50)).toBe("由盈转亏");
    expect(change(-40, -100)).toBe("减亏");
    expect(change(0, -100)).toBe("减亏");
    expect(change(-160, -100)).toBe("增亏");
    expect(change(-100, -100)).toBe("持平");
  });

  it("gives the amount, not a rate, from a zero last year; and rates as before otherwise", () => {
    expect(change(120, 0, "户")).toBe("增加120户");
    expect(change(-5, 0)).toBe("减少5万元");
    expect(change(0, 100)).toBe("下降100.0%");
    expect(change(108.4, 100)).toBe("增长8.4%");
  });
});

describe("init --from", () => {
  it("keeps a name figure, moves the numbers, and the draft of a file with a zero last year builds", () => {
    const dir = tempDir();
    const last = join(dir, "2024.yaml");
    writeFileSync(
      last,
      [
        "year: 2024",
        'organisation: "{{街道名}}街道"',
        'title: "{{街道名}}街道{{年度}}年工作总结"',
        "items:",
        "  - heading: 经济运行",
        "    body: 新增市场主体{{新增主体}}，同比{{同比 新增主体}}。",
        "figures:",
        "  街道名: 东湖",
        "  新增主体: { value: 0, last: 12, unit: 户 }",
        "",
      ].join("\n"),
    );
    const next = join(dir, "2025.yaml");
    expect(runCli(["init", next, "--from", last]).status).toBe(0);
    const written = readFileSync(next, "utf8");
    expect(written).toContain("\n  街道名: 东湖\n");
    expect(written).toContain("\n  新增主体: { value: , last: 0, unit: 户 }\n");
    const built = runCli(["build", next, "-f", "txt", "-o", "-"]);
    expect(built.status).toBe(0);
    expect(built.stdout).toBe("东湖街道2025年工作总结\n（一）经济运行\n新增市场主体X户，同比X。\n");
  });
});
