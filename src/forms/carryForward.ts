import type { MeasureMap } from "../catalogue/defineMeasureMap.js";
import { CbmError } from "../errors/CbmError.js";
import { isPlainObject, setOwn } from "../internal/json.js";
import { assertMap, mapMeasures, type UnmappedEntry } from "../reports/migrateReport.js";
import type { NationalReport } from "../reports/schema.js";
import { DRAFT_SCHEMA_ID, type DraftEntry, type ReportDraft } from "./ReportDraft.js";

/**
 * What {@link carryForward} takes besides the report.
 *
 * @example
 * const options: CarryForwardOptions = { year: 2026, markNothingNew: true };
 *
 * @category Forms
 */
export interface CarryForwardOptions {
  /** The year of the new draft; the report's year + 1 when left out. It must come after the report's. */
  readonly year?: number;
  /**
   * A measure map from the report's catalogue version to the one the new draft is written against
   * (see {@link defineMeasureMap}); left out, the draft keeps the report's version.
   */
  readonly map?: MeasureMap;
  /**
   * `true` marks every carried entry "nothing new to declare since" the report's year (or since
   * the entry's own earlier mark, which it keeps). Left out (`false`): only the entries that had a
   * mark keep it, and the ministry decides for the others.
   */
  readonly markNothingNew?: boolean;
  /** The new draft's id; `REPORTER-YEAR` (`"KZ-2026"`) when left out. */
  readonly id?: string;
}

/**
 * What {@link carryForward} gives: the new draft, and the entries it could not carry.
 *
 * @example
 * const report = {
 *   schema: "cica-cbm/report@1", id: "KZ-2025", reporter: "KZ", catalogue: "cica@2021",
 *   year: 2025, revision: 1, submittedOn: "2026-03-01", entries: [{ measure: "2.1.2", status: "implemented" }],
 * } as const;
 * const result: CarryForwardResult = carryForward(report);
 * result.draft.year
 * //=> 2026
 *
 * @category Forms
 */
export interface CarryForwardResult {
  /** The draft for the next year: a new, mutable object (the report is not changed). */
  readonly draft: ReportDraft;
  /**
   * The report's entries left out of the draft, in entry order: a measure the map gives no
   * counterpart (`no-counterpart`), or one that maps to the same measure as an earlier entry
   * (`merged`, with `into`): the form shows them so that the user decides.
   */
  readonly unmapped: readonly UnmappedEntry[];
}

/**
 * A draft for the next year from this year's report, so that a ministry starts from what it said
 * last time. What is carried, entry by entry:
 * - the measure and its **status** (implementation goes on from year to year);
 * - the **remarks**, kept as written: the form shows them to be revised or cleared;
 * - the entry's **"nothing new to declare since"** mark, when it had one; with
 *   `markNothingNew: true`, every entry is marked since the report's year (an earlier mark is
 *   kept), and by default no new mark is made: the ministry decides;
 * - the **access** marks of the report and of each entry (who may read them).
 *
 * The **activities are dropped**: they happened in the report's year, and the new year has its own.
 * The id, revision and day of submission are not carried: the draft is a new report (revision 1,
 * id `REPORTER-YEAR`), dated when it is finalized. The report's `extensions` (the ministry's own
 * data) are carried as they are; a nil report gives a draft with no entries, for the ministry to
 * fill or mark nil again.
 *
 * When a measure map is given, each measure is re-expressed in the map's target version (the
 * draft's catalogue); an entry whose measure has no counterpart there, or that would merge with an
 * earlier entry, is left out and listed in `unmapped` (entry index, measure, reason), never lost
 * silently.
 *
 * @param report - A valid national report (from `validateReport`, a ledger, or `finalizeDraft`).
 * @param options - The year, a measure map, `markNothingNew`, the id.
 * @returns `{ draft, unmapped }`.
 * @throws {@link CbmError} `invalid-argument` on misuse: not a report, a `year` not after the
 *   report's, or a map that does not start from the report's catalogue version.
 *
 * @example
 * const report = {
 *   schema: "cica-cbm/report@1", id: "KZ-2025", reporter: "KZ", catalogue: "cica@2021",
 *   year: 2025, revision: 2, submittedOn: "2026-03-01",
 *   entries: [{
 *     measure: "2.1.2", status: "implemented", remarks: "Annual exchange",
 *     activities: [{ title: "Exchange of information", kind: "exchange-of-information", from: "2025-05-01" }],
 *   }],
 * } as const;
 * const { draft } = carryForward(report, { markNothingNew: true });
 * [draft.id, draft.year, draft.catalogue]
 * //=> ["KZ-2026", 2026, "cica@2021"]
 * draft.entries
 * //=> [{"measure": "2.1.2", "status": "implemented", "nothingNewSince": 2025, "remarks": "Annual exchange"}]
 *
 * @category Forms
 */
export function carryForward(report: NationalReport, options: CarryForwardOptions = {}): CarryForwardResult {
  if (
    !isPlainObject(report) ||
    typeof report.reporter !== "string" ||
    typeof report.catalogue !== "string" ||
    !Number.isInteger(report.year) ||
    !Array.isArray(report.entries)
  ) {
    throw new CbmError("invalid-argument", "carryForward: pass a valid national report (check it with validateReport first).");
  }
  const year = options.year ?? report.year + 1;
  if (!Number.isInteger(year) || year <= report.year) {
    throw new CbmError("invalid-argument", `carryForward: options.year must be a whole number after the report's year ${report.year}; it is ${String(year)}.`);
  }
  const map = options.map;
  if (map !== undefined) {
    assertMap(map, "carryForward: options.map");
    if (map.from !== report.catalogue) {
      throw new CbmError(
        "invalid-argument",
        `carryForward: the report is written against ${report.catalogue}, but the measure map starts from ${map.from}. Use a map from ${report.catalogue}.`,
      );
    }
  }
  const mappings = mapMeasures(report.entries, map);
  const unmapped: UnmappedEntry[] = [];
  const entries: DraftEntry[] = [];
  report.entries.forEach((entry, index) => {
    const { into: measure, unmapped: why } = mappings[index]!;
    if (measure === undefined) {
      unmapped.push(why);
      return;
    }
    const since = entry.nothingNewSince ?? (options.markNothingNew === true ? report.year : undefined);
    entries.push({
      measure,
      status: entry.status,
      ...(since !== undefined ? { nothingNewSince: since } : {}),
      ...(entry.access !== undefined ? { access: entry.access } : {}),
      ...(entry.remarks !== undefined ? { remarks: entry.remarks } : {}),
    });
  });
  const access = report.access;
  const draft: ReportDraft = {
    schema: DRAFT_SCHEMA_ID,
    id: options.id ?? `${report.reporter}-${year}`,
    reporter: report.reporter,
    catalogue: map?.to ?? report.catalogue,
    year,
    ...(access !== undefined ? { access } : {}),
    entries,
    ...(report.extensions !== undefined ? { extensions: mutableCopy(report.extensions) as Record<string, unknown> } : {}),
  };
  return { draft, unmapped };
}

/** A mutable deep copy of JSON data (a report's extensions may be frozen). */
function mutableCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(mutableCopy);
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) setOwn(out, key, mutableCopy((value as Record<string, unknown>)[key]));
  return out;
}
