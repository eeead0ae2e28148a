/** Worst cases for every scan of user text, by name: each a data file just under the size limit. */
export function hostileCorpus(filled: string): Record<string, string>;
export function writingCorpus(filled: string): Record<string, string>;
