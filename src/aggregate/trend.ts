import { assertQueryYear } from "../dates/guards.js";
import { CbmError } from "../errors/CbmError.js";
import { assertContext, assertKnownCatalogue } from "./context.js";
import { toReportSummary } from "./toReportSummary.js";
import { notesOf, withNotes } from "./revisionSlots.js";
import type { AccumulatorOptions, AggregateContext, ReportSource, RevisionNotes } from "./types.js";

/**
 * One year of {@link trend}.
 *
 * @example
 * const year: TrendYear = { year: 2025, reporters: 3, reports: 2, nil: 1, entries: 10, statuses: { implemented: 6, planned: 4 } };
 *
 * @category Aggregates
 */
export interface TrendYear {
  /** The year. */
  readonly year: number;
  /** States that sent a report or a nil report on the year. */
  readonly reporters: number;
  /** Reports with entries. */
  readonly reports: number;
  /** Nil reports. */
  readonly nil: number;
  /** Entries in all. */
  readonly entries: number;
  /** Entries per status. */
  readonly statuses: Readonly<Record<string, number>>;
}

/**
 * Options of {@link trend}.
 *
 * @example
 * const options: TrendOptions = { from: 2022, to: 2025 };
 *
 * @category Aggregates
 */
export interface TrendOptions extends AccumulatorOptions {
  /** The first year. */
  readonly from: number;
  /** The last year. */
  readonly to: number;
  /** Only reports on this catalogue version. */
  readonly catalogue?: string;
}

/**
 * Year by year from `from` to `to`: how many states replied, reports and nil reports, entries, and
 * entries per status. Every year of the range has a row, with zeros where nothing was reported.
 *
 * @param source - The reports: a ledger, an iterable of revisions, or a summary.
 * @param context - `cica`, or `{ catalogues? }`: when it holds catalogues, `options.catalogue` must be one of them.
 * @param options - The range of years, and optionally `catalogue` and `asOf`.
 * @returns One row per year, oldest first; the array also carries `conflicts` and `backdated`
 *   ({@link RevisionNotes}) of the years and catalogue version it covers.
 * @throws {@link CbmError} `invalid-argument` for a year that is not an integer from 1 to 9999, a
 *   range out of order or longer than 1,000 years, or an unknown catalogue; `invalid-date` for an
 *   `asOf` that is not a real date.
 *
 * @example
 * trend([], cica, { from: 2023, to: 2025 }).map((y) => y.year)
 * //=> [2023, 2024, 2025]
 *
 * @category Aggregates
 */
export function trend(source: ReportSource, context: AggregateContext, options: TrendOptions): TrendYear[] & RevisionNotes {
  assertContext(context, "trend");
  const { from, to } = options;
  assertQueryYear(from, "trend", "from");
  assertQueryYear(to, "trend", "to");
  if (from > to || to - from > 1000) {
    throw new CbmError("invalid-argument", `trend: from and to must be in order, at most 1,000 years apart (got ${String(from)} to ${String(to)}).`);
  }
  assertKnownCatalogue(context, options.catalogue, "trend");
  const summary = toReportSummary(source, options.asOf === undefined ? {} : { asOf: options.asOf });
  const years = Array.from({ length: to - from + 1 }, (_, i) => ({
    year: from + i,
    states: new Set<string>(),
    reports: 0,
    nil: 0,
    entries: 0,
    statuses: new Map<string, number>(),
  }));
  for (const record of summary.records) {
    if (record.year < from || record.year > to) continue;
    if (options.catalogue !== undefined && record.catalogue !== options.catalogue) continue;
    const row = years[record.year - from]!;
    row.states.add(record.reporter);
    if (record.nil) row.nil++;
    else row.reports++;
    row.entries += record.entries.length;
    for (const [, status] of record.entries) row.statuses.set(status, (row.statuses.get(status) ?? 0) + 1);
  }
  const rows = years.map((row) => ({
    year: row.year,
    reporters: row.states.size,
    reports: row.reports,
    nil: row.nil,
    entries: row.entries,
    statuses: Object.fromEntries([...row.statuses.entries()].sort(([a], [b]) => (a < b ? -1 : 1))),
  }));
  return withNotes(rows, notesOf(summary, from, to, options.catalogue));
}
