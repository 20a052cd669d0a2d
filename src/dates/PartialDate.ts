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
