// The days a planned date stands for; internal to the plans layer.
import { daysInMonth, isFullDate } from "../internal/dates.js";

/** A range of days, both ends included. */
export interface DayRange {
  readonly from: string;
  readonly to: string;
}

const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The days a planned date stands for: a day itself, a month from its first to its last day, a
 * quarter (`2025-Q2`) from the first day of its first month to the last day of its third.
 * `undefined` for anything else.
 */
export function plannedRange(planned: unknown): DayRange | undefined {
  if (typeof planned !== "string") return undefined;
  if (isFullDate(planned)) return { from: planned, to: planned };
  const month = MONTH.exec(planned);
  if (month) {
    const year = Number(month[1]);
    const m = Number(month[2]);
    if (year < 1 || m < 1 || m > 12) return undefined;
    return { from: `${month[1]}-${month[2]}-01`, to: `${month[1]}-${month[2]}-${pad(daysInMonth(year, m))}` };
  }
  const quarter = QUARTER.exec(planned);
  if (quarter) {
    const year = Number(quarter[1]);
    if (year < 1) return undefined;
    const first = (Number(quarter[2]) - 1) * 3 + 1;
    return { from: `${quarter[1]}-${pad(first)}-01`, to: `${quarter[1]}-${pad(first + 2)}-${pad(daysInMonth(year, first + 2))}` };
  }
  return undefined;
}

/** Held dates as a range: `from` to `to` (or `from` alone); `undefined` unless both are real days in order. */
export function heldRange(from: unknown, to: unknown): DayRange | undefined {
  if (!isFullDate(from)) return undefined;
  const end = to === undefined ? from : to;
  if (!isFullDate(end) || end < from) return undefined;
  return { from, to: end };
}
