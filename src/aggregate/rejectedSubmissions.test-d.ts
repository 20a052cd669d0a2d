import { describe, expectTypeOf, it } from "vitest";
import { cica } from "../data/cica/index.js";
import type { NationalReport } from "../reports/schema.js";
import { validateReports } from "../reports/validateReports.js";
import type { RejectedSubmission, ValidationOutcome } from "./rejectedSubmissions.js";
import { type Reply, reportingRate } from "./reportingRate.js";

declare const report: NationalReport;

describe("reportingRate's rejected option", () => {
  it("takes the results of validateReports as they are", () => {
    const results = validateReports([{ input: report }], cica);
    expectTypeOf(results).toExtend<Iterable<ValidationOutcome>>();
    expectTypeOf(reportingRate([report], cica, { year: 2025, rejected: results }).rows[0]?.rejected).toEqualTypeOf<readonly RejectedSubmission[] | undefined>();
  });

  it("does not take bare reports, which carry no verdict", () => {
    // @ts-expect-error: a report is not a validation result
    reportingRate([report], cica, { year: 2025, rejected: [report] });
  });

  it("names the rejected reply among the replies a row can hold", () => {
    expectTypeOf<"rejected">().toExtend<Reply>();
    expectTypeOf(reportingRate([], cica, { year: 2025 }).rejected).toEqualTypeOf<number>();
  });
});
