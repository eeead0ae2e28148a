/**
 * Every sentence the tool says to a person, in Chinese (zh.ts) and English (en.ts). Code elsewhere
 * passes a message code and its parameters; only the console output turns them into text.
 *
 * A message says what is wrong; its hint says how to fix it, with an example where one helps.
 */
import { en, type Catalogue } from "./en.js";
import type { Text } from "./text.js";
import { zh } from "./zh.js";

export type { Catalogue } from "./en.js";
export type { Text, ValueKind } from "./text.js";
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
