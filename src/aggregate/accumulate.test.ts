import { describe, expect, it } from "vitest";
import type { NationalReport } from "../reports/schema.js";
import { accumulate } from "./accumulate.js";
import { createAccumulator } from "./createAccumulator.js";
import { finishAccumulator } from "./finishAccumulator.js";
import { mergeAccumulators } from "./mergeAccumulators.js";
import { toReportSummary } from "./toReportSummary.js";
import { reportingRate } from "./reportingRate.js";
import { registry, report, nilReport, expectCbmError } from "../../test/support/aggregateFixtures.js";

describe("accumulator", () => {
  const kz = report("KZ");
  const uz = report("UZ");

  it("throws a CbmError when a spent accumulator is used again", () => {
    const empty = createAccumulator();
    const next = accumulate(empty, kz);
    expectCbmError(() => accumulate(empty, uz), "invalid-argument");
    expectCbmError(() => finishAccumulator(empty), "invalid-argument");
    expectCbmError(() => mergeAccumulators(empty, createAccumulator()), "invalid-argument");
    const merged = mergeAccumulators(next, createAccumulator());
    expectCbmError(() => accumulate(next, uz), "invalid-argument");
    expect(finishAccumulator(merged).records.map((r) => r.reporter)).toEqual(["KZ"]);
  });

  it("names the function called, and the way on, when a spent accumulator is used again", () => {
    const empty = createAccumulator();
    accumulate(empty, kz);
    const way = "this accumulator was already used; go on with the one accumulate or mergeAccumulators returned.";
    expect(() => accumulate(empty, uz)).toThrowError(`accumulate: ${way}`);
    expect(() => finishAccumulator(empty)).toThrowError(`finishAccumulator: ${way}`);
    expect(() => mergeAccumulators(empty, createAccumulator())).toThrowError(`mergeAccumulators: ${way}`);
    expect(() => mergeAccumulators(createAccumulator(), empty)).toThrowError(`mergeAccumulators: ${way}`);
  });

  it("throws a CbmError when merging an accumulator with itself", () => {
    const acc = createAccumulator();
    expectCbmError(() => mergeAccumulators(acc, acc), "invalid-argument");
  });

  it("throws a CbmError when merging accumulators with different asOf", () => {
    expectCbmError(() => mergeAccumulators(createAccumulator({ asOf: "2026-01-01" }), createAccumulator({ asOf: "2026-06-30" })), "invalid-argument");
    expectCbmError(() => mergeAccumulators(createAccumulator(), createAccumulator({ asOf: "2026-06-30" })), "invalid-argument");
  });

  it("throws a CbmError on an invalid asOf", () => {
    expectCbmError(() => createAccumulator({ asOf: "2026-02-29" }), "invalid-date");
  });

  it("does not spend the accumulator on finishing, and leaves earlier summaries unchanged", () => {
    let acc = accumulate(createAccumulator(), kz);
    const first = finishAccumulator(acc);
    expect(finishAccumulator(acc)).toEqual(first);
    acc = accumulate(acc, uz);
    acc = accumulate(acc, report("KZ", { revision: 2, submittedOn: "2026-04-01", entries: [] }));
    const second = finishAccumulator(acc);
    expect(first.records.map((r) => [r.reporter, r.revision])).toEqual([["KZ", 1]]);
    expect(first.read).toBe(1);
    expect(second.records.map((r) => [r.reporter, r.revision])).toEqual([
      ["KZ", 2],
      ["UZ", 1],
    ]);
    expect(second.read).toBe(3);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.records[0])).toBe(true);
  });

  it("reads every revision but counts only those submitted by asOf", () => {
    let acc = createAccumulator({ asOf: "2026-03-31" });
    acc = accumulate(acc, kz);
    acc = accumulate(acc, report("KZ", { revision: 2, submittedOn: "2026-04-01", entries: [] }));
    acc = accumulate(acc, report("UZ", { submittedOn: "2026-04-01" }));
    const summary = finishAccumulator(acc);
    expect(summary).toMatchObject({ kind: "cica-cbm/summary", asOf: "2026-03-31", read: 3 });
    expect(summary.records).toEqual([
      {
        reporter: "KZ",
        catalogue: "cica@2021",
        year: 2025,
        revision: 1,
        submittedOn: "2026-03-01",
        firstSubmittedOn: "2026-03-01",
        nil: false,
        entries: [["2.1.2", "implemented"]],
      },
    ]);
  });

  it("counts a revision submitted on the asOf day itself", () => {
    expect(toReportSummary([kz], { asOf: kz.submittedOn }).records.map((r) => r.reporter)).toEqual(["KZ"]);
    expect(toReportSummary([kz], { asOf: "2026-02-28" }).records).toEqual([]);
  });

  it("gives the same summary however the reports are split and merged", () => {
    const reports = [kz, uz, report("KZ", { revision: 2, submittedOn: "2026-04-01" }), nilReport("MN"), report("KZ", { year: 2024 })];
    let left = createAccumulator();
    let right = createAccumulator();
    reports.forEach((r, i) => {
      if (i % 2 === 0) left = accumulate(left, r);
      else right = accumulate(right, r);
    });
    expect(finishAccumulator(mergeAccumulators(right, left))).toEqual(toReportSummary(reports));
  });

  it("returns a summary as it is, and throws a CbmError for one made with another asOf", () => {
    const summary = toReportSummary([kz]);
    expect(toReportSummary(summary)).toBe(summary);
    expectCbmError(() => toReportSummary(summary, { asOf: "2026-06-30" }), "invalid-argument");
    expectCbmError(() => reportingRate(summary, { registry }, { year: 2025, asOf: "2026-06-30" }), "invalid-argument");
  });

  it("says up to which day a summary counts and which day was asked, in its CbmError", () => {
    expect(() => toReportSummary(toReportSummary([kz], { asOf: "2026-03-31" }))).toThrowError(
      "This summary counts revisions up to 2026-03-31, not any day: accumulate again with that asOf.",
    );
    expect(() => toReportSummary(toReportSummary([kz]), { asOf: "2026-06-30" })).toThrowError(
      "This summary counts revisions up to any day, not 2026-06-30: accumulate again with that asOf.",
    );
  });

  it("throws a CbmError, not a TypeError, for a null or undefined source", () => {
    expectCbmError(() => toReportSummary(null as never), "invalid-argument");
    expectCbmError(() => toReportSummary(undefined as never), "invalid-argument");
  });

  it("throws a CbmError for a source that is neither reports, a ledger nor a summary", () => {
    expectCbmError(() => toReportSummary(42 as unknown as NationalReport[]), "invalid-argument");
    expectCbmError(() => accumulate({ kind: "cica-cbm/accumulator", read: 0 }, kz), "invalid-argument");
  });
});
