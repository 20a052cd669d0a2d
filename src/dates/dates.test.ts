import { describe, expect, it } from "vitest";
import { isCbmError } from "../errors/CbmError.js";
import { isCalendarDate } from "./isCalendarDate.js";
import { assumedDay } from "./assumedDay.js";
import { isPartialDate } from "./isPartialDate.js";

describe("isCalendarDate", () => {
  it("accepts real dates, leap days included", () => {
    for (const date of ["1999-09-14", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"]) {
      expect(isCalendarDate(date), date).toBe(true);
    }
  });

  it("rejects impossible and malformed dates", () => {
    for (const date of [
      "2006-02-30",
      "2023-02-29",
      "1900-02-29",
      "2024-04-31",
      "2024-13-01",
      "2024-00-10",
      "0000-01-01",
      "2024-1-01",
      " 2024-01-01",
      "2024-01-01T00:00",
      "20240101",
      20240101,
      null,
    ]) {
      expect(isCalendarDate(date), String(date)).toBe(false);
    }
  });
});

describe("isPartialDate", () => {
  it("accepts a year, a month or a full date", () => {
    expect(["2011", "2010-06", "2004-10-22"].every(isPartialDate)).toBe(true);
  });

  it("rejects impossible months and days", () => {
    expect(["2011-13", "2011-00", "2023-02-29", "11", "2011/2012", ""].some(isPartialDate)).toBe(false);
  });
});

describe("assumedDay", () => {
  it("reads a year as its last day and a month as its last day, leap years included", () => {
    expect(assumedDay("2011")).toBe("2011-12-31");
    expect(assumedDay("2010-06")).toBe("2010-06-30");
    expect(assumedDay("2024-02")).toBe("2024-02-29");
    expect(assumedDay("2023-02")).toBe("2023-02-28");
  });

  it("leaves a full date as it is", () => {
    expect(assumedDay("2004-10-22")).toBe("2004-10-22");
  });

  it("throws a CbmError on a malformed date instead of guessing", () => {
    expect(() => assumedDay("2011-13")).toThrowError(/YYYY/);
    try {
      assumedDay("June 2010");
    } catch (error) {
      expect(isCbmError(error) && error.code).toBe("invalid-date");
    }
  });
});
