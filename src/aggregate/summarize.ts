import type { Catalogue } from "../catalogue/types.js";
import { CbmError } from "../errors/CbmError.js";
import { measureIndex } from "../catalogue/catalogueIndex.js";
import { summarizeReports, type AccumulatorOptions, type ReportSource } from "./accumulator.js";

/**
 * A field {@link summarize} can group entries by.
 *
 * @example
 * const key: SummaryKey = "dimension";
 *
 * @category Aggregates
 */
export type SummaryKey = "reporter" | "catalogue" | "year" | "dimension" | "priorityArea" | "measure" | "status";

/**
 * Options of {@link summarize}.
 *
 * @example
 * const options: SummarizeOptions = { groupBy: ["year", "dimension"], catalogues: cica.catalogues };
 *
 * @category Aggregates
 */
export interface SummarizeOptions extends AccumulatorOptions {
  /** The fields to group by, in the order of the output's columns. */
  readonly groupBy: readonly SummaryKey[];
  /** The catalogues, needed to group by dimension or priority area. */
  readonly catalogues?: Readonly<Record<string, Catalogue>> | readonly Catalogue[];
}

/**
 * One row of {@link summarize}: the values of the grouping fields and the counts.
 *
 * @example
 * const row: SummaryRow = { key: { year: 2025 }, entries: 12, reports: 3 };
 *
 * @category Aggregates
 */
export interface SummaryRow {
  /** The value of each grouping field (`null` where an entry has none, e.g. no priority area). */
  readonly key: Readonly<Partial<Record<SummaryKey, string | number | null>>>;
  /** How many entries fall in the group. */
  readonly entries: number;
  /** How many reports (current revisions) have at least one entry in the group. */
  readonly reports: number;
}

const compare = (a: string | number | null, b: string | number | null): number => {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a) < String(b) ? -1 : 1;
};

/**
 * Counts the entries of the current reports grouped by any combination of reporter, catalogue,
 * year, dimension, priority area, measure and status: the building block of custom review tables.
 * Rows are sorted by their key values in the order of `groupBy`.
 *
 * @param source - The reports: a ledger, an iterable of revisions, or a summary.
 * @param options - `groupBy`, the `catalogues` (to group by dimension or priority area), `asOf`.
 * @returns One row per group with at least one entry.
 * @throws {@link CbmError} `invalid-argument` for an unknown key, or dimension / priority area
 *   without catalogues.
 *
 * @example
 * const report = {
 *   schema: "cica-cbm/report@1", id: "KZ-2025", reporter: "KZ", catalogue: "cica@2021", year: 2025,
 *   revision: 1, submittedOn: "2026-03-01",
 *   entries: [{ measure: "HUM.1", status: "implemented" }, { measure: "2.1.2", status: "implemented" }],
 * } as const;
 * summarize([report], { groupBy: ["dimension"], catalogues: cica.catalogues }).map((r) => [r.key.dimension, r.entries])
 * //=> [["human", 1], ["military-political", 1]]
 *
 * @category Aggregates
 */
export function summarize(source: ReportSource, options: SummarizeOptions): SummaryRow[] {
  const keys = options.groupBy;
  const allowed = new Set<SummaryKey>(["reporter", "catalogue", "year", "dimension", "priorityArea", "measure", "status"]);
  for (const key of keys) if (!allowed.has(key)) throw new CbmError("invalid-argument", `summarize: cannot group by ${JSON.stringify(key)}; use ${[...allowed].join(", ")}.`);
  const list = options.catalogues === undefined ? [] : Array.isArray(options.catalogues) ? options.catalogues : Object.values(options.catalogues);
  const catalogues = new Map((list as readonly Catalogue[]).map((c) => [c.ref, c]));
  if ((keys.includes("dimension") || keys.includes("priorityArea")) && catalogues.size === 0) {
    throw new CbmError("invalid-argument", "summarize: pass `catalogues` to group by dimension or priority area.");
  }
  const summary = summarizeReports(source, options.asOf === undefined ? {} : { asOf: options.asOf });

  // Intern every key value to a small integer; a group is the mixed-radix number of its values.
  const tables = keys.map(() => new Map<string | number | null, number>());
  const values = keys.map(() => [] as (string | number | null)[]);
  const intern = (k: number, value: string | number | null) => {
    let index = tables[k]!.get(value);
    if (index === undefined) {
      index = values[k]!.length;
      tables[k]!.set(value, index);
      values[k]!.push(value);
    }
    return index;
  };
  const groups = new Map<string, { codes: number[]; entries: number; reports: number; lastReport: number }>();
  summary.records.forEach((record, reportIndex) => {
    const index = catalogues.get(record.catalogue);
    const measures = index ? measureIndex(index) : undefined;
    for (const [measure, status] of record.entries) {
      const info = measures?.get(measure);
      const codes = keys.map((key, k) => {
        const value =
          key === "reporter" ? record.reporter
          : key === "catalogue" ? record.catalogue
          : key === "year" ? record.year
          : key === "measure" ? measure
          : key === "status" ? status
          : key === "dimension" ? (info?.dimension ?? null)
          : (info?.priorityArea ?? null);
        return intern(k, value);
      });
      const id = codes.join(",");
      let group = groups.get(id);
      if (!group) {
        group = { codes, entries: 0, reports: 0, lastReport: -1 };
        groups.set(id, group);
      }
      group.entries++;
      if (group.lastReport !== reportIndex) {
        group.reports++;
        group.lastReport = reportIndex;
      }
    }
  });
  return [...groups.values()]
    .map((group) => ({
      key: Object.fromEntries(keys.map((key, k) => [key, values[k]![group.codes[k]!]!])) as SummaryRow["key"],
      entries: group.entries,
      reports: group.reports,
    }))
    .sort((a, b) => {
      for (const key of keys) {
        const c = compare(a.key[key] ?? null, b.key[key] ?? null);
        if (c !== 0) return c;
      }
      return 0;
    });
}

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
 * @param options - The range of years, and optionally `catalogue` and `asOf`.
 * @returns One row per year, oldest first.
 * @throws {@link CbmError} `invalid-argument` for a range that is not two integers in order, or longer than 1,000 years.
 *
 * @example
 * trend([], { from: 2023, to: 2025 }).map((y) => y.year)
 * //=> [2023, 2024, 2025]
 *
 * @category Aggregates
 */
export function trend(source: ReportSource, options: TrendOptions): TrendYear[] {
  const { from, to } = options;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to || to - from > 1000) {
    throw new CbmError("invalid-argument", `trend: from and to must be integers with from <= to, at most 1,000 years apart (got ${String(from)} to ${String(to)}).`);
  }
  const summary = summarizeReports(source, options.asOf === undefined ? {} : { asOf: options.asOf });
  const years = Array.from({ length: to - from + 1 }, (_, i) => ({ year: from + i, states: new Set<string>(), reports: 0, nil: 0, entries: 0, statuses: new Map<string, number>() }));
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
  return years.map((row) => ({
    year: row.year,
    reporters: row.states.size,
    reports: row.reports,
    nil: row.nil,
    entries: row.entries,
    statuses: Object.fromEntries([...row.statuses.entries()].sort(([a], [b]) => (a < b ? -1 : 1))),
  }));
}
