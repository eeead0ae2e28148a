/**
 * Property-based: for generated data files of every shape the format has — parts or （一） sections,
 * four levels, headings on their own line or run in, several paragraphs, points joined or one a
 * paragraph with or without a lead-in, a salutation, a closing, figures filled and blank, the
 * key-figures table — `import(build(data))` builds to the same text as `data`, through txt and
 * through .docx, and the imported file is laid out as `report init` writes one.
 *
 * `npm test` runs a fixed seed and a few dozen runs; FC_NUM_RUNS and FC_SEED choose others.
 */
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { createReport, importDocument } from "../src/api.js";
import { FC_SEED } from "./hostile-text.js";

const RUNS = Math.max(1, Math.round(Number(process.env.FC_NUM_RUNS ?? 200) / 8));
const report = createReport();

// Words with none of the characters the recogniser keys on (numerals before 是 or 、, 年 月 日 号, digits).
const WORD = fc.constantFrom(
  "加强",
  "队伍建设",
  "推进",
  "城市更新",
  "项目",
  "党建引领",
  "社区治理",
  "服务群众",
  "招商",
  "民生保障",
  "稳步",
  "提升",
  "环境",
  "整治",
);
const phrase = fc.array(WORD, { minLength: 1, maxLength: 4 }).map((w) => w.join(""));
const clause = fc.array(phrase, { minLength: 1, maxLength: 3 }).map((p) => p.join("，"));

interface Fig {
  value: number | null;
  unit: string;
  last?: number;
}

const FIGURE_NAMES = ["财政收入", "招商次数", "改造户数", "化解率", "项目个数"];
const UNITS: Record<string, string> = { 财政收入: "万元", 招商次数: "次", 改造户数: "户", 化解率: "%", 项目个数: "个" };

const sentence = fc
  .tuple(clause, fc.option(fc.constantFrom(...FIGURE_NAMES), { nil: undefined }), fc.constantFrom("。", "；"))
  .map(([words, figure, end]) => (figure ? `${words}完成{{${figure}}}${end === "；" ? "；" : "。"}` : `${words}。`));
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join("").replace(/；$/, "。"));
const paragraphs = fc.array(paragraph, { minLength: 1, maxLength: 2 }).map((p) => p.join("\n\n"));

const headingText = fc.tuple(phrase, fc.boolean()).map(([h, stop]) => (stop ? `${h}。` : h));

function section(level: number): fc.Arbitrary<Record<string, unknown>> {
  const below =
    level < 4
      ? fc.option(fc.array(section(level + 1), { minLength: 1, maxLength: 2 }), { nil: undefined, freq: 3 })
      : fc.constant(undefined);
  return fc
    .record({
      heading: headingText,
      runIn: fc.option(fc.boolean(), { nil: undefined, freq: 2 }),
      body: fc.option(paragraphs, { nil: undefined }),
      points: fc.option(fc.array(sentence, { minLength: 2, maxLength: 3 }), { nil: undefined, freq: 3 }),
      pointsLead: fc.option(fc.constant("主要有："), { nil: undefined }),
      pointsAsParagraphs: fc.option(fc.constant(true), { nil: undefined }),
      items: below,
    })
    .map((s) => {
      const out: Record<string, unknown> = { heading: s.heading };
      // A heading told to run in needs its 。 (the format refuses it otherwise).
      if (s.runIn !== undefined && !(s.runIn && !s.heading.endsWith("。"))) out.runIn = s.runIn;
      if (s.body) out.body = s.body;
      if (s.points) {
        out.points = s.points.map((p) => p.replace(/；$/, "。"));
        if (s.pointsLead) out.pointsLead = s.pointsLead;
        if (s.pointsAsParagraphs) out.pointsAsParagraphs = true;
      }
      if (s.items) out.items = s.items;
      return out;
    });
}

