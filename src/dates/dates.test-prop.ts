import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCalendarDate } from "./isCalendarDate.js";
import { assumedDay } from "./assumedDay.js";

const pad = (n: number, width: number) => String(n).padStart(width, "0");

describe("calendar dates (properties)", () => {
  it("agrees with the ECMAScript calendar on every year, month and day number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        const probe = new Date(0);
        probe.setUTCFullYear(y, m - 1, d);
        const real = m >= 1 && m <= 12 && d >= 1 && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
        expect(isCalendarDate(text)).toBe(real);
      }),
    );
  });

  it("reads every month as a real date that is the last of its month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const last = assumedDay(`${pad(y, 4)}-${pad(m, 2)}`);
        expect(isCalendarDate(last)).toBe(true);
        const [yy, mm, dd] = last.split("-").map(Number) as [number, number, number];
        expect(isCalendarDate(`${pad(yy, 4)}-${pad(mm, 2)}-${pad(dd + 1, 2)}`)).toBe(false);
      }),
    );
  });
});
