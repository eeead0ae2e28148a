/**
 * How big a data file may be. A year-end summary is a few dozen kilobytes, a handful of sections and a
 * few dozen figures; these limits are far above that and low enough that every check answers within a
 * couple of seconds, whatever arrives. They are documented in docs/cli.md (Limits) and SECURITY.md.
 */

/** Bytes in a data file: 2 MiB. Checked while reading, so a huge file or a device is never read whole. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Levels of nesting (lists, groups of fields, brackets); the data format itself needs about five. */
export const MAX_NESTING_DEPTH = 32;

/** Items in each list of the data (parts, sections, points…): each is a paragraph, and 一、二、… numbering ends at 999. */
export const MAX_LIST_ITEMS = 200;

/** Entries under figures. */
export const MAX_FIGURES = 500;

/**
 * Entries in the whole file (`name: value` pairs and list items). YAML checks each key of a mapping
 * against the others, which grows with the square of their number; this keeps it to a fraction of a second.
 */
export const MAX_ENTRIES = 5_000;

/**
 * Problems reported in one text field. Each is located in the file by searching the text, so a text
 * of a hundred thousand bad references would take minutes to list; the first few say what to fix.
 */
export const MAX_PROBLEMS_PER_TEXT = 20;

/**
 * `{{` in one text, and in the whole file. Handlebars' parser slows down steeply on thousands of
 * unclosed `{{#…}}`, and every reference is a run in the Word file; a paragraph has a few dozen at most.
 */
export const MAX_REFERENCES_PER_TEXT = 200;
export const MAX_REFERENCES = 2000;

/**
 * Problems listed for one file; the rest are counted in a last line (“… and N more”). A broken file
 * can have a problem on each of a million lines: listing them all would flood the terminal, the CI
 * log and memory, and the first ones are what the clerk fixes first anyway.
 */
export const MAX_PROBLEMS_PER_FILE = 100;

/**
 * Stray tokens (a `]` alone on a line) YAML is given, and errors it makes: each error is an object,
 * so a million of them took a minute and a gigabyte. Those past this are only counted, and their
 * lines reported as one “… and N more”; a real mistake makes a few dozen.
 */
export const MAX_YAML_ERRORS = 1000;

/**
 * Characters of markup one template may produce for one document (texts, loop bodies and partials
 * counted as they are made, so nested loops count more than once). A summary's markup is a few
 * hundred thousand; a template that prints a long text thousands of times or nests {{#each}} over
 * every list stops at this bound with a message, not when memory runs out.
 */
export const MAX_TEMPLATE_OUTPUT = 64 * 1024 * 1024;

/** Partials inside partials: the shipped template needs one a heading level; one that includes itself never ends. */
export const MAX_PARTIAL_DEPTH = 64;

/**
 * Pages `--format pdf` prints, as the page estimate counts them. LibreOffice lays out many paragraphs
 * at about a hundred pages a second, but one paragraph the slower the longer it is: 493 pages of one
 * paragraph took it 10 s on a two-core machine, the 1,028 of a 1.9 MB data file's two minutes. This
 * keeps every conversion within the 20 s a build at the size limits is held to (SECURITY.md); a
 * year-end summary runs to a few dozen pages. The Word file has no such bound.
 */
export const MAX_PDF_PAGES = 500;
