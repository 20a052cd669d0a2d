import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isFullDate } from "./dates.js";

/** The definition, written the long way: the pattern, then the calendar (years 1–9999). */
function reference(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Texts near a date: its digits, separators and look-alikes, of about its length. */
const nearDate = fc
  .array(fc.constantFrom("0", "1", "2", "3", "9", "-", "/", " ", "\n", "+", "a", "٢", "２", "/"), { minLength: 8, maxLength: 12 })
  .map((chars) => chars.join(""));
const realish = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);

describe("isFullDate (properties)", () => {
  it("takes a text as a date exactly when it is YYYY-MM-DD in ASCII digits and a day of the calendar", () => {
    fc.assert(
      fc.property(fc.oneof(nearDate, realish, fc.string()), (value) => {
        expect(isFullDate(value)).toBe(reference(value));
      }),
      { numRuns: 5000 },
    );
  });

  it("takes 29 February in leap years only, and refuses year 0000, other digits and anything around the date", () => {
    expect(["2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"].map(isFullDate)).toEqual([true, true, true, true]);
    expect(
      [
        "2023-02-29",
        "1900-02-29",
        "0000-01-01",
        "2024-04-31",
        "2024-13-01",
        "2024-00-10",
        "2024-01-00",
        "２０２４-01-01",
        "2024-01-01\n",
        " 2024-01-01",
        "2024-1-01",
        "2024/01/01",
      ].map(isFullDate),
    ).toEqual(Array(12).fill(false));
    expect([20240101, undefined, null, new Date(0)].map(isFullDate)).toEqual([false, false, false, false]);
  });
});
