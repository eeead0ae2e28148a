/**
 * The package's fixed parts as Word and WPS need them, where the docx library writes less: the font
 * table, the typography defaults, the character-spacing setting and the page number's cached value.
 * Applied by finishParts (finish-parts.ts), so the reference writer and the kit made from its output
 * carry them alike and the two writers stay byte-identical.
 */
import { FONT_FACTS, profileFontNames, type FontSet } from "../layout/fonts.js";

const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

export type PackageParts = Record<string, Uint8Array>;

/** A w:font entry for every font the profile can name (ECMA-376 §17.8.3.10; children in schema order). */
export function withFontTable(xml: string, fonts: FontSet): string {
  const entries = profileFontNames(fonts)
    .map((name) => {
      const facts = FONT_FACTS[name];
      if (!facts) throw new Error(`no font facts for ${name}`);
      return (
        `<w:font w:name="${name}">` +
        (facts.altName ? `<w:altName w:val="${facts.altName}"/>` : "") +
        (facts.panose ? `<w:panose1 w:val="${facts.panose}"/>` : "") +
        `<w:charset w:val="${facts.charset}"/><w:family w:val="${facts.family}"/><w:pitch w:val="${facts.pitch}"/>` +
        `</w:font>`
      );
    })
    .join("");
  return xml.replace(/<w:fonts([^>]*?)\/>/, `<w:fonts$1>${entries}</w:fonts>`);
}

/**
 * Line-breaking and spacing decided for every paragraph, not left to each reader's default
 * (word-wps.md): 禁则 on (a closing mark never starts a line), no hanging punctuation (a full line
 * is 28 characters inside the text block, §5.2.3), no extra space between Chinese and Latin text or
 * digits (so a line with figures still holds 28).
 */
export const TYPOGRAPHY =
  '<w:kinsoku w:val="1"/><w:overflowPunct w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>';

/** w:pPr children that come after w:snapToGrid, and after the typography elements, in CT_PPrBase's sequence. */
export const AFTER_SNAP = [
  "spacing",
  "ind",
  "contextualSpacing",
  "mirrorIndents",
  "suppressOverlap",
  "jc",
  "textDirection",
  "textAlignment",
  "textboxTightWrap",
  "outlineLvl",
  "divId",
  "cnfStyle",
  "rPr",
  "sectPr",
  "pPrChange",
];
const AFTER_TYPOGRAPHY = ["bidi", "adjustRightInd", "snapToGrid", ...AFTER_SNAP];

/** w:pPr children that come after w:numPr (Word's numbering of a paragraph), in CT_PPrBase's sequence. */
export const AFTER_NUM_PR = [
  "suppressLineNumbers",
  "pBdr",
  "shd",
  "tabs",
  "suppressAutoHyphens",
  "kinsoku",
  "wordWrap",
  "overflowPunct",
  "topLinePunct",
  "autoSpaceDE",
  "autoSpaceDN",
  ...AFTER_TYPOGRAPHY,
];

/** Inserts `element` into a pPr's children before the first of `later`, keeping the schema's order. */
export function insertInPPr(inner: string, element: string, later: readonly string[]): string {
  const at = later
    .map((name) => inner.search(new RegExp(`<w:${name}[\\s/>]`)))
    .filter((i) => i >= 0)
    .reduce((a, b) => Math.min(a, b), inner.length);
  return inner.slice(0, at) + element + inner.slice(at);
}

export function withTypographyDefaults(xml: string): string {
  if (xml.includes("<w:pPrDefault/>"))
    return xml.replace("<w:pPrDefault/>", `<w:pPrDefault><w:pPr>${TYPOGRAPHY}</w:pPr></w:pPrDefault>`);
  return xml.replace(
    /(<w:pPrDefault><w:pPr>)(.*?)(<\/w:pPr><\/w:pPrDefault>)/,
    (_, open: string, inner: string, close: string) => open + insertInPPr(inner, TYPOGRAPHY, AFTER_TYPOGRAPHY) + close,
  );
}

/**
 * settings.xml as Word's 公文 templates have it, each element where CT_Settings' sequence puts it:
 * mirrored margins (GB/T 9704's 28 mm is the 订口, the binding edge, on the left of odd pages and
 * the right of even ones when printed on both sides, as the page numbers alternate); every ，。 a
 * full cell (§17.15.1.18); the footnote and endnote separators named, as Word names them; the theme's
 * East Asian language zh-CN, so Word picks Chinese theme fonts for any text without its own.
 */
export function withWordSettings(xml: string): string {
  return xml
    .replace("<w:defaultTabStop ", "<w:mirrorMargins/><w:defaultTabStop ")
    .replace(
      "<w:compat>",
      '<w:characterSpacingControl w:val="doNotCompress"/>' +
        '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' +
        '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr><w:compat>',
    )
    .replace("</w:compat>", '</w:compat><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>');
}

/**
 * The separators hold only w:separator / w:continuationSeparator, as Word writes them: the docx
 * library adds a footnote-reference mark to each, which Word is reported to repair once a clerk
 * inserts a footnote.
 */
export function withPlainSeparators(xml: string): string {
  return xml.replace(
    /<w:r><w:rPr><w:rStyle w:val="(?:Foot|End)noteReference"\/><\/w:rPr><w:(?:foot|end)noteRef\/><\/w:r>/g,
    "",
  );
}

/**
 * Each footer part and the first page it shows: the default (odd) footer page 1, the even one page 2.
 * Each part once, though several sections refer to it (the 版记's section, sections.ts, shares the body's).
 */
export function footerFirstPages(parts: PackageParts): [string, number][] {
  const document = decode(parts["word/document.xml"]);
  const rels = decode(parts["word/_rels/document.xml.rels"]);
  const found = new Map<string, number>();
  for (const [, type, id] of document.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)) {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
    const file = target?.[1] ?? target?.[2];
    if (file && !found.has(`word/${file}`)) found.set(`word/${file}`, type === "even" ? 2 : 1);
  }
  return [...found];
}

/**
 * The PAGE field in Word's own shape: begin, ` PAGE `, separate, the cached number in a run of its
 * own, end; readers that do not recompute fields show the cached number.
 */
export function withCachedPageNumber(xml: string, page: number): string {
  return xml
    .replace(
      '<w:instrText xml:space="preserve">PAGE</w:instrText>',
      '<w:instrText xml:space="preserve"> PAGE </w:instrText>',
    )
    .replace(
      /<w:r>((?:<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?)<w:fldChar w:fldCharType="separate"\/><\/w:r>/,
      (run, rPr: string) => `${run}<w:r>${rPr}<w:t>${page}</w:t></w:r>`,
    );
}
