import { CbmError } from "../errors/CbmError.js";
import { digestHex } from "../ledger/reportDigest.js";
import { compareNotes, settle, type ReportSlots } from "./revisionSlots.js";
import type { Accumulator, BackdatedRevision, ConflictingSubmission, ReportSummary, RevisionConflict, SummaryRecord } from "./types.js";

// The live state behind an {@link Accumulator}, shared by the accumulator functions; not exported
// from the package.

/** A `[measure, status]` pair of a summary's entries. */
export type EntryPair = readonly [measure: string, status: string];

/** What the accumulator holds of one revision that can count, beside its slot's identity. */
export interface MutableRecord {
  readonly nil: boolean;
  /**
   * The entries as `[measure, status]` pairs, in report order. Each pair is frozen and shared by
   * every record with that measure and status (one pair per measure and status read, not one per
   * entry); the array is made by accumulate, never changed after, and frozen when a summary
   * first gives it out.
   */
  readonly entries: EntryPair[];
}

/** The revisions of each report, by reporter, catalogue version and year: no key string per report. */
export type RecordTree = Map<string, Map<string, Map<number, ReportSlots<MutableRecord>>>>;

export interface AccumulatorState {
  readonly asOf: string | undefined;
  /** Every report's revisions, by reporter, catalogue version and year. */
  readonly records: RecordTree;
  /**
   * One copy of each reporter, catalogue, measure id and status held (a report's id is kept once
   * per report, beside its revisions; a day as it came, see {@link keepText}): every revision is kept (a lower one
   * counts when a higher one conflicts), and a string cut from a parsed line can hold the whole
   * line alive.
   */
  readonly strings: Map<string, string>;
  /** The shared entry pairs, by measure then status. */
  readonly pairs: Map<string, Map<string, EntryPair>>;
  read: number;
  spent: boolean;
  /** Makes this state's handles (see {@link handle}). */
  readonly Handle: new (
    read: number,
  ) => Accumulator;
}

const STATE = Symbol.for("cica-cbm.accumulator.state");

/**
 * A new state. Its handles are instances of a class of its own whose prototype holds the state
 * (under a `Symbol.for` key, not enumerable, so that the ESM and CJS builds read each other's
 * accumulators): a handle per `accumulate` call is then two own fields and a freeze, no property
 * definition. A spent handle is told by its `read`, which no longer matches the state's.
 */
export function newState(
  asOf: string | undefined,
  records: RecordTree,
  strings: Map<string, string>,
  pairs: Map<string, Map<string, EntryPair>>,
  read: number,
): AccumulatorState {
  // Fields assigned in the constructor: a field initialiser would be one more call per handle.
  class AccumulatorHandle {
    declare readonly kind: "cica-cbm/accumulator";
    declare readonly read: number;
    constructor(count: number) {
      this.kind = "cica-cbm/accumulator";
      this.read = count;
      Object.freeze(this);
    }
  }
  const state: AccumulatorState = {
    asOf,
    records,
    strings,
    pairs,
    read,
    spent: false,
    Handle: AccumulatorHandle as unknown as new (read: number) => Accumulator,
  };
  Object.defineProperty(AccumulatorHandle.prototype, STATE, { value: state, enumerable: false });
  return state;
}

/** The handle of a state as it stands. */
export function handle(state: AccumulatorState): Accumulator {
  return new state.Handle(state.read);
}

/** The live state behind an accumulator; throws when it is not one, or was already used. */
export function peek(acc: Accumulator, fn: string): AccumulatorState {
  const state = typeof acc === "object" && acc !== null ? (acc as unknown as Record<symbol, AccumulatorState>)[STATE] : undefined;
  if (!state) throw new CbmError("invalid-argument", `${fn}: pass an accumulator made by createAccumulator.`);
  if (state.spent || state.read !== acc.read) {
    throw new CbmError("invalid-argument", `${fn}: this accumulator was already used; go on with the one accumulate or mergeAccumulators returned.`);
  }
  return state;
}

/** One copy of `text` held by the state (a flat copy the first time, so that it holds no parsed line alive). */
export function intern(state: AccumulatorState, text: string): string {
  const held = state.strings.get(text);
  if (held !== undefined) return held;
  const copy = flatCopy(text);
  state.strings.set(copy, copy);
  return copy;
}

