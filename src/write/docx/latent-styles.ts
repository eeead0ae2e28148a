/**
 * w:latentStyles as Word 2016 writes it into every file (its 公文 templates among them): the count
 * of built-in styles Word knows and the defaults for those the file does not define, with the
 * exceptions a clerk meets in the styles pane (样式窗格) and gallery, so that 标题 5, 目录 1 or 题注
 * show where Word puts them rather than at the end, unsorted.
 */
interface Latent {
  readonly priority?: number;
  readonly hidden?: true;
  readonly gallery?: true;
}

const heading = (n: number): [string, Latent] => [
  `heading ${n}`,
  { priority: 9, gallery: true, ...(n > 1 ? { hidden: true } : {}) },
];
const toc = (n: number): [string, Latent] => [`toc ${n}`, { priority: 39, hidden: true }];
const ONE_TO_NINE = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/** Word 2016's exceptions for the styles of a document like ours (its own list has 376 entries). */
const EXCEPTIONS: readonly [string, Latent][] = [
  ["Normal", { priority: 0, gallery: true }],
  ...ONE_TO_NINE.map(heading),
  ...ONE_TO_NINE.map(toc),
  ["caption", { priority: 35, hidden: true, gallery: true }],
  ["Title", { priority: 10, gallery: true }],
  ["Default Paragraph Font", { priority: 1, hidden: true }],
  ["Subtitle", { priority: 11, gallery: true }],
  ["Strong", { priority: 22, gallery: true }],
  ["Emphasis", { priority: 20, gallery: true }],
  ["Table Grid", { priority: 39 }],
  ["No Spacing", { priority: 1, gallery: true }],
  ["List Paragraph", { priority: 34, gallery: true }],
  ["TOC Heading", { priority: 39, hidden: true, gallery: true }],
];

const exception = ([name, { priority, hidden, gallery }]: [string, Latent]) =>
  `<w:lsdException w:name="${name}"` +
  (hidden ? ' w:semiHidden="1"' : "") +
  (priority === undefined ? "" : ` w:uiPriority="${priority}"`) +
  (hidden ? ' w:unhideWhenUsed="1"' : "") +
  (gallery ? ' w:qFormat="1"' : "") +
  "/>";

export const LATENT_STYLES =
  '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376">' +
  EXCEPTIONS.map(exception).join("") +
  "</w:latentStyles>";

/** Word's own character style every other one is based on; the docx library names it without defining it. */
export const DEFAULT_PARAGRAPH_FONT =
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>';
