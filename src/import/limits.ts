/**
 * How big a Word file's parts may be when `report import` reads one. A year-end summary's
 * document.xml is a few hundred kilobytes; these limits are far above that and low enough that a
 * zip bomb, a huge part or a deeply nested one is refused within a second or two, in bounded
 * memory. Documented in docs/cli.md (Limits) and SECURITY.md.
 */

/** Bytes of the file given to import (.docx, .doc, .txt …): 64 MiB. */
export const MAX_IMPORT_FILE_BYTES = 64 * 1024 * 1024;

/** Entries in the zip's central directory: a Word file has a dozen or two. */
export const MAX_ZIP_ENTRIES = 10_000;

/** Bytes of one part once inflated (document.xml, styles.xml …): 16 MiB, checked as it inflates. */
export const MAX_PART_BYTES = 16 * 1024 * 1024;

/** Bytes of all the parts read, inflated: 32 MiB. */
export const MAX_TOTAL_BYTES = 32 * 1024 * 1024;

/** Levels of element nesting in a part; Word's own files need about fifteen. */
export const MAX_XML_DEPTH = 128;

/** Paragraphs (and table cells) read from one document. */
export const MAX_IMPORT_PARAGRAPHS = 20_000;
