import type { NationalReport } from "../reports/schema.js";
import { compactReportDigest } from "../ledger/reportDigest.js";
import { handle, keepText, pairOf, peek, slotsOf, type EntryPair, type MutableRecord } from "./accumulatorState.js";
import { addSubmission } from "./revisionSlots.js";
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
  const state = peek(acc, "accumulate");
  // The content is kept only when it can count (dated by asOf); the day and the digest always,
  // as they decide whether later revisions count and whether two submissions conflict.
  let value: MutableRecord | undefined;
  if (state.asOf === undefined || report.submittedOn <= state.asOf) {
    const source = report.entries;
    const entries: EntryPair[] = new Array(source.length);
    for (let index = 0; index < source.length; index++) {
      const entry = source[index]!;
      entries[index] = pairOf(state, entry.measure, entry.status);
    }
    value = { nil: report.nil === true, entries };
  }
  const digest = compactReportDigest(report);
  const slots = slotsOf(state, report.reporter, report.catalogue, report.year);
  // The revisions of one report mostly share its id: one copy for all of them.
  const last = slots.revisions.length > 0 ? slots.revisions[slots.revisions.length - 1] : undefined;
  const id = last !== undefined && last.id === report.id ? last.id : keepText(report.id);
  const submittedOn = last !== undefined && last.submittedOn === report.submittedOn ? last.submittedOn : keepText(report.submittedOn);
  addSubmission(slots, { revision: report.revision, id, submittedOn, digest, value, others: undefined });
  // Counted only once the revision is in: a report that cannot be read leaves the accumulator as it was.
  state.read++;
  return handle(state);
}
