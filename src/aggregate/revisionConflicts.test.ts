import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activity, entry, joint, registry, report } from "../../test/support/aggregateFixtures.js";
import { cica } from "../data/cica/index.js";
import { reportDigest } from "../ledger/reportDigest.js";
import type { NationalReport } from "../reports/schema.js";
import { accumulate } from "./accumulate.js";
import { countEntries } from "./countEntries.js";
import { createAccumulator } from "./createAccumulator.js";
import { findDiscrepancies } from "./findDiscrepancies.js";
import { finishAccumulator } from "./finishAccumulator.js";
import { mergeAccumulators } from "./mergeAccumulators.js";
import { reportingRate } from "./reportingRate.js";
import { toReportSummary } from "./toReportSummary.js";
import { trend } from "./trend.js";

// Two different submissions of Kazakhstan's 2025 report as revision 1, and a clean revision 2.
const first = report("KZ", { entries: [entry("2.1.2", "implemented")] });
const other = report("KZ", { entries: [entry("2.1.2", "planned")], submittedOn: "2026-03-05" });
const second = report("KZ", { revision: 2, submittedOn: "2026-04-01", entries: [entry("2.1.2", "in-progress")] });

describe("revision conflicts in the aggregates", () => {
  it("lists two different submissions of one revision as a conflict and counts neither", () => {
    const summary = toReportSummary([first, other]);
    expect(summary.records).toEqual([]);
    expect(summary.conflicts).toEqual([
      {
        reporter: "KZ",
        catalogue: "cica@2021",
        year: 2025,
        revision: 1,
        submissions: [
          { id: "KZ-2025", submittedOn: "2026-03-01", digest: reportDigest(first) },
          { id: "KZ-2025", submittedOn: "2026-03-05", digest: reportDigest(other) },
        ],
      },
    ]);
  });

  it("lists a conflict's submissions by day, then id, then digest, whatever order they came in", () => {
    const sameDayB = report("KZ", { id: "KZ-2025-B", submittedOn: "2026-03-05", entries: [entry("2.1.2", "in-progress")] });
    const sameDayA = report("KZ", { id: "KZ-2025-A", submittedOn: "2026-03-05", entries: [entry("2.1.2", "in-progress")] });
    const twinOne = report("KZ", { id: "KZ-2025-A", submittedOn: "2026-03-05", entries: [entry("2.1.2", "not-started")] });
    const all = [other, sameDayB, first, twinOne, sameDayA];
    const [low, high] = [reportDigest(sameDayA), reportDigest(twinOne)].sort();
    const expected = [
      ["2026-03-01", "KZ-2025", reportDigest(first)],
      ["2026-03-05", "KZ-2025", reportDigest(other)],
      ["2026-03-05", "KZ-2025-A", low],
      ["2026-03-05", "KZ-2025-A", high],
      ["2026-03-05", "KZ-2025-B", reportDigest(sameDayB)],
    ];
    const submissions = (reports: readonly NationalReport[]) => toReportSummary(reports).conflicts[0]?.submissions.map((s) => [s.submittedOn, s.id, s.digest]);
    expect(submissions(all)).toEqual(expected);
    expect(submissions([...all].reverse())).toEqual(expected);
  });

  it("lists conflicts and back-dated revisions by reporter, catalogue, year and revision, and each aggregate only those of its years and version", () => {
    const clash = (reporter: string, change: Partial<NationalReport> = {}) => [
      report(reporter, { ...change }),
      report(reporter, { ...change, submittedOn: "2026-03-09", entries: [] }),
    ];
    const reports = [
      ...clash("UZ"),
      ...clash("KZ", { year: 2024 }),
      ...clash("KZ", { catalogue: "cica@2004", entries: [entry("3.4")] }),
      ...clash("KZ", { revision: 3 }),
      ...clash("KZ", { revision: 2 }),
      ...clash("KZ"),
    ];
    const key = (c: { reporter: string; catalogue: string; year: number; revision: number }) => `${c.reporter} ${c.catalogue} ${c.year} r${c.revision}`;
    expect(toReportSummary(reports).conflicts.map(key)).toEqual([
      "KZ cica@2004 2025 r1",
      "KZ cica@2021 2024 r1",
      "KZ cica@2021 2025 r1",
      "KZ cica@2021 2025 r2",
      "KZ cica@2021 2025 r3",
      "UZ cica@2021 2025 r1",
    ]);
    expect(trend(reports, {}, { from: 2024, to: 2024 }).conflicts.map(key)).toEqual(["KZ cica@2021 2024 r1"]);
    expect(trend(reports, {}, { from: 2025, to: 2025, catalogue: "cica@2004" }).conflicts.map(key)).toEqual(["KZ cica@2004 2025 r1"]);
    expect(reportingRate(reports, { registry }, { year: 2024 }).conflicts.map(key)).toEqual(["KZ cica@2021 2024 r1"]);
    expect(countEntries(reports, {}, { by: [] }).conflicts).toHaveLength(6);
  });

  it("does not call an identical resubmission a conflict, whatever its key order", () => {
    const reordered = Object.fromEntries(Object.entries(first).reverse()) as unknown as NationalReport;
    const summary = toReportSummary([first, reordered, first]);
    expect(summary.conflicts).toEqual([]);
    expect(summary.records.map((r) => r.revision)).toEqual([1]);
  });

  it("counts the highest clean revision below a conflict, and nothing when every revision conflicts", () => {
    const otherSecond = { ...second, submittedOn: "2026-04-02" };
    const below = toReportSummary([first, second, otherSecond]);
    expect(below.records.map((r) => [r.revision, r.entries])).toEqual([[1, [["2.1.2", "implemented"]]]]);
    expect(below.conflicts.map((c) => c.revision)).toEqual([2]);
    const above = toReportSummary([first, other, second]);
    expect(above.records.map((r) => r.revision)).toEqual([2]);
    // The conflicting revision 1 is not a predecessor: the state first replied with revision 2.
    expect(above.records[0]?.firstSubmittedOn).toBe("2026-04-01");
  });

  it("finds a conflict split across two merged accumulators", () => {
    let a = createAccumulator();
    let b = createAccumulator();
    a = accumulate(a, first);
    b = accumulate(b, other);
    const merged = finishAccumulator(mergeAccumulators(b, a));
    expect(merged.records).toEqual([]);
    expect(merged.conflicts.map((c) => c.submissions.length)).toEqual([2]);
  });

  it("lists every submission of a conflict once when the merged accumulators each read several of them", () => {
    // Three contents of revision 1, each sent on its own day; `a` read the second three times, `b` all three.
    const [p, q, r] = ["2026-03-01", "2026-03-02", "2026-03-03"].map((submittedOn, i) =>
      report("KZ", { submittedOn, entries: [entry("2.1.2", ["planned", "in-progress", "implemented"][i])] }),
    ) as [NationalReport, NationalReport, NationalReport];
    const read = (reports: readonly NationalReport[]) => reports.reduce(accumulate, createAccumulator());
    const expected = [p, q, r].map((s) => [s.submittedOn, reportDigest(s)]);
    for (const merged of [mergeAccumulators(read([q, q, q]), read([p, q, r])), mergeAccumulators(read([p, q, r]), read([q, q, q]))]) {
      const { conflicts, records } = finishAccumulator(merged);
      expect(records).toEqual([]);
      expect(conflicts.map((c) => c.submissions.map((s) => [s.submittedOn, s.digest]))).toEqual([expected]);
    }
  });

  it("orders a conflict's submissions of one day by id, whichever of them has the lower digest", () => {
    // Several pairs of contents: their digests fall in either order.
    const statuses = ["not-started", "planned", "in-progress", "partially-implemented", "implemented"];
    for (const [i, status] of statuses.entries()) {
      const a = report("KZ", { id: "KZ-2025-A", submittedOn: "2026-03-05", entries: [entry("2.1.2", status)] });
      const b = report("KZ", { id: "KZ-2025-B", submittedOn: "2026-03-05", entries: [entry("2.1.2", statuses[(i + 1) % statuses.length]!)] });
      for (const input of [
        [a, b],
        [b, a],
      ]) {
        expect(toReportSummary(input).conflicts[0]?.submissions.map((s) => s.id)).toEqual(["KZ-2025-A", "KZ-2025-B"]);
      }
    }
  });

  it("lists with a year's aggregates only the notes of that year, none of a year before, from reports or from a summary", () => {
    const reports = [
      report("KZ", { year: 2024 }),
      report("KZ", { year: 2024, submittedOn: "2025-03-09", entries: [] }),
      report("MN", { year: 2024 }),
      report("MN", { year: 2024, revision: 2, submittedOn: "2025-02-01" }),
      first,
      other,
      report("UZ"),
      report("UZ", { revision: 2, submittedOn: "2026-02-01" }),
    ];
    // The summary holds the notes of both years.
    expect(toReportSummary(reports).backdated.map((b) => [b.reporter, b.year])).toEqual([
      ["MN", 2024],
      ["UZ", 2025],
    ]);
    for (const source of [reports, toReportSummary(reports)]) {
      const rate = reportingRate(source, { registry }, { year: 2025 });
      expect(rate.conflicts.map((c) => [c.reporter, c.year])).toEqual([["KZ", 2025]]);
      expect(rate.backdated.map((b) => [b.reporter, b.year])).toEqual([["UZ", 2025]]);
      const years = trend(source, cica, { from: 2025, to: 2025 });
      expect(years.conflicts.map((c) => [c.reporter, c.year])).toEqual([["KZ", 2025]]);
      expect(years.backdated.map((b) => [b.reporter, b.year])).toEqual([["UZ", 2025]]);
    }
  });

  it("gives countEntries and trend the back-dated revisions beside their rows, as the conflicts, without making them rows", () => {
    const reports = [report("UZ"), report("UZ", { revision: 2, submittedOn: "2026-02-01" })];
    const note = { reporter: "UZ", catalogue: "cica@2021", year: 2025, revision: 2, submittedOn: "2026-02-01", earlier: 1, earlierSubmittedOn: "2026-03-01" };
    const counted = countEntries(reports, cica, { by: ["reporter"] });
    const years = trend(reports, cica, { from: 2025, to: 2025 });
    for (const rows of [counted, years]) {
      expect(rows.backdated).toEqual([note]);
      expect(Object.keys(rows)).toEqual(["0"]);
    }
  });

  it("leaves a conflicting revision out of the reply table, and lists it with the year's rate only", () => {
    const rate = reportingRate([first, other, report("UZ")], { registry }, { year: 2025 });
    expect(rate.rows.find((r) => r.state === "KZ")?.reply).toBe("missing");
    expect(rate.rows.find((r) => r.state === "UZ")?.reply).toBe("report");
    expect(rate.conflicts.map((c) => [c.reporter, c.year, c.revision])).toEqual([["KZ", 2025, 1]]);
    expect(reportingRate([first, other], { registry }, { year: 2024 }).conflicts).toEqual([]);
  });

  it("leaves a conflicting revision out of countEntries and trend and lists it beside their rows", () => {
    const counted = countEntries([first, other, report("UZ")], cica, { by: ["reporter"] });
    expect(counted.map((r) => r.key.reporter)).toEqual(["UZ"]);
    expect(counted.conflicts.map((c) => c.reporter)).toEqual(["KZ"]);
    const years = trend([first, other, report("UZ")], cica, { from: 2024, to: 2025 });
    expect(years.map((y) => y.reporters)).toEqual([0, 1]);
    expect(years.conflicts.map((c) => c.year)).toEqual([2025]);
    expect(trend([first, other], cica, { from: 2020, to: 2024 }).conflicts).toEqual([]);
  });

  it("does not let a conflicting revision confirm or contradict a partner's account in the mirror check", () => {
    const kz = joint("KZ", "HUM.4", [activity(["UZ"], "2025-05-01")]);
    const uz = joint("UZ", "HUM.4", [activity(["KZ"], "2025-05-01")]);
    const uzOther = joint("UZ", "HUM.4", [activity(["KZ"], "2025-09-01")], { submittedOn: "2026-03-02" });
    const found = findDiscrepancies([kz, uz, uzOther], cica, { year: 2025 });
    expect(found.rows.map((r) => [r.reporter, r.status])).toEqual([["KZ", "no-partner-report"]]);
    expect(found.conflicts.map((c) => [c.reporter, c.revision])).toEqual([["UZ", 1]]);
    // Before: the later-dated submission was taken as current, and the pair was "unconfirmed".
    expect(findDiscrepancies([kz, uz], cica, { year: 2025 }).confirmed).toBe(1);
  });

  it("gives the same records, conflicts and back-dated notes in any order and any split (property)", () => {
    const revisionArb = fc.record({
      reporter: fc.constantFrom("KZ", "UZ"),
      revision: fc.integer({ min: 1, max: 3 }),
      day: fc.integer({ min: 1, max: 9 }),
      status: fc.constantFrom("implemented", "planned"),
    });
    fc.assert(
      fc.property(
        fc.array(revisionArb, { maxLength: 12 }),
        fc.nat(),
        fc.option(fc.constantFrom("2026-03-03", "2026-03-06"), { nil: undefined }),
        (specs, cut, asOf) => {
          const reports = specs.map((s) => report(s.reporter, { revision: s.revision, submittedOn: `2026-03-0${s.day}`, entries: [entry("2.1.2", s.status)] }));
          const options = asOf === undefined ? {} : { asOf };
          const whole = toReportSummary(reports, options);
          expect(toReportSummary([...reports].reverse(), options)).toEqual(whole);
          const at = reports.length === 0 ? 0 : cut % (reports.length + 1);
          let left = createAccumulator(options);
          let right = createAccumulator(options);
          for (const r of reports.slice(0, at)) left = accumulate(left, r);
          for (const r of reports.slice(at)) right = accumulate(right, r);
          expect(finishAccumulator(mergeAccumulators(right, left))).toEqual(whole);
          // No counted revision is one in conflict.
          for (const record of whole.records) expect(whole.conflicts.some((c) => c.reporter === record.reporter && c.revision === record.revision)).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("back-dated revisions in the aggregates", () => {
  const late = report("KZ", { submittedOn: "2026-06-10" });
  const backdated = report("KZ", { revision: 2, submittedOn: "2026-03-01", entries: [entry("2.1.2", "planned")] });

  it("judges lateness on the lowest revision, so a back-dated correction does not make a late reply on time", () => {
    const rate = reportingRate([late, backdated], { registry }, { year: 2025, deadline: "2026-05-31" });
    expect(rate.rows.find((r) => r.state === "KZ")).toMatchObject({ late: true, revision: 2, firstSubmittedOn: "2026-06-10" });
    expect(rate.late).toBe(1);
    expect(rate.backdated).toEqual([
      { reporter: "KZ", catalogue: "cica@2021", year: 2025, revision: 2, submittedOn: "2026-03-01", earlier: 1, earlierSubmittedOn: "2026-06-10" },
    ]);
  });

  it("does not count a back-dated revision before the revision it corrects was sent", () => {
    expect(reportingRate([late, backdated], { registry }, { year: 2025, asOf: "2026-04-01" }).rows.find((r) => r.state === "KZ")?.reply).toBe("missing");
    const onTheDay = toReportSummary([late, backdated], { asOf: "2026-06-10" });
    expect(onTheDay.records.map((r) => [r.revision, r.entries[0]?.[1]])).toEqual([[2, "planned"]]);
  });

  it("does not note a revision dated on the same day as the one before it", () => {
    expect(toReportSummary([late, { ...backdated, submittedOn: "2026-06-10" }]).backdated).toEqual([]);
  });
});
