/**
 * docProps/core.xml and app.xml as the document's own. core.xml: its dates (timestamp.ts), its
 * title, and the organisation as author and last editor, or no author at all; never the docx
 * library's “Un-named” placeholder.
 */
import { colophonLines, type DocumentModel, letterheadLines, plainText, type Runs } from "../../model.js";
import type { WriterOptions } from "../options.js";
import { documentTimestamp } from "./timestamp.js";
import { APP_PART, CORE_PART, stampCoreXml } from "./deterministic-zip.js";

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function documentCoreXml(xml: string, model: DocumentModel, options: WriterOptions): string {
  const { title, author } = model.properties;
  const element = (name: string, value: string) => (value ? `<${name}>${escapeXml(value)}</${name}>` : "");
  const own = element("dc:title", title) + element("dc:creator", author) + element("cp:lastModifiedBy", author);
  return stampCoreXml(xml, documentTimestamp(model, options))
    .replace(/<(dc:title|dc:creator|cp:lastModifiedBy)>[^<]*<\/\1>/g, "")
    .replace(/(<cp:coreProperties\b[^>]*>)/, `$1${own}`);
}

/**
 * docProps/app.xml with what Word fills in that is known without laying the pages out (文件 → 属性):
 * the template (Word's Normal), the organisation as 单位 (Company), the characters with and without
 * spaces (字符数) of the text; pages, words and lines are Word's to count when it saves.
 */
export function documentAppXml(xml: string, model: DocumentModel): string {
  const text = documentText(model);
  // Characters as Word counts them: code points (a surrogate pair is one); each \s is one.
  const withSpaces = codePoints(text);
  const withoutSpaces = codePoints(text.replace(/\s/g, ""));
  const company = model.properties.author
    ? `<Company>${escapeXml(model.properties.author)}</Company>`
    : "<Company></Company>";
  const properties =
    "<Template>Normal.dotm</Template><TotalTime>0</TotalTime>" +
    `<Characters>${withoutSpaces}</Characters><Application>report</Application><DocSecurity>0</DocSecurity>` +
    `<ScaleCrop>false</ScaleCrop>${company}<LinksUpToDate>false</LinksUpToDate>` +
    `<CharactersWithSpaces>${withSpaces}</CharactersWithSpaces><SharedDoc>false</SharedDoc>` +
    "<HyperlinksChanged>false</HyperlinksChanged>";
  return xml.replace(/<Properties([^>]*?)\/>/, `<Properties$1>${properties}</Properties>`);
}

/** What `[...text].length` says, without an array of a string a character. */
function codePoints(text: string): number {
  let pairs = 0;
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  return text.length - pairs;
}

/** The part's XML made the document's own, for the parts that carry its properties; others as they are. */
export function documentPropertiesXml(path: string, xml: string, model: DocumentModel, options: WriterOptions): string {
  if (path === CORE_PART) return documentCoreXml(xml, model, options);
  if (path === APP_PART) return documentAppXml(xml, model);
  return xml;
}

/** The text Word counts: the body's, tables included, without headers and footers. */
function documentText(model: DocumentModel): string {
  return model.blocks
    .flatMap((block): Runs[] => {
      switch (block.kind) {
        case "closing":
          return [...block.lines];
        case "attachmentNote":
          return [...block.items];
        case "attachment":
          return [
            [{ text: block.label }],
            block.title,
            ...(block.paragraphs ?? []),
            block.tableTitle ?? [],
            (block.table?.columns ?? []).map((c) => ({ text: c.header })),
            ...(block.table?.rows ?? []).flat(),
          ];
        case "table":
          return [block.title, block.table.columns.map((c) => ({ text: c.header })), ...block.table.rows.flat()];
        case "letterhead":
          return letterheadLines(block).map((text) => [{ text }]);
        case "annotation":
          return [[{ text: block.text }]];
        case "colophon":
          return colophonLines(block).map((text) => [{ text }]);
        case "contents":
          return [block.title, ...block.entries.map((e) => e.text)].map((text) => [{ text }]);
        default:
          return [block.runs];
      }
    })
    .map(plainText)
    .join("");
}
