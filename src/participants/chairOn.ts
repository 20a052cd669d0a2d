import { assertQueryDate } from "../dates/guards.js";
import { lastDayOf } from "../internal/dates.js";
import type { ChairTerm, Registry } from "./types.js";

/**
 * The chairmanship term in force on a date. A term covers `from` up to, not including, `until`, so
 * on a handover day the incoming chair is returned. A partial date counts from its last day.
 *
 * @param registry - The registry, e.g. `cica.registry`.
 * @param date - A calendar date, `YYYY-MM-DD`.
 * @returns The term, or `undefined` when no chair is recorded for that date.
 * @throws {@link CbmError} `invalid-date` when `date` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * chairOn(cica.registry, "2016-01-01")?.state
 * //=> "CN"
 * chairOn(cica.registry, "2010-06-08")?.state
 * //=> "TR"
 * chairOn(cica.registry, "2000-01-01")
 * //=> undefined
 *
 * @category Participants
 */
export function chairOn(registry: Registry, date: string): ChairTerm | undefined {
  assertQueryDate(date, "chairOn");
  return registry.chairs.find((term) => lastDayOf(term.from) <= date && (term.until === undefined || date < lastDayOf(term.until)));
}
