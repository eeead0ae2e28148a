/** What a message is made of, apart from the catalogues that hold the messages (catalogue.ts). */

/** The kinds of value a data field can hold, as wrong-type messages name them. */
export type ValueKind = "number" | "text" | "list" | "mapping" | "empty" | "yes/no" | "figure";

export interface Text {
  readonly message: string;
  readonly hint?: string;
}
