/**
 * The library under hostile VALUES (a web form's upload, an object a script built): each ends in a
 * diagnostic, never a throw, a hang, gigabytes or a wrong document. Wrong OPTION values are
 * test/api-options.test.ts's.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createReport, type Diagnostic } from "../src/api.js";
import { FC_NUM_RUNS, FC_SEED } from "./hostile-text.js";

const report = createReport();
const BASE = { year: 2021, organisation: "某某街道", title: "某某街道2021年度工作总结", intro: "今年以来，成效明显。" };

/** Builds `data` within `ms` and `mib` of heap growth; the codes of the problems, or "ok". */
async function outcome(source: Parameters<typeof report.build>[0], ms = 5_000, mib = 200) {
  const heap = process.memoryUsage().heapUsed;
  const started = performance.now();
  const result = await report.build(source);
  expect(performance.now() - started).toBeLessThan(ms);
  expect((process.memoryUsage().heapUsed - heap) / 1024 / 1024).toBeLessThan(mib);
  return result.ok ? "ok" : result.diagnostics.map((d: Diagnostic) => `${d.code}@${d.field ?? ""}`);
}

describe("the library under hostile values", () => {
  it("21 MB as text and as bytes: refused at the data file's 2 MB limit, at once", async () => {
    const text = `intro: ${"很".repeat(7_000_000)}`;
    expect(await outcome({ text })).toEqual(["fileTooLarge@"]);
    expect(await outcome({ bytes: Buffer.from(text) })).toEqual(["fileTooLarge@"]);
    expect(await outcome({ data: { ...BASE, intro: "很".repeat(2_200_000) } })).toEqual(["fileTooLarge@"]);
  });

  it("a million list items: refused at the list, in bounded time and memory", async () => {
    const items = new Array<unknown>(1_000_000).fill({ heading: "稳增长。", body: "正文。" });
    expect(await outcome({ data: { ...BASE, work: items } }, 2_000, 100)).toEqual(["tooManyEntries@work"]);
  });

  it("one object under two names is copied, not called a YAML alias", async () => {
    const part = { heading: "稳增长。", body: "全年完成任务。" };
    const result = await report.build({ data: { ...BASE, work: [part, part] } }, { format: "txt" });
    expect(result.ok).toBe(true);
    if (result.ok) expect(new TextDecoder().decode(result.bytes).match(/全年完成任务。/g)).toHaveLength(2);
  });

  it("an object shared so often that copying it would be huge: refused by the entries limit", async () => {
    let node: unknown = { a: "x" };
    for (let i = 0; i < 40; i++) node = { left: node, right: node }; // 2^40 paths, 41 objects
    expect(await outcome({ data: { ...BASE, extra: node } })).toEqual([
      expect.stringMatching(/^tooDeep@extra(\.left)+$/),
    ]);
    let wide: unknown = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, "x"]));
    for (let i = 0; i < 10; i++) wide = Object.fromEntries(Array.from({ length: 20 }, (_, k) => [`k${k}`, wide]));
    expect(await outcome({ data: { ...BASE, extra: wide } })).toEqual([expect.stringMatching(/^tooManyEntries@extra/)]);
  });

  it("cycles, functions, Symbols, BigInts, Maps, Sets, Dates and class instances: each a diagnostic at its field", async () => {
    const cyclic: Record<string, unknown> = { ...BASE };
    cyclic.work = [{ heading: "一", body: cyclic }];
    class Figure {
      value = 1;
    }
    expect(await outcome({ data: cyclic })).toEqual(["dataCycle@work.0.body"]);
    expect(
      await outcome({
        data: {
          ...BASE,
          intro: () => "x",
          title: Symbol("t"),
          year: 2021n,
          figures: new Map([["a", 1]]),
          plans: new Set(["a"]),
          problems: [new Date(0), new Figure()],
        },
      }),
    ).toEqual([
      "dataNotPlain@year",
      "dataNotPlain@title",
      "dataNotPlain@intro",
      "dataNotPlain@figures",
      "dataNotPlain@plans",
      "dataNotPlain@problems.0",
      "dataNotPlain@problems.1",
    ]);
    const described = (await report.build({ data: { ...BASE, figures: new Map() } })) as {
      diagnostics: readonly Diagnostic[];
    };
    expect(report.describe(described.diagnostics[0] as Diagnostic, "zh").message).toBe(
      "`figures` 是 Map，不是数据：总结的数据只能是对象、列表、文字、数字、true/false 和 null",
    );
  });

  it("getters and Proxies that throw: a diagnostic, never a throw", async () => {
    const getter = Object.defineProperty({ ...BASE }, "intro", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    expect(await outcome({ data: getter })).toEqual(["dataUnreadable@intro"]);
    const trap = () => {
      throw new Error("trap");
    };
    expect(await outcome({ data: new Proxy({ ...BASE }, { ownKeys: trap }) })).toEqual(["dataUnreadable@data"]);
    expect(await outcome({ data: new Proxy({ ...BASE }, { getPrototypeOf: trap }) })).toEqual(["dataUnreadable@data"]);
    expect(await outcome({ data: new Proxy({ ...BASE }, { get: trap }) })).toEqual([
      "dataUnreadable@year",
      "dataUnreadable@organisation",
      "dataUnreadable@title",
      "dataUnreadable@intro",
    ]);
    expect(await outcome({ data: { ...BASE, work: new Proxy([], { get: trap }) } })).toEqual(["dataUnreadable@work"]);
    // Not an object at all where an object or text is expected.
    expect(await outcome({ text: 42 as unknown as string })).toEqual(["dataNotPlain@text"]);
    expect(await outcome({ bytes: "abc" as unknown as Uint8Array })).toEqual(["dataNotPlain@bytes"]);
  });

  it("__proto__, constructor and toString as keys and figure names: refused by name, Object.prototype untouched", async () => {
    const data = JSON.parse(
      '{"year":2021,"organisation":"某某街道","title":"某某街道2021年度工作总结","intro":"今年。","__proto__":{"polluted":1},' +
        '"figures":{"__proto__":{"value":1},"constructor":{"value":1},"toString":2}}',
    ) as unknown;
    const codes = await outcome({ data });
    expect(codes).toContain("unknownKey@__proto__");
    expect(codes).toContain("reservedFigureName@figures.constructor");
    expect(codes).toContain("reservedFigureName@figures.toString");
    expect(codes).toContain("reservedFigureName@figures.__proto__");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("1e308, NaN, ±Infinity and 2^53 are refused; -0 and 2^53 − 1 are numbers", async () => {
    const figures = { a: 1e308, b: NaN, c: Infinity, d: -Infinity, e: 2 ** 53 };
    const codes = await outcome({ data: { ...BASE, intro: "{{a}}{{b}}{{c}}{{d}}{{e}}", figures } });
    expect(codes).toEqual([
      "numberTooLarge@figures.a",
      "numberNotFinite@figures.b",
      "numberNotFinite@figures.c",
      "numberNotFinite@figures.d",
      "numberTooLarge@figures.e",
    ]);
    const fine = await report.build(
      { data: { ...BASE, intro: "共{{a}}项，{{b}}元。", figures: { a: -0, b: 2 ** 53 - 1 } } },
      { format: "txt" },
    );
    expect(fine.ok).toBe(true);
    if (fine.ok) expect(new TextDecoder().decode(fine.bytes)).toContain("共0项，9007199254740991元。");
  });
});

describe("the library on arbitrary objects (property-based)", () => {
  // Anything a caller could pass: nested objects and arrays, BigInts, Maps, Sets, boxed values,
  // typed arrays, null prototypes, sparse arrays, dates, symbols as values, in any field.
  const anything = fc.anything({
    maxDepth: 4,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withNullPrototype: true,
    withSet: true,
    withSparseArray: true,
    withTypedArray: true,
    withObjectString: true,
  });
  const field = fc.constantFrom(
    "year",
    "organisation",
    "title",
    "intro",
    "work",
    "problems",
    "figures",
    "draft",
    "extra",
  );
  it("never throws: ok, or diagnostics every one of which describes itself in both languages", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(field, anything), { maxLength: 4 }), fc.boolean(), async (fields, cyclic) => {
        const data: Record<string, unknown> = { ...BASE };
        for (const [key, value] of fields) data[key] = value;
        if (cyclic) data.work = [{ heading: "一", body: data }];
        const result = await report.build({ data }, { format: "txt" });
        if (result.ok) expect(new TextDecoder().decode(result.bytes)).toContain("某某街道");
        else expect(result.diagnostics.length).toBeGreaterThan(0);
        for (const d of result.diagnostics)
          for (const lang of ["zh", "en"] as const) expect(report.describe(d, lang).message.length).toBeGreaterThan(0);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { seed: FC_SEED, numRuns: FC_NUM_RUNS },
    );
  }, 600_000);
});
