import { describe, expectTypeOf, it } from "vitest";
import { cica } from "../data/cica/index.js";
import { createLedger } from "../ledger/createLedger.js";
import type { NationalReport } from "../reports/schema.js";
import { countEntries } from "./countEntries.js";
import { findDiscrepancies } from "./findDiscrepancies.js";
import { implementationMatrix } from "./implementationMatrix.js";
import { reportingRate } from "./reportingRate.js";
import { toReportSummary } from "./toReportSummary.js";
import { trend } from "./trend.js";
import type { ReportSource, ReportSummary } from "./types.js";

declare const report: NationalReport;
const ledger = createLedger();
const array: NationalReport[] = [report];
function* generated(): Generator<NationalReport> {
  yield report;
}
const summary: ReportSummary = toReportSummary(array);

describe("the report sources the aggregates accept", () => {
  it("takes a ledger, an array, any iterable of reports, or a summary", () => {
    expectTypeOf(ledger).toMatchTypeOf<ReportSource>();
    expectTypeOf(array).toMatchTypeOf<ReportSource>();
    expectTypeOf(generated()).toMatchTypeOf<ReportSource>();
    expectTypeOf(new Set(array)).toMatchTypeOf<ReportSource>();
    expectTypeOf(summary).toMatchTypeOf<ReportSource>();
    for (const source of [ledger, array, generated(), summary] as const) {
      reportingRate(source, cica, { year: 2025 });
      implementationMatrix(source, cica, { year: 2025 });
      countEntries(source, cica, { by: ["year"] });
      trend(source, cica, { from: 2024, to: 2025 });
    }
    findDiscrepancies(ledger, cica, { year: 2025 });
    findDiscrepancies(generated(), cica, { year: 2025 });
  });

  it("refuses a single report, which is not a source of reports", () => {
    expectTypeOf(report).not.toMatchTypeOf<ReportSource>();
    // @ts-expect-error a single report: wrap it in an array
    reportingRate(report, cica, { year: 2025 });
    // @ts-expect-error a single report: wrap it in an array
    implementationMatrix(report, cica, { year: 2025 });
    // @ts-expect-error a single report: wrap it in an array
    countEntries(report, cica, { by: ["year"] });
    // @ts-expect-error a single report: wrap it in an array
    trend(report, cica, { from: 2024, to: 2025 });
    // @ts-expect-error a single report: wrap it in an array
    findDiscrepancies(report, cica, { year: 2025 });
  });

  it("refuses a summary where activities are read, and a list of anything else", () => {
    // @ts-expect-error a summary keeps no activities: mirror checks need the reports
    findDiscrepancies(summary, cica, { year: 2025 });
    // @ts-expect-error strings are not reports
    reportingRate(["KZ-2025"], cica, { year: 2025 });
  });
});

describe("the context the aggregates read", () => {
  it("takes cica as it is, or the parts a function needs", () => {
    reportingRate(array, { registry: cica.registry }, { year: 2025 });
    implementationMatrix(array, { catalogues: [cica.catalogues["cica@2021"]] }, { year: 2025 });
    countEntries(array, {}, { by: ["reporter"] });
  });

  it("refuses a context without what the function needs, and the old (source, registry | catalogue) calls", () => {
    // @ts-expect-error the rate needs a registry
    reportingRate(array, { catalogues: cica.catalogues }, { year: 2025 });
    // @ts-expect-error the matrix needs catalogues
    implementationMatrix(array, { registry: cica.registry }, { year: 2025 });
    // @ts-expect-error a registry alone is not a context: pass cica or { registry }
    reportingRate(array, cica.registry, { year: 2025 });
    // @ts-expect-error a catalogue alone is not a context: pass cica or { catalogues: [catalogue] }
    implementationMatrix(array, cica.catalogues["cica@2021"], { year: 2025 });
    // @ts-expect-error the grouping is `by`, as in implementationMatrix
    countEntries(array, cica, { groupBy: ["year"] });
  });
});
