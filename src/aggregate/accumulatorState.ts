import { reportKey } from "../ledger/reportKey.js";
import { CbmError } from "../errors/CbmError.js";
import type { Accumulator, ReportSummary, SummaryRecord } from "./types.js";

// The live state behind an {@link Accumulator}, shared by the accumulator functions; not exported
// from the package.

export interface MutableRecord {
  reporter: string;
  catalogue: string;
  year: number;
  revision: number;
  submittedOn: string;
  firstSubmittedOn: string;
  nil: boolean;
  /** The entries, flat: measure, status, measure, status… (one array per record, not one per entry). */
  entries: string[];
  /** The entries as frozen pairs, made when a summary first needs them. */
  pairs?: readonly (readonly [string, string])[];
}

export interface AccumulatorState {
  readonly asOf: string | undefined;
  readonly records: Map<string, MutableRecord>;
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

export /** Which of two revisions of one report counts: the higher revision; on a tie, a fixed order. */
function newer(a: MutableRecord, b: MutableRecord): boolean {
  if (a.revision !== b.revision) return a.revision > b.revision;
  if (a.submittedOn !== b.submittedOn) return a.submittedOn > b.submittedOn;
  return JSON.stringify(pairsOf(a.entries)) + String(a.nil) > JSON.stringify(pairsOf(b.entries)) + String(b.nil);
}

export function add(state: AccumulatorState, record: MutableRecord): void {
  const key = reportKey(record);
  const held = state.records.get(key);
  if (!held) {
    state.records.set(key, record);
    return;
  }
  const first = record.firstSubmittedOn < held.firstSubmittedOn ? record.firstSubmittedOn : held.firstSubmittedOn;
  if (newer(record, held)) {
    record.firstSubmittedOn = first;
    state.records.set(key, record);
  } else {
    held.firstSubmittedOn = first;
  }
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
  // A record's entries are made by accumulate and never changed after (a newer revision replaces
  // the whole record), so their pairs are made once, frozen, and shared by later summaries.
  const records = [...state.records.values()]
    .map(
      (record): SummaryRecord =>
        Object.freeze({
          reporter: record.reporter,
          catalogue: record.catalogue,
          year: record.year,
          revision: record.revision,
          submittedOn: record.submittedOn,
          firstSubmittedOn: record.firstSubmittedOn,
          nil: record.nil,
          entries: (record.pairs ??= freezePairs(record.entries)),
        }),
    )
    .sort((x, y) =>
      x.reporter !== y.reporter ? (x.reporter < y.reporter ? -1 : 1) : x.catalogue !== y.catalogue ? (x.catalogue < y.catalogue ? -1 : 1) : x.year - y.year,
    );
  const summary: ReportSummary =
    state.asOf === undefined
      ? { kind: "cica-cbm/summary", read: state.read, records }
      : { kind: "cica-cbm/summary", asOf: state.asOf, read: state.read, records };
  return Object.freeze(summary);
}
