import { describe, expect, it } from "vitest";
import type { CbmError } from "../errors/CbmError.js";
import { accumulate } from "./accumulate.js";
import { createAccumulator } from "./createAccumulator.js";
import { finishAccumulator } from "./finishAccumulator.js";
import { mergeAccumulators } from "./mergeAccumulators.js";
import { toReportSummary } from "./toReportSummary.js";
import { catchError, report } from "../../test/support/aggregateFixtures.js";
import type { NationalReport } from "../reports/schema.js";

const accumulated = (reports: readonly NationalReport[], asOf?: string) =>
  reports.reduce((acc, r) => accumulate(acc, r), createAccumulator(asOf === undefined ? {} : { asOf }));

describe("mergeAccumulators refusing a merge", () => {
  it("leaves both accumulators usable when their asOf differ", () => {
    const a = createAccumulator({ asOf: "2026-01-01" });
    const b = createAccumulator();
    expect(() => mergeAccumulators(a, b)).toThrowError(/different days/);
    expect(finishAccumulator(a).records).toEqual([]);
    expect(finishAccumulator(mergeAccumulators(b, createAccumulator())).read).toBe(0);
  });

  it("names both days in its CbmError, and none for an accumulator without asOf", () => {
    const message = (a: string | undefined, b: string | undefined) =>
      (
        catchError(() =>
          mergeAccumulators(createAccumulator(a === undefined ? {} : { asOf: a }), createAccumulator(b === undefined ? {} : { asOf: b })),
        ) as CbmError
      ).message;
    expect(message("2026-01-01", undefined)).toBe("mergeAccumulators: the accumulators count up to different days (asOf 2026-01-01 and none).");
    expect(message(undefined, "2026-06-30")).toBe("mergeAccumulators: the accumulators count up to different days (asOf none and 2026-06-30).");
    const same = createAccumulator();
    expect((catchError(() => mergeAccumulators(same, same)) as CbmError).message).toBe("mergeAccumulators: pass two different accumulators.");
  });
});

describe("mergeAccumulators", () => {
  it("spends both accumulators it merges", () => {
    const a = accumulated([report("KZ")]);
    const b = accumulated([report("UZ")]);
    mergeAccumulators(a, b);
    expect(() => accumulate(a, report("MN"))).toThrowError(/already used/);
    expect(() => accumulate(b, report("MN"))).toThrowError(/already used/);
  });

  it("counts what both read, whichever holds more reports and whichever comes first", () => {
    const reports = [report("KZ"), report("UZ"), report("MN"), report("KZ", { revision: 2, submittedOn: "2026-04-01", entries: [] })];
    const expected = toReportSummary(reports);
    const big = () => accumulated(reports.slice(0, 3));
    const small = () => accumulated(reports.slice(3));
    expect(finishAccumulator(mergeAccumulators(big(), small()))).toEqual(expected);
    expect(finishAccumulator(mergeAccumulators(small(), big()))).toEqual(expected);
    expect(mergeAccumulators(big(), small()).read).toBe(4);
  });

  it("keeps the asOf both count up to, and counts no revision after it", () => {
    const merged = mergeAccumulators(accumulated([report("KZ")], "2026-03-31"), accumulated([report("UZ", { submittedOn: "2026-04-01" })], "2026-03-31"));
    expect(finishAccumulator(merged)).toMatchObject({ asOf: "2026-03-31", read: 2 });
    expect(finishAccumulator(merged).records.map((r) => r.reporter)).toEqual(["KZ"]);
  });

  it("finds a revision submitted twice with different content when each accumulator holds one of the two", () => {
    const first = report("KZ");
    const other = report("KZ", { submittedOn: "2026-03-05", entries: [] });
    const summary = finishAccumulator(mergeAccumulators(accumulated([first, report("UZ")]), accumulated([other])));
    expect(summary.conflicts.map((c) => [c.reporter, c.revision, c.submissions.map((s) => s.submittedOn)])).toEqual([["KZ", 1, ["2026-03-01", "2026-03-05"]]]);
    expect(summary.records.map((r) => r.reporter)).toEqual(["UZ"]);
  });

  it("leaves the accumulators it was given unchanged in what they had summarised", () => {
    const a = accumulated([report("KZ")]);
    const before = finishAccumulator(a);
    const b = accumulated([report("KZ", { revision: 2, submittedOn: "2026-04-01" })]);
    const merged = finishAccumulator(mergeAccumulators(b, a));
    expect(merged.records.map((r) => r.revision)).toEqual([2]);
    expect(before.records.map((r) => r.revision)).toEqual([1]);
  });
});
