import { isPartialDateString } from "../internal/dates.js";
import type { PartialDate } from "./PartialDate.js";

/**
 * Tells whether a value is a {@link PartialDate}: `YYYY`, `YYYY-MM` or a real `YYYY-MM-DD`.
 *
 * @param value - Anything.
 * @returns `true` for a well-formed partial or full date.
 *
 * @example
 * isPartialDate("2011")
 * //=> true
 * isPartialDate("2011-13")
 * //=> false
 *
 * @category Dates
 */
export function isPartialDate(value: unknown): value is PartialDate {
  return isPartialDateString(value);
}
