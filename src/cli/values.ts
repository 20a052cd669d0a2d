// The checks of an option's value: one of a list, a year, a calendar date. Each throws a
// UsageError in the chosen language that names the option and what it takes.
import { isCalendarDate } from "../index.js";
import { UsageError } from "./errors.js";
import { oneOf } from "./lookup.js";
import type { Say } from "./words.js";

/** `value`, when it is one of `allowed`; otherwise a usage error that lists them. */
export function chosen<const TAllowed extends string>(value: string, allowed: readonly TAllowed[], name: string, say: Say): TAllowed {
  if (oneOf(allowed, value)) return value;
  const list = allowed.length > 1 ? `${allowed.slice(0, -1).join(", ")}${say("error.or")}${allowed.at(-1)}` : (allowed[0] ?? "");
  throw new UsageError(say("error.oneOf", { option: `--${name}`, allowed: list, value }));
}

/** A year option, written YYYY, that must be given. */
export function yearOption(value: string | undefined, name: string, say: Say): number {
  if (value === undefined) throw new UsageError(say("error.required", { option: `--${name}`, example: "2025" }));
  if (!/^\d{4}$/.test(value)) throw new UsageError(say("error.year", { option: `--${name}`, value }));
  return Number(value);
}

/** A date option, written YYYY-MM-DD, when given. */
export function dateOption(value: string | undefined, name: string, say: Say): string | undefined {
  if (value !== undefined && !isCalendarDate(value)) throw new UsageError(say("error.date", { option: `--${name}`, value }));
  return value;
}
