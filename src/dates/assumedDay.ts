import { lastDayOf } from "../internal/dates.js";
import type { PartialDate } from "./PartialDate.js";

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
