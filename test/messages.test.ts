/** The catalogue's promises: every message exists in both languages, and the Chinese one is Chinese. */
import { describe, expect, it, vi } from "vitest";
import { catalogues, type MessageCode, type Text } from "../src/messages/catalogue.js";
import { detectLang } from "../src/messages/lang.js";
import { RULE_WORDINGS } from "../src/messages/writing.js";
import { RULE_IDS } from "../src/writing-rules.js";

/**
 * Parameters for any message: every field reads as a short value of the kind messages print, in
 * Latin letters only, so that the Chinese a message holds is the catalogue's own.
 */
const anyParams = new Proxy(
  {},
  {
    get: (_, key) =>
      key === Symbol.toPrimitive
        ? () => "x"
        : ["count", "limit", "line", "column", "limitMiB", "index", "expected", "got"].includes(String(key))
          ? 3
          : ["known", "suggestions", "names", "paths", "paragraphFields"].includes(String(key))
            ? ["a", "b"]
            : "abc",
  },
);

const codes = Object.keys(catalogues.en) as MessageCode[];
/** Messages that print a text made elsewhere in the chosen language (usage-errors.ts, tested there). */
const passThrough: readonly MessageCode[] = ["usage"];

describe("the message catalogue", () => {
  it("has the same codes in Chinese and English", () => {
    expect(Object.keys(catalogues.zh).sort()).toEqual([...codes].sort());
  });

  const cases = codes.flatMap((code): [string, MessageCode, unknown][] =>
    // One code has a wording per rule of the writing check: each is a message of its own.
    code === "writing"
      ? RULE_IDS.map((rule) => [`writing ${rule}`, code, { rule, found: "x", suggestion: "y", fixable: true }])
      : [[code, code, anyParams]],
  );

  // Each rule's own wording, before the sentence every writing message ends with (which is Chinese
  // in zh.ts whatever the rule says).
  it.each(RULE_IDS)("writing %s: the rule's own Chinese wording is Chinese, its English is English", (rule) => {
    const params = { rule, found: "x", suggestion: "y", fixable: false };
    const zh = RULE_WORDINGS.zh[rule](params);
    const en = RULE_WORDINGS.en[rule](params);
    expect(zh.message).toMatch(/\p{Script=Han}/u);
    if (zh.hint !== undefined) expect(zh.hint).toMatch(/\p{Script=Han}/u);
    expect(en.message.replace(/[“”"「」].*?[“”"「」]|\p{Script=Han}+/gu, "")).toMatch(/[A-Za-z]{3}/);
    expect(en.message).not.toMatch(/\p{Script=Han}/u);
  });

  it.each(cases)("%s: the Chinese message and hint hold Chinese, the English ones do not", (_, code, params) => {
    const zh = (catalogues.zh[code] as (p: unknown) => Text)(params);
    const en = (catalogues.en[code] as (p: unknown) => Text)(params);
    if (!passThrough.includes(code)) expect(zh.message).toMatch(/\p{Script=Han}/u);
    if (zh.hint !== undefined) expect(zh.hint).toMatch(/\p{Script=Han}/u);
    expect(en.hint === undefined).toBe(zh.hint === undefined);
    // English may quote Chinese examples, but its own words are English.
    if (!passThrough.includes(code))
      expect(en.message.replace(/[“”"「」].*?[“”"「」]|\p{Script=Han}+/gu, "")).toMatch(/[A-Za-z]{3}/);
  });
});

describe("the language of messages", () => {
  it("follows --lang first, then LC_ALL, LC_MESSAGES and LANG", () => {
    expect(detectLang("en", { LANG: "zh_CN.UTF-8" })).toBe("en");
    expect(detectLang("zh", { LANG: "C" })).toBe("zh");
    expect(detectLang(undefined, { LC_ALL: "zh_CN.UTF-8", LANG: "en_US.UTF-8" })).toBe("zh");
    expect(detectLang(undefined, { LC_MESSAGES: "zh_TW.UTF-8" })).toBe("zh");
    expect(detectLang(undefined, { LANG: "en_GB.UTF-8" })).toBe("en");
  });

  it("follows Windows' own locale when no locale variable is set (a Chinese Windows sets none)", () => {
    const resolved = Intl.DateTimeFormat().resolvedOptions();
    const spy = vi.spyOn(Intl.DateTimeFormat.prototype, "resolvedOptions");
    try {
      spy.mockReturnValue({ ...resolved, locale: "zh-CN" });
      expect(detectLang(undefined, {}, "win32")).toBe("zh");
      spy.mockReturnValue({ ...resolved, locale: "en-US" });
      expect(detectLang(undefined, {}, "win32")).toBe("en");
      // An empty LANG is unset, as on Windows, not a choice of English.
      spy.mockReturnValue({ ...resolved, locale: "zh-CN" });
      expect(detectLang(undefined, { LANG: "" }, "win32")).toBe("zh");
    } finally {
      spy.mockRestore();
    }
  });

  it("is English elsewhere with no locale variable (the C locale, all ICU would say), without asking ICU", () => {
    const spy = vi.spyOn(Intl.DateTimeFormat.prototype, "resolvedOptions");
    try {
      for (const platform of ["linux", "darwin", "freebsd"] as const)
        expect(detectLang(undefined, {}, platform)).toBe("en");
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
