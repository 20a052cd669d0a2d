import type { NationalReport } from "../reports/schema.js";
import { reportDigest } from "../ledger/reportDigest.js";
import { add, handle, take, type AccumulatorState, type MutableRecord } from "./accumulatorState.js";
import type { Accumulator } from "./types.js";

/**
 * Adds one report revision (validated, e.g. from {@link validateReport}) to an accumulator.
 * Revisions submitted after the accumulator's `asOf` are read but not counted. Every revision's
 * day and content digest are kept (not its whole content), so that a revision submitted twice
 * with different content is found however the input is split ({@link RevisionConflict}).
 *
 * @param acc - The accumulator; it is spent by this call.
 * @param report - A report revision.
 * @returns The accumulator to go on with.
 * @throws {@link CbmError} `invalid-argument` when `acc` was already used.
 *
 * @example
 * let acc = createAccumulator();
 * acc = accumulate(acc, {
 *   schema: "cica-cbm/report@1", id: "MN-2024", reporter: "MN", catalogue: "cica@2021",
 *   year: 2024, revision: 1, submittedOn: "2025-02-10", nil: true, entries: [],
 * });
 * finishAccumulator(acc).records.length
 * //=> 1
 *
 * @category Aggregates
 */
export function accumulate(acc: Accumulator, report: NationalReport): Accumulator {
  const state = take(acc, "accumulate");
  const next: AccumulatorState = { asOf: state.asOf, records: state.records, strings: state.strings, read: state.read + 1, spent: false };
  const intern = (text: string): string => {
    const held = state.strings.get(text);
    if (held !== undefined) return held;
    // A flat copy, so that the one kept holds no parsed line alive.
    const copy = ` ${text}`.slice(1);
    state.strings.set(copy, copy);
    return copy;
  };
  // The content is kept only when it can count (dated by asOf); the day and the digest always,
  // as they decide whether later revisions count and whether two submissions conflict.
  let record: MutableRecord | undefined;
  if (state.asOf === undefined || report.submittedOn <= state.asOf) {
    const entries: string[] = new Array(report.entries.length * 2);
    for (let index = 0; index < report.entries.length; index++) {
      const entry = report.entries[index]!;
      entries[2 * index] = intern(entry.measure);
      entries[2 * index + 1] = intern(entry.status);
    }
    record = { revision: report.revision, submittedOn: report.submittedOn, nil: report.nil === true, entries };
  }
  add(next, {
    reporter: report.reporter,
    catalogue: report.catalogue,
    year: report.year,
    revisions: new Map([
      [
        report.revision,
        {
          revision: report.revision,
          submission: { id: intern(report.id), submittedOn: intern(report.submittedOn), digest: reportDigest(report) },
          value: record,
          others: undefined,
        },
      ],
    ]),
  });
  return handle(next);
}
