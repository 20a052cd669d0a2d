import { reportKey } from "../ledger/reportKey.js";
import { CbmError } from "../errors/CbmError.js";
import { addSubmission, compareNotes, settle, type ReportSlots } from "./revisionSlots.js";
import type { Accumulator, BackdatedRevision, ReportSummary, RevisionConflict, SummaryRecord } from "./types.js";

// The live state behind an {@link Accumulator}, shared by the accumulator functions; not exported
// from the package.

/** What the accumulator holds of one revision: the fields a summary needs, entries flat. */
export interface MutableRecord {
  readonly revision: number;
  readonly submittedOn: string;
  readonly nil: boolean;
  /** The entries, flat: measure, status, measure, status… (one array per record, not one per entry). */
  readonly entries: string[];
  /** The entries as frozen pairs, made when a summary first needs them. */
  pairs?: readonly (readonly [string, string])[];
}

export interface AccumulatorState {
  readonly asOf: string | undefined;
  /** Every report's revisions, by report key. */
  readonly records: Map<string, ReportSlots<MutableRecord>>;
  /**
   * One copy of each measure id and status held: every revision is kept (a lower one counts when a
   * higher one conflicts), and a string cut from a parsed line can hold the whole line alive.
   */
  readonly strings: Map<string, string>;
  read: number;
  spent: boolean;
}

const STATE = Symbol.for("cica-cbm.accumulator.state");

export function handle(state: AccumulatorState): Accumulator {
  const acc = { kind: "cica-cbm/accumulator", read: state.read } as const;
  Object.defineProperty(acc, STATE, { value: state, enumerable: false });
  return Object.freeze(acc);
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

/** Like {@link peek}, and spends the accumulator. */
export function take(acc: Accumulator, fn: string): AccumulatorState {
  const state = peek(acc, fn);
  state.spent = true;
  return state;
}

/** Adds one report's revisions (of another accumulator, or one new revision) to the state. */
export function add(state: AccumulatorState, slots: ReportSlots<MutableRecord>): void {
  const key = reportKey(slots);
  const held = state.records.get(key);
  if (!held) {
    state.records.set(key, slots);
    return;
  }
  for (const slot of slots.revisions.values()) addSubmission(held, slot);
}

/** Flat entries as `[measure, status]` pairs. */
function pairsOf(flat: readonly string[]): (readonly [string, string])[] {
  const pairs: (readonly [string, string])[] = new Array(flat.length / 2);
  for (let index = 0; index < pairs.length; index++) pairs[index] = [flat[2 * index]!, flat[2 * index + 1]!];
  return pairs;
}

function freezePairs(flat: readonly string[]): readonly (readonly [string, string])[] {
  const pairs = pairsOf(flat);
  for (const pair of pairs) Object.freeze(pair);
  return Object.freeze(pairs);
}

/** The summary of an accumulator's state, records sorted by reporter, catalogue and year. */
export function summaryOf(state: AccumulatorState): ReportSummary {
  // A record's entries are made by accumulate and never changed after, so their pairs are made
  // once, frozen, and shared by later summaries.
  const records: SummaryRecord[] = [];
  const conflicts: RevisionConflict[] = [];
  const backdated: BackdatedRevision[] = [];
  for (const slots of state.records.values()) {
    const settled = settle(slots, state.asOf);
    conflicts.push(...settled.conflicts);
    backdated.push(...settled.backdated);
    const record = settled.counted?.value;
    if (!record) continue;
    records.push(
      Object.freeze({
        reporter: slots.reporter,
        catalogue: slots.catalogue,
        year: slots.year,
        revision: record.revision,
        submittedOn: record.submittedOn,
        firstSubmittedOn: settled.firstSubmittedOn!,
        nil: record.nil,
        entries: (record.pairs ??= freezePairs(record.entries)),
      }),
    );
  }
  records.sort((x, y) =>
    x.reporter !== y.reporter ? (x.reporter < y.reporter ? -1 : 1) : x.catalogue !== y.catalogue ? (x.catalogue < y.catalogue ? -1 : 1) : x.year - y.year,
  );
  const notes = {
    conflicts: Object.freeze(
      conflicts.sort(compareNotes).map((c) => Object.freeze({ ...c, submissions: Object.freeze(c.submissions.map((s) => Object.freeze({ ...s }))) })),
    ),
    backdated: Object.freeze(backdated.sort(compareNotes).map((b) => Object.freeze(b))),
  };
  const summary: ReportSummary =
    state.asOf === undefined
      ? { kind: "cica-cbm/summary", read: state.read, records, ...notes }
      : { kind: "cica-cbm/summary", asOf: state.asOf, read: state.read, records, ...notes };
  return Object.freeze(summary);
}
