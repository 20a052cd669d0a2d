import { describe, expect, it } from "vitest";
import { BASE_REPORT } from "../../test/support/reports.js";
import { cica } from "../data/cica/index.js";
import { isCbmError } from "../errors/CbmError.js";
import { statusInYear } from "../participants/statusInYear.js";
import { createAccumulator } from "./createAccumulator.js";
import { countEntries } from "./countEntries.js";
import { findDiscrepancies } from "./findDiscrepancies.js";
import { implementationMatrix } from "./implementationMatrix.js";
import { reportingRate } from "./reportingRate.js";
import { toReportSummary } from "./toReportSummary.js";
import { trend } from "./trend.js";

// One year guard and one date guard (src/dates/guards.ts) for every public function that takes a
// year or a day: the same range, 1–9999, and the same error codes everywhere.

const reports = [BASE_REPORT] as const;

/** The code of the CbmError `run` throws, or `"none"` when it returns. */
function outcome(run: () => unknown): string {
  try {
    run();
    return "none";
  } catch (error) {
    if (!isCbmError(error)) throw error;
    return error.code;
  }
}

const byYear: readonly (readonly [string, (year: number) => unknown])[] = [
  ["reportingRate", (year) => reportingRate(reports, cica, { year })],
  ["implementationMatrix", (year) => implementationMatrix(reports, cica, { year, catalogue: "cica@2021" })],
  ["findDiscrepancies", (year) => findDiscrepancies(reports, cica, { year })],
  ["trend (from)", (year) => trend(reports, cica, { from: year, to: 9999 })],
  ["trend (to)", (year) => trend(reports, cica, { from: 1, to: year })],
  ["statusInYear", (year) => statusInYear(cica.registry, "KZ", year)],
];

describe("the year guard", () => {
  describe.each(byYear)("%s", (name, run) => {
    it.each([1, 9999])("accepts year %d, the ends of the range", (year) => {
      // trend's range is at most 1,000 years: test its ends against a near neighbour.
      const call =
        name === "trend (from)"
          ? () => trend(reports, cica, { from: year, to: Math.min(year + 1, 9999) })
          : name === "trend (to)"
            ? () => trend(reports, cica, { from: Math.max(year - 1, 1), to: year })
            : () => run(year);
      expect(outcome(call)).toBe("none");
    });

    it.each([0, -3, 10000, 2025.5, Number.NaN])("refuses year %d with a CbmError invalid-argument naming the function", (year) => {
      expect(outcome(() => run(year))).toBe("invalid-argument");
      expect(() => run(year)).toThrowError(new RegExp(`^${name.split(" ")[0]}: .*from 1 to 9999`));
    });
  });
});

const byDay: readonly (readonly [string, (day: string) => unknown])[] = [
  ["reportingRate (asOf)", (day) => reportingRate(reports, cica, { year: 2025, asOf: day })],
  ["reportingRate (deadline)", (day) => reportingRate(reports, cica, { year: 2025, deadline: day })],
  ["implementationMatrix (asOf)", (day) => implementationMatrix(reports, cica, { year: 2025, catalogue: "cica@2021", asOf: day })],
  ["countEntries (asOf)", (day) => countEntries(reports, cica, { by: ["year"], asOf: day })],
  ["trend (asOf)", (day) => trend(reports, cica, { from: 2024, to: 2025, asOf: day })],
  ["createAccumulator (asOf)", (day) => createAccumulator({ asOf: day })],
  ["toReportSummary (asOf)", (day) => toReportSummary(reports, { asOf: day })],
];

describe("the date guard", () => {
  describe.each(byDay)("%s", (_name, run) => {
    it.each(["0001-01-01", "9999-12-31", "2024-02-29"])("accepts %s, a real day", (day) => {
      expect(outcome(() => run(day))).toBe("none");
    });

    it.each(["0000-01-01", "10000-01-01", "2023-02-29", "2025-13-01", "2025-1-01", "2025", ""])("refuses %j with a CbmError invalid-date", (day) => {
      expect(outcome(() => run(day))).toBe("invalid-date");
    });
  });
});
