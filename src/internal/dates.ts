import { CbmError } from "../errors/CbmError.js";

const FULL = /^\d{4}-\d{2}-\d{2}$/;
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of a year (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The number written by the two ASCII digits of `value` at `at` (48 is the code of `0`: 48 × 10 + 48 = 528). */
const twoDigits = (value: string, at: number): number => value.charCodeAt(at) * 10 + value.charCodeAt(at + 1) - 528;

/**
 * True for a real calendar date written `YYYY-MM-DD` (years 0001–9999). The pattern is tested, not
 * matched, and the numbers read from the character codes: the rules ask it of every date of every
 * report, and a match would make an array and three texts each time.
 */
export function isFullDate(value: unknown): value is string {
  if (typeof value !== "string" || !FULL.test(value)) return false;
  const year = twoDigits(value, 0) * 100 + twoDigits(value, 2);
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True for `YYYY`, `YYYY-MM` or a real `YYYY-MM-DD`. */
export function isPartialDateString(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = PARTIAL.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < 1) return false;
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  return isFullDate(value);
}

/**
 * The day a query assumes for a partial date: the last day of the year or month it names, the
 * first day on which something dated that way is certain. A full date is returned unchanged.
 */
export function lastDayOf(value: string): string {
  const match = PARTIAL.exec(value);
  if (!match || !isPartialDateString(value)) {
    throw new CbmError("invalid-date", `"${value}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD.`);
  }
  const year = match[1] as string;
  if (match[2] === undefined) return `${year}-12-31`;
  if (match[3] !== undefined) return value;
  const day = daysInMonth(Number(year), Number(match[2]));
  return `${year}-${match[2]}-${String(day).padStart(2, "0")}`;
}
