/**
 * Names and keys as clerks write them: letters of any script, digits and `_`. The patterns say so
 * with Unicode properties (\p{L}, \p{N}), whose ranges V8 works out the first time a pattern runs:
 * in a cold build, more work than everything else the two patterns do (npm run bench). Nearly every
 * name is in ASCII or the common Han blocks, which a plain pattern accepts; the full one is asked
 * only of anything else.
 */

/**
 * A pattern whose `test` tries two shortcuts first: a cheaper pattern that accepts only what the full
 * one accepts, and one that finds what it refuses (test/word-patterns.test.ts checks every code
 * point). Anything that reads the pattern itself (its `source` for the JSON Schema, its flags) sees
 * the full one.
 */
export class WithShortcut extends RegExp {
  readonly #accepts: RegExp;
  readonly #refuses: RegExp;

  constructor(full: RegExp, shortcuts: { readonly accepts: RegExp; readonly refuses: RegExp }) {
    super(full.source, full.flags);
    this.#accepts = shortcuts.accepts;
    this.#refuses = shortcuts.refuses;
  }

  override test(text: string): boolean {
    if (this.#accepts.test(text)) return true;
    return this.#refuses.test(text) ? false : super.test(text);
  }
}

/** The shortcuts' letters: ASCII's, and CJK Unified Ideographs with Extension A (all \p{L} since Unicode 14). */
const LETTERS = "A-Za-z\\u3400-\\u4DBF\\u4E00-\\u9FFF";
/** An ASCII character that is neither a letter, a digit nor `_`: a space, a mark, a `#` of a comment. */
const NOT_A_WORD = "\\x00-\\x2F\\x3A-\\x40\\x5B-\\x5E\\x60\\x7B-\\x7F";

/** A figure's name, used in prose as {{name}}: a single Handlebars identifier. */
export const FIGURE_NAME = new WithShortcut(/^[\p{L}_][\p{L}\p{N}_]*$/u, {
  accepts: new RegExp(`^[${LETTERS}_][${LETTERS}0-9_]*$`),
  refuses: new RegExp(`^[0-9]|[${NOT_A_WORD}]`),
});

/** A key as clerks write one: a word without spaces or marks. */
export const KEY = new WithShortcut(/^[\p{L}\p{N}_]{1,40}$/u, {
  accepts: new RegExp(`^[${LETTERS}0-9_]{1,40}$`),
  refuses: new RegExp(`[${NOT_A_WORD}]`),
});
