/** `report schema`: the JSON Schema of the data format on stdout, for editors and other tools. */
import { dataJsonSchemaText } from "../../validate/json-schema.js";
import type { Output } from "../output.js";

export function runSchema(out: Output): void {
  out.data(new TextEncoder().encode(dataJsonSchemaText()));
}
