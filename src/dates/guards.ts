import { CbmError } from "../errors/CbmError.js";
import { isFullDate } from "../internal/dates.js";

/** The years every query takes: those of a `YYYY-MM-DD` date (0001–9999). */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

/**
 * The one year guard of every public function that takes a year (aggregates, registry queries):
 * throws a located `CbmError` `invalid-argument` unless `year` is an integer from 1 to 9999, the
 * range of the dates the library reads.
 */
export function assertQueryYear(year: unknown, fn: string, name = "year"): asserts year is number {
  if (typeof year !== "number" || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new CbmError(
      "invalid-argument",
      `${fn}: ${name} must be an integer from ${MIN_YEAR} to ${MAX_YEAR} (got ${typeof year === "string" ? JSON.stringify(year) : String(year)}).`,
    );
  }
}

/**
 * The one date guard of every public function that takes a day (`asOf`, `deadline`, the date of a
 * registry query): throws a located `CbmError` `invalid-date` unless `date` is a real calendar date
 * written `YYYY-MM-DD`, years 0001–9999.
 */
export function assertQueryDate(date: unknown, fn: string, name?: string): asserts date is string {
  if (!isFullDate(date)) {
    throw new CbmError(
      "invalid-date",
      `${fn}: ${name === undefined ? "" : `${name} `}${JSON.stringify(date)} is not a real calendar date written YYYY-MM-DD; check it first with isCalendarDate().`,
    );
  }
}

/** {@link assertQueryDate} for an optional day: `undefined` passes. */
export function assertOptionalDate(date: unknown, fn: string, name: string): asserts date is string | undefined {
  if (date !== undefined) assertQueryDate(date, fn, name);
}
