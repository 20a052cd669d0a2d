import { isPartialDateString, lastDayOf } from "../internal/dates.js";

/**
 * A date as precise as its source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Where a source gives only a
 * year or a month, the data keeps it that way rather than invent a day.
 *
 * @example
 * const joined: PartialDate = "2010-06"; // Iraq and Viet Nam: the month is known, not the day
 *
 * @category Dates
 */
export type PartialDate = string;

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

/**
 * The day that queries assume for a {@link PartialDate}: the **last** day of the year or month it
 * names, the first day on which a change dated that way is certain. A full date is returned as is.
 * So a state that joined in "2011" is a member from 2011-12-31, and one that joined in "2010-06"
 * from 2010-06-30.
 *
 * @param date - A partial or full date.
 * @returns A `YYYY-MM-DD` date.
 * @throws {@link CbmError} `invalid-date` when `date` is not a partial date.
 *
 * @example
 * assumedDay("2011")
 * //=> "2011-12-31"
 * assumedDay("2024-02")
 * //=> "2024-02-29"
 * assumedDay("2004-10-22")
 * //=> "2004-10-22"
 *
 * @category Dates
 */
export function assumedDay(date: PartialDate): string {
  return lastDayOf(date);
}
