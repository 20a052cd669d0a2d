import type { NationalReport } from "../reports/schema.js";
import { add, handle, take, type AccumulatorState } from "./accumulatorState.js";
import type { Accumulator } from "./types.js";

/**
 * Adds one report revision (validated, e.g. from {@link validateReport}) to an accumulator.
 * Revisions submitted after the accumulator's `asOf` are read but not counted.
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
  const next: AccumulatorState = { asOf: state.asOf, records: state.records, read: state.read + 1, spent: false };
  if (state.asOf === undefined || report.submittedOn <= state.asOf) {
    const entries: string[] = new Array(report.entries.length * 2);
    for (let index = 0; index < report.entries.length; index++) {
      const entry = report.entries[index]!;
      entries[2 * index] = entry.measure;
      entries[2 * index + 1] = entry.status;
    }
    add(next, {
      reporter: report.reporter,
      catalogue: report.catalogue,
      year: report.year,
      revision: report.revision,
      submittedOn: report.submittedOn,
      firstSubmittedOn: report.submittedOn,
      nil: report.nil === true,
      entries,
    });
  }
  return handle(next);
}
