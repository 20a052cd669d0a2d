import { CbmError } from "../errors/CbmError.js";
import { isFullDate } from "../internal/dates.js";
import { storeOf, type Ledger } from "../ledger/store.js";
import type { NationalReport } from "../reports/schema.js";

/**
 * One report in a {@link ReportSummary}: its current revision (the highest one submitted by
 * `asOf`) reduced to what the aggregates count.
 *
 * @example
 * const record: SummaryRecord | undefined = summarizeReports([]).records[0];
 *
 * @category Aggregates
 */
export interface SummaryRecord {
  /** The reporting state. */
  readonly reporter: string;
  /** The catalogue version. */
  readonly catalogue: string;
  /** The year reported on. */
  readonly year: number;
  /** The current revision. */
  readonly revision: number;
  /** The current revision's `submittedOn`. */
  readonly submittedOn: string;
  /** The earliest `submittedOn` of its counted revisions: when the state first replied. */
  readonly firstSubmittedOn: string;
  /** `true` for a nil report. */
  readonly nil: boolean;
  /** The current revision's entries as `[measure, status]` pairs, in report order. */
  readonly entries: readonly (readonly [measure: string, status: string])[];
}

/**
 * Everything the aggregates need from a set of reports: the current revision of each report,
 * sorted by reporter, catalogue and year. {@link finishAccumulator} makes one; every aggregate
 * function also accepts one in place of the reports.
 *
 * @example
 * const summary: ReportSummary = summarizeReports([]);
 *
 * @category Aggregates
 */
export interface ReportSummary {
  /** Always `"cica-cbm/summary"`. */
  readonly kind: "cica-cbm/summary";
  /** Revisions submitted after this day were ignored (when set). */
  readonly asOf?: string;
  /** How many report revisions were read (every revision, counted or not). */
  readonly read: number;
  /** The current revision of each report. */
  readonly records: readonly SummaryRecord[];
}

/**
 * Options of {@link createAccumulator} (and of the aggregate functions that build one).
 *
 * @example
 * const options: AccumulatorOptions = { asOf: "2026-05-31" };
 *
 * @category Aggregates
 */
export interface AccumulatorOptions {
  /** Count only revisions submitted on or before this day (`YYYY-MM-DD`): "as the review saw it". */
  readonly asOf?: string;
}

