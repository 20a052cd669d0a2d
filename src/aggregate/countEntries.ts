import type { Catalogue } from "../catalogue/types.js";
import { CbmError } from "../errors/CbmError.js";
import { measureIndex } from "../catalogue/catalogueIndex.js";
import { assertContext, cataloguesOf } from "./context.js";
import { toReportSummary } from "./toReportSummary.js";
import { notesOf, withNotes } from "./revisionSlots.js";
import type { AccumulatorOptions, AggregateContext, ReportSource, RevisionNotes } from "./types.js";

/**
 * A field {@link countEntries} can group entries by.
 *
 * @example
 * const key: SummaryKey = "dimension";
 *
 * @category Aggregates
 */
export type SummaryKey = "reporter" | "catalogue" | "year" | "dimension" | "priorityArea" | "measure" | "status";

/**
 * Options of {@link countEntries}.
 *
 * @example
 * const options: CountEntriesOptions = { by: ["year", "dimension"] };
 *
 * @category Aggregates
 */
export interface CountEntriesOptions extends AccumulatorOptions {
  /** The fields to group by, in the order of the output's columns (grouping by dimension or priority area reads the context's catalogues). */
  readonly by: readonly SummaryKey[];
}

/**
 * One row of {@link countEntries}: the values of the grouping fields and the counts.
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
 * Rows are sorted by their key values in the order of `by`. Entries of two catalogue versions
 * never share a row: when the reports use more than one version and `by` does not name
 * `catalogue`, it is added as the last field of every key. The result is an array of rows that
 * also carries `conflicts` (revisions submitted twice with different content, not counted) and
 * `backdated` (revisions dated before an earlier one), as {@link RevisionNotes}.
 *
 * @param source - The reports: a ledger, an iterable of revisions, or a summary.
 * @param context - Where the catalogues come from (to group by dimension or priority area): `cica`,
 *   or `{ catalogues }`; `{}` will do for the other fields.
 * @param options - `by`, and optionally `asOf`.
 * @returns One row per group with at least one entry.
 * @throws {@link CbmError} `invalid-argument` for an unknown key, or dimension / priority area
 *   with a context that holds no catalogues; `invalid-date` for an `asOf` that is not a real date.
 *
 * @example
 * const report = {
 *   schema: "cica-cbm/report@1", id: "KZ-2025", reporter: "KZ", catalogue: "cica@2021", year: 2025,
 *   revision: 1, submittedOn: "2026-03-01",
 *   entries: [{ measure: "HUM.1", status: "implemented" }, { measure: "2.1.2", status: "implemented" }],
 * } as const;
 * countEntries([report], cica, { by: ["dimension"] }).map((r) => [r.key.dimension, r.entries])
 * //=> [["human", 1], ["military-political", 1]]
 *
 * @category Aggregates
 */
export function countEntries(source: ReportSource, context: AggregateContext, options: CountEntriesOptions): SummaryRow[] & RevisionNotes {
  assertContext(context, "countEntries");
  const asked: readonly SummaryKey[] = options.by;
  if (!Array.isArray(asked as unknown))
    throw new CbmError("invalid-argument", 'countEntries: options.by must be a list of fields, e.g. { by: ["year", "dimension"] }.');
  const allowed = new Set<SummaryKey>(["reporter", "catalogue", "year", "dimension", "priorityArea", "measure", "status"]);
  for (const key of asked)
    if (!allowed.has(key)) throw new CbmError("invalid-argument", `countEntries: cannot group by ${JSON.stringify(key)}; use ${[...allowed].join(", ")}.`);
  const catalogues = new Map(cataloguesOf(context).map((c): [string, Catalogue] => [c.ref, c]));
  if ((asked.includes("dimension") || asked.includes("priorityArea")) && catalogues.size === 0) {
    throw new CbmError("invalid-argument", "countEntries: pass a context with catalogues (e.g. cica) to group by dimension or priority area.");
  }
  const summary = toReportSummary(source, options.asOf === undefined ? {} : { asOf: options.asOf });
  // Entries of two catalogue versions never share a row: their measure ids, areas and statuses
  // are not the same things. When the reports use several versions and `by` does not name the
  // catalogue, it is added as the last field of every key.
  const versions = new Set(summary.records.map((r) => r.catalogue));
  const keys: readonly SummaryKey[] = versions.size > 1 && !asked.includes("catalogue") ? [...asked, "catalogue"] : asked;

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
          key === "reporter"
            ? record.reporter
            : key === "catalogue"
              ? record.catalogue
              : key === "year"
                ? record.year
                : key === "measure"
                  ? measure
                  : key === "status"
                    ? status
                    : key === "dimension"
                      ? (info?.dimension ?? null)
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
  const rows = [...groups.values()]
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
  return withNotes(rows, notesOf(summary, 1, 9999));
}
