import { isFullDate } from "../internal/dates.js";

/**
 * Tells whether a value is a real calendar date written `YYYY-MM-DD` (years 0001–9999): the form
 * every query in this library takes. `2006-02-30` and `2023-02-29` are not; `2024-02-29` is.
 *
 * @param value - Anything.
 * @returns `true` for a real calendar date.
 *
 * @example
 * isCalendarDate("2024-02-29")
 * //=> true
 * isCalendarDate("2006-02-30")
 * //=> false
 *
 * @category Dates
 */
export function isCalendarDate(value: unknown): value is string {
  return isFullDate(value);
}