interface MutableRecord {
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

interface AccumulatorState {
  readonly asOf: string | undefined;
  readonly records: Map<string, MutableRecord>;
  read: number;
  spent: boolean;
}

const STATE = Symbol.for("cica-cbm.accumulator.state");

/**
 * A mergeable accumulator of report revisions, for inputs too large to hold at once or split across
 * workers: {@link accumulate} reports into it one by one, {@link mergeAccumulators} two of them,
 * and {@link finishAccumulator} gives the {@link ReportSummary} that the aggregates read. Any
 * split of the input, merged in any order, gives exactly the summary of the whole.
 *
 * An accumulator is used once: `accumulate` and `mergeAccumulators` return the accumulator to go
 * on with, and the ones they were given are spent (using one again throws a CbmError), so no
 * value a caller holds ever changes under it.
 *
 * @example
 * let acc: Accumulator = createAccumulator();
 * acc.read
 * //=> 0
 *
 * @category Aggregates
 */
export interface Accumulator {
  /** Always `"cica-cbm/accumulator"`. */
  readonly kind: "cica-cbm/accumulator";
  /** How many revisions it has read. */
  readonly read: number;
}

function handle(state: AccumulatorState): Accumulator {
  const acc = { kind: "cica-cbm/accumulator", read: state.read } as const;
  Object.defineProperty(acc, STATE, { value: state, enumerable: false });
  return Object.freeze(acc);
}

/** The live state behind an accumulator; throws when it is not one, or was already used. */
function peek(acc: Accumulator, fn: string): AccumulatorState {
  const state = typeof acc === "object" && acc !== null ? (acc as unknown as Record<symbol, AccumulatorState>)[STATE] : undefined;
  if (!state) throw new CbmError("invalid-argument", `${fn}: pass an accumulator made by createAccumulator.`);
  if (state.spent || state.read !== acc.read) {
    throw new CbmError("invalid-argument", `${fn}: this accumulator was already used; go on with the one accumulate or mergeAccumulators returned.`);
  }
  return state;
}

/** Like {@link peek}, and spends the accumulator. */
function take(acc: Accumulator, fn: string): AccumulatorState {
  const state = peek(acc, fn);
  state.spent = true;
  return state;
}

/**
 * Creates an empty {@link Accumulator}.
 *
 * @param options - `asOf`: count only revisions submitted by that day.
 * @returns An accumulator that has read nothing.
 * @throws {@link CbmError} `invalid-date` when `asOf` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * createAccumulator({ asOf: "2026-05-31" }).read
 * //=> 0
 *
 * @category Aggregates
 */
export function createAccumulator(options: AccumulatorOptions = {}): Accumulator {
  if (options.asOf !== undefined && !isFullDate(options.asOf)) {
    throw new CbmError("invalid-date", `createAccumulator: asOf ${JSON.stringify(options.asOf)} is not a real calendar date written YYYY-MM-DD.`);
  }
  return handle({ asOf: options.asOf, records: new Map(), read: 0, spent: false });
}

/** Which of two revisions of one report counts: the higher revision; on a tie, a fixed order. */
function newer(a: MutableRecord, b: MutableRecord): boolean {
  if (a.revision !== b.revision) return a.revision > b.revision;
  if (a.submittedOn !== b.submittedOn) return a.submittedOn > b.submittedOn;
  return JSON.stringify(pairsOf(a.entries)) + String(a.nil) > JSON.stringify(pairsOf(b.entries)) + String(b.nil);
}

function add(state: AccumulatorState, record: MutableRecord): void {
  const key = `${record.reporter}\u0000${record.catalogue}\u0000${record.year}`;
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

/**
 * Merges two accumulators made with the same options, in either order, into one that holds both.
 *
 * @param a - An accumulator; it is spent by this call.
 * @param b - Another; it is spent too.
 * @returns The merged accumulator.
 * @throws {@link CbmError} `invalid-argument` when either was already used, when they are the
 *   same accumulator, or when their `asOf` differ.
 *
 * @example
 * const merged = mergeAccumulators(createAccumulator(), createAccumulator());
 * merged.read
 * //=> 0
 *
 * @category Aggregates
 */
export function mergeAccumulators(a: Accumulator, b: Accumulator): Accumulator {
  if (a === b) throw new CbmError("invalid-argument", "mergeAccumulators: pass two different accumulators.");
  // Check both before spending either, so that a refused merge leaves both usable.
  const left = peek(a, "mergeAccumulators");
  const right = peek(b, "mergeAccumulators");
  if (left.asOf !== right.asOf) {
    throw new CbmError("invalid-argument", `mergeAccumulators: the accumulators count up to different days (asOf ${left.asOf ?? "none"} and ${right.asOf ?? "none"}).`);
  }
  left.spent = true;
  right.spent = true;
  const [big, small] = left.records.size >= right.records.size ? [left, right] : [right, left];
  const next: AccumulatorState = { asOf: left.asOf, records: big.records, read: left.read + right.read, spent: false };
  for (const record of small.records.values()) add(next, { ...record });
  return handle(next);
}

/**
 * Finishes an accumulator: the {@link ReportSummary} of everything it read. The accumulator is not
 * spent: it can go on reading after this.
 *
 * @param acc - The accumulator.
 * @returns The summary, with records sorted by reporter, catalogue and year.
 *
 * @example
 * finishAccumulator(createAccumulator()).records
 * //=> []
 *
 * @category Aggregates
 */
export function finishAccumulator(acc: Accumulator): ReportSummary {
  const state = peek(acc, "finishAccumulator");
  // A record's entries are made by accumulate and never changed after (a newer revision replaces
  // the whole record), so their pairs are made once, frozen, and shared by later summaries.
  const records = [...state.records.values()]
    .map((record): SummaryRecord =>
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
    .sort((x, y) => (x.reporter !== y.reporter ? (x.reporter < y.reporter ? -1 : 1) : x.catalogue !== y.catalogue ? (x.catalogue < y.catalogue ? -1 : 1) : x.year - y.year));
  const summary: ReportSummary = state.asOf === undefined
    ? { kind: "cica-cbm/summary", read: state.read, records }
    : { kind: "cica-cbm/summary", asOf: state.asOf, read: state.read, records };
  return Object.freeze(summary);
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

/**
 * Reports to aggregate: a {@link Ledger}, any iterable of report revisions (an array, a generator),
 * or a {@link ReportSummary} already made by {@link finishAccumulator}.
 *
 * @example
 * const source: ReportSource = [];
 *
 * @category Aggregates
 */
export type ReportSource = Ledger | Iterable<NationalReport> | ReportSummary;

/**
 * The {@link ReportSummary} of a source: every revision accumulated in one pass. A summary is
 * returned as it is (its `asOf` must then match).
 *
 * @param source - A ledger, an iterable of reports, or a summary.
 * @param options - `asOf`: count only revisions submitted by that day.
 * @returns The summary.
 * @throws {@link CbmError} `invalid-argument` for a source of another kind, or a summary made
 *   with another `asOf`.
 *
 * @example
 * summarizeReports([]).records.length
 * //=> 0
 *
 * @category Aggregates
 */
export function summarizeReports(source: ReportSource, options: AccumulatorOptions = {}): ReportSummary {
  if (isSummary(source)) {
    if (source.asOf !== options.asOf) {
      throw new CbmError("invalid-argument", `This summary counts revisions up to ${source.asOf ?? "any day"}, not ${options.asOf ?? "any day"}: accumulate again with that asOf.`);
    }
    return source;
  }
  let acc = createAccumulator(options);
  for (const report of iterateSource(source)) acc = accumulate(acc, report);
  return finishAccumulator(acc);
}

function isSummary(source: unknown): source is ReportSummary {
  return typeof source === "object" && source !== null && (source as ReportSummary).kind === "cica-cbm/summary";
}

/** The revisions of a ledger or an iterable, in order. */
export function* iterateSource(source: Ledger | Iterable<NationalReport>): Iterable<NationalReport> {
  if (typeof source === "object" && source !== null && (source as Ledger).kind === "cica-cbm/ledger") {
    const ledgerStore = storeOf(source as Ledger, "aggregate");
    for (let index = 0; index < (source as Ledger).size; index++) yield ledgerStore.records[index]!;
    return;
  }
  if (source === null || typeof source !== "object" || typeof (source as Iterable<NationalReport>)[Symbol.iterator] !== "function") {
    throw new CbmError("invalid-argument", "Pass reports as a ledger, an iterable of reports, or a summary made by finishAccumulator.");
  }
  yield* source as Iterable<NationalReport>;
}
