import type { Catalogue } from "../catalogue/types.js";
import type { Ledger } from "../ledger/store.js";
import type { Registry } from "../participants/types.js";
import type { NationalReport } from "../reports/schema.js";

/**
 * One report in a {@link ReportSummary}: its current revision (the highest one submitted by
 * `asOf`) reduced to what the aggregates count.
 *
 * @example
 * const record: SummaryRecord | undefined = toReportSummary([]).records[0];
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
  /** The `submittedOn` of its lowest revision (conflicting revisions left out): when the state first replied. */
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
 * const summary: ReportSummary = toReportSummary([]);
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
  /** Revisions submitted twice with different content: not counted (see {@link RevisionConflict}). */
  readonly conflicts: readonly RevisionConflict[];
  /** Revisions dated before an earlier revision of their report (see {@link BackdatedRevision}). */
  readonly backdated: readonly BackdatedRevision[];
}

/**
 * One submission of a revision in conflict: enough to find it among the files or forms it came in.
 *
 * @example
 * const submission: ConflictingSubmission = { id: "KZ-2025", submittedOn: "2026-03-01", digest: "0123456789abcdef" };
 *
 * @category Aggregates
 */
export interface ConflictingSubmission {
  /** The report's `id`. */
  readonly id: string;
  /** Its `submittedOn`. */
  readonly submittedOn: string;
  /** Its content digest ({@link reportDigest}): two submissions with one digest are the same. */
  readonly digest: string;
}

/**
 * A revision of a report submitted more than once with different content: the ledger would reject
 * the second ({@link recordReport}'s `ledger.conflict`); the aggregates, which have no order to go
 * by, count neither. The report's clean revisions still count, so the highest clean revision below
 * a conflict is the one counted (nothing, when there is none); a conflicting revision is not a
 * predecessor either (as if it had not been sent). Identical resubmissions are not conflicts.
 *
 * @example
 * const conflict: RevisionConflict | undefined = toReportSummary([]).conflicts[0];
 *
 * @category Aggregates
 */
export interface RevisionConflict {
  /** The reporting state. */
  readonly reporter: string;
  /** The catalogue version. */
  readonly catalogue: string;
  /** The year reported on. */
  readonly year: number;
  /** The revision number given to more than one content. */
  readonly revision: number;
  /** Each different submission, by `submittedOn`, `id` and digest. */
  readonly submissions: readonly ConflictingSubmission[];
}

/**
 * A revision dated before an earlier revision of its report: a correction cannot have been sent
 * before what it corrects, so it counts from the earlier revision's day (for `asOf`), and "late"
 * is judged on the lowest revision's day, not on this one.
 *
 * @example
 * const note: BackdatedRevision | undefined = toReportSummary([]).backdated[0];
 *
 * @category Aggregates
 */
export interface BackdatedRevision {
  /** The reporting state. */
  readonly reporter: string;
  /** The catalogue version. */
  readonly catalogue: string;
  /** The year reported on. */
  readonly year: number;
  /** The back-dated revision. */
  readonly revision: number;
  /** Its `submittedOn`. */
  readonly submittedOn: string;
  /** The earlier revision with the latest day before it. */
  readonly earlier: number;
  /** That revision's `submittedOn`: the day the back-dated one counts from. */
  readonly earlierSubmittedOn: string;
}

/**
 * What every aggregate result says of the reports it read besides its counts: the revisions in
 * conflict (not counted) and the back-dated revisions, of the years (and catalogue version) it covers.
 *
 * @example
 * const notes: RevisionNotes = { conflicts: [], backdated: [] };
 *
 * @category Aggregates
 */
export interface RevisionNotes {
  /** Revisions submitted twice with different content, left out of the counts. */
  readonly conflicts: readonly RevisionConflict[];
  /** Revisions dated before an earlier revision of their report. */
  readonly backdated: readonly BackdatedRevision[];
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
  /**
   * Count only revisions submitted on or before this day (`YYYY-MM-DD`): "as the review saw it". A
   * revision counts from the later of its own `submittedOn` and that of the revision before it.
   */
  readonly asOf?: string;
}

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

/**
 * Reports to aggregate: a {@link Ledger}, any iterable of report revisions (an array, a generator),
 * or a {@link ReportSummary} already made by {@link finishAccumulator} or {@link toReportSummary}.
 *
 * @example
 * const source: ReportSource = [];
 *
 * @category Aggregates
 */
export type ReportSource = Ledger | Iterable<NationalReport> | ReportSummary;

/**
 * What the aggregates read besides the reports: the catalogue versions and the registry, shaped
 * like {@link cica} so that `reportingRate(reports, cica, { year: 2025 })` works as it is. Your own
 * catalogues and registry work the same way: `{ catalogues: [myCatalogue], registry: myRegistry }`.
 *
 * Each aggregate reads what it needs: {@link reportingRate} the registry (who was expected to
 * reply), {@link implementationMatrix} the catalogues (its columns), {@link countEntries} the
 * catalogues to group by dimension or priority area, {@link findDiscrepancies} the registry (to
 * leave organisations out), {@link trend} the catalogues (to check `options.catalogue`).
 *
 * @example
 * const context: AggregateContext = { catalogues: cica.catalogues, registry: cica.registry };
 *
 * @category Aggregates
 */
export interface AggregateContext {
  /** The catalogue versions: by reference like `cica.catalogues`, or as a list. */
  readonly catalogues?: Readonly<Record<string, Catalogue>> | readonly Catalogue[];
  /** The registry of participants, like `cica.registry`. */
  readonly registry?: Registry;
}
