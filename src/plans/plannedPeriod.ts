import { daysInMonth, isFullDate } from "../internal/dates.js";

/** A range of days, both ends included (`YYYY-MM-DD`). */
export interface DayRange {
  readonly from: string;
  readonly to: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

/**
 * The days a planned date covers, first and last (`YYYY-MM-DD`): a day is itself, a month its
 * first to its last day, a quarter `2025-Q2` from 1 April to 30 June. `undefined` for anything
 * that is not a planned date.
 */
export function plannedPeriod(value: unknown): DayRange | undefined {
  if (typeof value !== "string") return undefined;
  if (isFullDate(value)) return { from: value, to: value };
  const month = MONTH.exec(value);
  const quarter = month ? undefined : QUARTER.exec(value);
  const year = month?.[1] ?? quarter?.[1];
  if (year === undefined || year === "0000") return undefined;
  const first = month ? Number(month[2]) : Number(quarter![2]) * 3 - 2;
  const last = month ? first : first + 2;
  const mm = (n: number) => String(n).padStart(2, "0");
  return { from: `${year}-${mm(first)}-01`, to: `${year}-${mm(last)}-${mm(daysInMonth(Number(year), last))}` };
}

/** Held dates as a range: `from` to `to` (or `from` alone); `undefined` unless both are real days in order. */
export function heldRange(from: unknown, to: unknown): DayRange | undefined {
  if (!isFullDate(from)) return undefined;
  const end = to === undefined ? from : to;
  if (!isFullDate(end) || end < from) return undefined;
  return { from, to: end };
}
