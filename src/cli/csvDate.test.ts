import { describe, expect, it } from "vitest";
import { csvDate } from "./csvReports.js";

describe("csvDate: the dates Excel writes back in a day-first locale", () => {
  it("reads DD.MM.YYYY, as Russian Excel saves a typed 2026-03-01, as that day", () => {
    expect(csvDate("01.03.2026")).toBe("2026-03-01");
    expect(csvDate("31.12.2025")).toBe("2025-12-31");
  });

  it("reads a day and month written without their leading zero", () => {
    expect(csvDate("1.3.2026")).toBe("2026-03-01");
  });

  it("reads the day first, never the month: 02.03.2026 is the 2nd of March", () => {
    expect(csvDate("02.03.2026")).toBe("2026-03-02");
  });

  it("accepts a leap day only in a leap year", () => {
    expect(csvDate("29.02.2024")).toBe("2024-02-29");
    expect(csvDate("29.02.2025")).toBe("29.02.2025");
  });

  it("keeps a text that names no real day as written, for validation to report", () => {
    expect(csvDate("31.04.2025")).toBe("31.04.2025");
    expect(csvDate("00.01.2025")).toBe("00.01.2025");
    expect(csvDate("01.13.2025")).toBe("01.13.2025");
  });

  it("keeps the other orders as written: slashes are ambiguous (US or British) and two-digit years are guesses", () => {
    expect(csvDate("03/01/2026")).toBe("03/01/2026");
    expect(csvDate("01.03.26")).toBe("01.03.26");
    expect(csvDate("2026.03.01")).toBe("2026.03.01");
  });

  it("leaves an ISO date as it is", () => {
    expect(csvDate("2026-03-01")).toBe("2026-03-01");
  });
});