/** The shared frozen pair of a measure and a status. */
export function pairOf(state: AccumulatorState, measure: string, status: string): EntryPair {
  let byStatus = state.pairs.get(measure);
  if (byStatus === undefined) {
    byStatus = new Map();
    state.pairs.set(intern(state, measure), byStatus);
  }
  let pair = byStatus.get(status);
  if (pair === undefined) {
    pair = Object.freeze([intern(state, measure), intern(state, status)] as const);
    byStatus.set(pair[1], pair);
  }
  return pair;
}

/** A flat copy of `text`, so that the one kept holds no parsed line alive. */
export function flatCopy(text: string): string {
  return ` ${text}`.slice(1);
}

/**
 * `text` itself when it is too short to be a cut of a longer string (engines copy short substrings:
 * V8 cuts only from 13 characters on), else a flat copy. A day (10 characters) is kept so: days are
 * too many and too varied to be worth one shared copy each (a table of them cost more than the rest
 * of a revision), and a short string costs no more than a reference to a shared one would save.
 */
export function keepText(text: string): string {
  return text.length < 13 ? text : flatCopy(text);
}

/** The revisions held of the report (reporter, catalogue, year), made empty when none is. */
export function slotsOf(state: AccumulatorState, reporter: string, catalogue: string, year: number): ReportSlots<MutableRecord> {
  let byCatalogue = state.records.get(reporter);
  if (byCatalogue === undefined) {
    byCatalogue = new Map();
    state.records.set(intern(state, reporter), byCatalogue);
  }
  let byYear = byCatalogue.get(catalogue);
  if (byYear === undefined) {
    byYear = new Map();
    byCatalogue.set(intern(state, catalogue), byYear);
  }
  let slots = byYear.get(year);
  if (slots === undefined) {
    slots = { reporter: intern(state, reporter), catalogue: intern(state, catalogue), year, revisions: [] };
    byYear.set(year, slots);
  }
  return slots;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every report's revisions, sorted by reporter, catalogue and year. */
export function* sortedSlots(records: RecordTree): Generator<ReportSlots<MutableRecord>> {
  for (const reporter of [...records.keys()].sort(byText)) {
    const byCatalogue = records.get(reporter)!;
    for (const catalogue of [...byCatalogue.keys()].sort(byText)) {
      const byYear = byCatalogue.get(catalogue)!;
      for (const year of [...byYear.keys()].sort((x, y) => x - y)) yield byYear.get(year)!;
    }
  }
}

/** Every report's revisions, in no particular order. */
export function* allSlots(records: RecordTree): Generator<ReportSlots<MutableRecord>> {
  for (const byCatalogue of records.values()) for (const byYear of byCatalogue.values()) yield* byYear.values();
}

const showSubmission = (s: ConflictingSubmission) => Object.freeze({ id: s.id, submittedOn: s.submittedOn, digest: digestHex(s.digest) });

/** The summary of an accumulator's state, records sorted by reporter, catalogue and year. */
export function summaryOf(state: AccumulatorState): ReportSummary {
  const records: SummaryRecord[] = [];
  const conflicts: RevisionConflict[] = [];
  const backdated: BackdatedRevision[] = [];
  for (const slots of sortedSlots(state.records)) {
    const settled = settle(slots, state.asOf, conflicts, backdated);
    const counted = settled.counted;
    const record = counted?.value;
    if (!record) continue;
    // The entries are never changed after accumulate: frozen once, shared by later summaries.
    if (!Object.isFrozen(record.entries)) Object.freeze(record.entries);
    records.push(
      Object.freeze({
        reporter: slots.reporter,
        catalogue: slots.catalogue,
        year: slots.year,
        revision: counted.revision,
        submittedOn: counted.submittedOn,
        firstSubmittedOn: settled.firstSubmittedOn!,
        nil: record.nil,
        entries: record.entries,
      }),
    );
  }
  // Notes come in the order of the reports and, within one, of revisions; sorted all the same.
  const notes = {
    conflicts: Object.freeze(conflicts.sort(compareNotes).map((c) => Object.freeze({ ...c, submissions: Object.freeze(c.submissions.map(showSubmission)) }))),
    backdated: Object.freeze(backdated.sort(compareNotes).map((b) => Object.freeze(b))),
  };
  const summary: ReportSummary =
    state.asOf === undefined
      ? { kind: "cica-cbm/summary", read: state.read, records, ...notes }
      : { kind: "cica-cbm/summary", asOf: state.asOf, read: state.read, records, ...notes };
  return Object.freeze(summary);
}
