/**
 * Every sentence the tool says to a person, in Chinese (zh.ts) and English (en.ts). Code elsewhere
 * passes a message code and its parameters; only the console output turns them into text.
 *
 * A message says what is wrong; its hint says how to fix it, with an example where one helps.
 */
import { en } from "./en.js";
import { zh } from "./zh.js";

/** The kinds of value a data field can hold, as wrong-type messages name them. */
export type ValueKind = "number" | "text" | "list" | "mapping" | "empty" | "yes/no" | "figure";

export interface Text {
  readonly message: string;
  readonly hint?: string;
}

/** The English catalogue defines the codes and each one's parameters; zh.ts must match it. */
export type Catalogue = typeof en;
export type MessageCode = keyof Catalogue;
export type MessageParams<C extends MessageCode> = C extends MessageCode
  ? Parameters<Catalogue[C]> extends []
    ? Record<string, never>
    : Parameters<Catalogue[C]>[0]
  : never;

export type Lang = "zh" | "en";
export const catalogues: Readonly<Record<Lang, Catalogue>> = { zh, en };

/** A message code with its own parameters, as a diagnostic or a status line carries them. */
export type Message = { [C in MessageCode]: { readonly code: C; readonly params: MessageParams<C> } }[MessageCode];

export function text<C extends MessageCode>(lang: Lang, code: C, params: MessageParams<C>): Text {
  const render = catalogues[lang][code] as (p: MessageParams<C>) => Text;
  return render(params);
}

/** The text of a diagnostic or status line, whatever its code; `shown` may rewrite its parameters. */
export function describe(lang: Lang, { code, params }: Message, shown: <P>(params: P) => P = (p) => p): Text {
  // A union's code and params cannot be passed as a correlated pair (microsoft/TypeScript#30581);
  // Message itself guarantees they belong together.
  return text(lang, code, shown(params) as never);
}