const figureValue = fc.oneof(
  fc.integer({ min: 1, max: 99999 }),
  fc.constantFrom(3.6, 12.5, 85.5, 0.25),
  fc.constant(null),
);

const dataFile = fc
  .record({
    year: fc.integer({ min: 2015, max: 2030 }),
    shape: fc.constantFrom("parts", "items"),
    salutation: fc.boolean(),
    intro: fc.option(paragraphs, { nil: undefined }),
    body: fc.array(section(1), { minLength: 1, maxLength: 3 }),
    closing: fc.boolean(),
    keyFigures: fc.boolean(),
    values: fc.array(figureValue, { minLength: 5, maxLength: 5 }),
    lasts: fc.array(fc.integer({ min: 1, max: 99999 }), { minLength: 5, maxLength: 5 }),
  })
  .map((d) => {
    const figures: Record<string, Fig> = {};
    FIGURE_NAMES.forEach((name, i) => {
      figures[name] = {
        value: d.values[i] ?? null,
        unit: UNITS[name] ?? "",
        ...(d.keyFigures ? { last: d.lasts[i] ?? 1 } : {}),
      };
    });
    const lift = (s: Record<string, unknown>): Record<string, unknown> =>
      s.items ? { ...s, items: (s.items as Record<string, unknown>[]).map(lift) } : s;
    // A file of （一） sections has no level 1: its sections are the parts' items, one level up.
    const body =
      d.shape === "parts"
        ? d.body
        : d.body
            .flatMap((p) => (p.items as Record<string, unknown>[] | undefined) ?? [{ ...p, items: undefined }])
            .map(lift);
    const clean = (s: Record<string, unknown>, level: number): Record<string, unknown> => {
      const { items, ...rest } = s;
      const list = items as Record<string, unknown>[] | undefined;
      return level >= 4 || !list?.length ? rest : { ...rest, items: list.map((i) => clean(i, level + 1)) };
    };
    const withValues = d.keyFigures
      ? Object.fromEntries(Object.entries(figures).map(([k, f]) => [k, { ...f, value: f.value ?? 1 }]))
      : figures;
    return {
      year: d.year,
      organisation: "东湖街道",
      title: "东湖街道{{年度}}年工作总结",
      ...(d.salutation ? { salutation: "各位代表：" } : {}),
      ...(d.intro ? { intro: d.intro } : {}),
      [d.shape]: body.map((s) => clean(s, d.shape === "parts" ? 1 : 2)),
      ...(d.closing ? { closing: { date: `${d.year}-12-28` } } : {}),
      ...(d.keyFigures
        ? { keyFigures: { title: "{{年度}}年主要指标完成情况表", figures: FIGURE_NAMES.slice(0, 3) } }
        : {}),
      figures: withValues,
    };
  });

async function build(text: string, format: "txt" | "docx"): Promise<Uint8Array> {
  const result = await report.build({ text, name: "data.yaml" }, { format });
  if (!result.ok)
    throw new Error(JSON.stringify(result.diagnostics.filter((d) => d.severity === "error")).slice(0, 500));
  return result.bytes;
}

describe("import(build(data)) builds to the same text as data", () => {
  it("through txt and through .docx, for generated data files of every shape", { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(dataFile, async (data) => {
        const yaml = stringify(data);
        const text = new TextDecoder().decode(await build(yaml, "txt"));
        for (const format of ["txt", "docx"] as const) {
          const bytes = format === "txt" ? new TextEncoder().encode(text) : await build(yaml, "docx");
          const imported = await importDocument({ bytes, name: `data.${format}` }, { year: data.year });
          if (!imported.ok) throw new Error(JSON.stringify(imported.diagnostics));
          expect(imported.text.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=/);
          expect(imported.text).toMatch(/^(parts|items):$/m);
          const again = new TextDecoder().decode(await build(imported.text, "txt"));
          expect(again, `through ${format}`).toBe(text);
        }
      }),
      { numRuns: RUNS, seed: FC_SEED },
    );
  });
});
