import { describe, expect, it } from "vitest";
import { entry, report } from "../../test/support/aggregateFixtures.js";
import { reportDigest } from "../ledger/reportDigest.js";
import { upgradeReport } from "../reports/upgradeReport.js";
import { accumulate } from "./accumulate.js";
import { createAccumulator } from "./createAccumulator.js";
import { finishAccumulator } from "./finishAccumulator.js";
import { mergeAccumulators } from "./mergeAccumulators.js";
import type { NationalReport } from "../reports/schema.js";
import type { Accumulator } from "./types.js";

// How the accumulator holds what it reads (revisions in order under each report, shared entry
// pairs, compact digests, one handle class per accumulator) must not show in what it gives out.

const accumulateAll = (reports: readonly NationalReport[], acc: Accumulator = createAccumulator()) => reports.reduce(accumulate, acc);

describe("the accumulator's layout", () => {
  const first = report("KZ", { submittedOn: "2026-03-01", entries: [entry("2.1.2", "planned")] });
  const second = report("KZ", { revision: 2, submittedOn: "2026-04-01", entries: [entry("2.1.2", "in-progress")] });
  // Dated before the second: a back-dated revision.
  const third = report("KZ", { revision: 3, submittedOn: "2026-03-15", entries: [entry("2.1.2", "implemented")] });

  it("counts revisions read out of order as it counts them in order, back-dated notes included", () => {
    const inOrder = finishAccumulator(accumulateAll([first, second, third]));
    expect(finishAccumulator(accumulateAll([third, first, second]))).toEqual(inOrder);
    expect(finishAccumulator(accumulateAll([second, third, first]))).toEqual(inOrder);
    expect(inOrder.records.map((r) => [r.revision, r.firstSubmittedOn, r.entries])).toEqual([[3, "2026-03-01", [["2.1.2", "implemented"]]]]);
    expect(inOrder.backdated.map((b) => [b.revision, b.earlier])).toEqual([[3, 2]]);
  });

  it("shows a conflict's digests as reportDigest writes them, when the two submissions met in a merge", () => {
    const resent = report("KZ", { submittedOn: "2026-03-02", entries: [entry("2.1.2", "implemented")] });
    const merged = mergeAccumulators(accumulateAll([first]), accumulateAll([resent]));
    const [conflict] = finishAccumulator(merged).conflicts;
    expect(conflict?.submissions.map((s) => s.digest)).toEqual([reportDigest(first), reportDigest(resent)]);
    expect(conflict?.submissions.every((s) => /^[0-9a-f]{16}$/.test(s.digest))).toBe(true);
  });

  it("shows a conflict's digest in full where one of its groups of four digits begins with a zero", () => {
    // The second submission's digest is 97a10ceec502efa4: its second group of four begins with 0.
    const resent = report("KZ", { submittedOn: "2026-03-02", entries: [{ measure: "2.1.2", status: "planned", remarks: "r3" }] });
    expect(reportDigest(resent).slice(4, 5)).toBe("0");
    const [conflict] = finishAccumulator(accumulateAll([first, resent])).conflicts;
    expect(conflict?.submissions.map((s) => s.digest)).toEqual([reportDigest(first), reportDigest(resent)]);
  });

  it("takes a report@1 and its upgrade to report@2 as one submission, not a conflict", () => {
    const summary = finishAccumulator(accumulateAll([first, upgradeReport(first)]));
    expect(summary.conflicts).toEqual([]);
    expect(summary.records.map((r) => r.revision)).toEqual([1]);
  });

  it("gives out frozen entries that later reading leaves unchanged", () => {
    let acc = accumulateAll([first, report("UZ", { entries: [entry("2.1.2", "planned")] })]);
    const before = finishAccumulator(acc);
    acc = accumulate(acc, second);
    const after = finishAccumulator(acc);
    expect(before.records.map((r) => [r.reporter, r.entries])).toEqual([
      ["KZ", [["2.1.2", "planned"]]],
      ["UZ", [["2.1.2", "planned"]]],
    ]);
    expect(after.records.map((r) => [r.reporter, r.entries])).toEqual([
      ["KZ", [["2.1.2", "in-progress"]]],
      ["UZ", [["2.1.2", "planned"]]],
    ]);
    for (const record of before.records) {
      expect(Object.isFrozen(record.entries)).toBe(true);
      expect(record.entries.every((pair) => Object.isFrozen(pair))).toBe(true);
    }
  });

  it("shows only its kind and count, and refuses an earlier handle of the same accumulator", () => {
    const start = createAccumulator();
    const acc = accumulate(start, first);
    expect({ ...acc }).toEqual({ kind: "cica-cbm/accumulator", read: 1 });
    expect(Object.keys(acc)).toEqual(["kind", "read"]);
    expect(JSON.parse(JSON.stringify(acc))).toEqual({ kind: "cica-cbm/accumulator", read: 1 });
    expect(Object.isFrozen(acc)).toBe(true);
    expect(() => accumulate(start, second)).toThrow(/already used/);
    expect(() => finishAccumulator({ ...acc })).toThrow(/made by createAccumulator/);
  });
});
