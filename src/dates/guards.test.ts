import { describe, expect, it } from "vitest";
import { isCbmError } from "../errors/CbmError.js";
import { assertOptionalDate, assertQueryDate, assertQueryYear } from "./guards.js";

function thrown(run: () => void): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("assertQueryYear", () => {
  it("lets the years of a YYYY-MM-DD date through, 1 and 9999 included", () => {
    for (const year of [1, 2, 2025, 9998, 9999])
      expect(
        thrown(() => assertQueryYear(year, "fn")),
        String(year),
      ).toBeUndefined();
  });

  it("refuses 0, −3, 10000, 2025.5, NaN, Infinity and a year written as text, naming the function and the argument", () => {
    for (const year of [0, -3, 10000, 2025.5, Number.NaN, Number.POSITIVE_INFINITY, "2025"]) {
      const error = thrown(() => assertQueryYear(year, "trend", "from"));
      expect(isCbmError(error) && error.code, String(year)).toBe("invalid-argument");
      expect((error as Error).message).toMatch(/^trend: from must be an integer from 1 to 9999 \(got /);
    }
  });
});

describe("assertQueryDate", () => {
  it("lets a real day through, from 0001-01-01 to 9999-12-31, leap days included", () => {
    for (const date of ["0001-01-01", "2024-02-29", "9999-12-31"])
      expect(
        thrown(() => assertQueryDate(date, "fn")),
        date,
      ).toBeUndefined();
  });

  it("refuses an impossible or malformed day with invalid-date, naming the function and the option", () => {
    for (const date of ["0000-12-31", "10000-01-01", "2023-02-29", "2025-04-31", "2025-1-1", "2025", 20250101, undefined]) {
      const error = thrown(() => assertQueryDate(date, "reportingRate", "deadline"));
      expect(isCbmError(error) && error.code, String(date)).toBe("invalid-date");
      expect((error as Error).message).toMatch(/^reportingRate: deadline .* is not a real calendar date written YYYY-MM-DD/);
    }
  });

  it("lets an absent optional day through, but not an empty one", () => {
    expect(thrown(() => assertOptionalDate(undefined, "fn", "asOf"))).toBeUndefined();
    expect(isCbmError(thrown(() => assertOptionalDate("", "fn", "asOf")))).toBe(true);
  });
});
