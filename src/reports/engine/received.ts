import { describeValue } from "../../internal/json.js";
import type { Received } from "../issueParams.js";

/** A value found, as an issue's `received` param: a text as written (its first 57 characters and "…" past 60), a number as the number, else what it is. */
export function received(value: unknown): Received {
  if (typeof value === "string") return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  if (typeof value === "number") return value;
  return describeValue(value);
}

/** The message key for a value found: `key.text` when it is a text, which its template quotes. */
export function keyFor(key: string, value: unknown): string {
  return typeof value === "string" ? `${key}.text` : key;
}
