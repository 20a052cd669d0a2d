import { MIGRATION_MESSAGES } from "../i18n/messages.js";
import { withMessages } from "../i18n/messageSource.js";
import type { MeasureMap } from "../catalogue/defineMeasureMap.js";
import { CbmError } from "../errors/CbmError.js";
import type { NationalReport } from "./schema.js";
import type { ReportIssue, ValidationContext } from "./types.js";
import { IssueCollector, checkReport, prepareContext } from "./engine/index.js";

/**
 * An entry of a report that a {@link migrateReport} could not carry over.
 *
 * @example
 * const entry: UnmappedEntry = { entry: 3, measure: "HUM.1", reason: "no-counterpart" };
 *
 * @category Reports
 */
export interface UnmappedEntry {
  /** The entry's index in the original report. */
  readonly entry: number;
  /** Its measure id in the original report's version. */
  readonly measure: string;
  /**
   * `no-counterpart`: the map gives the measure no id in the target version; `merged`: another
   * entry of the report maps to the same target measure (`into`).
   */
  readonly reason: "no-counterpart" | "merged";
  /** For `merged`: the target measure both entries map to. */
  readonly into?: string;
}

/**
 * What {@link migrateReport} gives: the migrated report, or why it could not be migrated.
 *
 * @example
 * const map = defineMeasureMap(cica.catalogues["cica@2021"], cica.catalogues["cica@2021"], {});
 * const result: MigrationResult = migrateReport({ schema: "cica-cbm/report@1" }, map, cica);
 * result.ok
 * //=> false
 *
 * @category Reports
 */
export type MigrationResult =
  | {
      /** The report was migrated and is valid against the target version. */
      readonly ok: true;
      /** The migrated report: a new, frozen report under the target version. */
      readonly report: NationalReport;
      /** Always empty when `ok`. */
      readonly unmapped: readonly UnmappedEntry[];
      /** Warnings of the migrated report, if any. */
      readonly issues: readonly ReportIssue[];
    }
  | {
      /** The report was not migrated; the original is untouched. */
      readonly ok: false;
      /** Never set when not `ok`. */
      readonly report?: undefined;
      /** The entries that could not be carried over, in entry order. */
      readonly unmapped: readonly UnmappedEntry[];
      /** Why: `migration.*` issues located in the original report, or the validation issues. */
      readonly issues: readonly ReportIssue[];
    };

/**
 * Migrates a report to a later catalogue version through a {@link MeasureMap}: the same national
 * account, re-expressed in the new version's measure ids. Use it the day official numbers replace
 * the library's keys, or a new version renumbers its measures.
 *
 * The migrated report is a new report: `catalogue` is the map's `to`, each entry's `measure` its
 * new id, and everything else (id, reporter, year, **revision**, dates, statuses, activities,
 * remarks, extensions) is kept as it is. The revision stays because the migrated report is the
 * same revision of the same account, not a correction of it: revision 2 under the new version is
 * revision 2 under the old, so histories line up and a later correction continues at 3. The
 * original report is never changed.
 *
 * Nothing is lost: when an entry's measure has no counterpart, or two entries would become one,
 * no report is made; `unmapped` lists those entries and `issues` says what to do (rules
 * `migration.unmapped`, `migration.merged`, located in the original report). The migrated report
 * is validated against the target version (the context must hold both versions).
 *
 * @param input - The report to migrate (validated first against its own version).
 * @param map - The measure map, from {@link defineMeasureMap}.
 * @param context - Catalogues (both versions), registry and language, as for {@link validateReport}.
 * @returns The migrated report, or the unmapped entries and issues.
 * @throws {@link CbmError} `invalid-argument` when `map` is not a measure map or the context is
 *   not a validation context.
 *
 * @example
 * const next = defineCatalogue({
 *   id: "cica", version: "2099", title: { en: "A later catalogue (made up)" },
 *   measures: [{ id: "3.1.1", dimension: "new-challenges-threats", title: { en: "Joint action against terrorism" } }],
 * });
 * const map = defineMeasureMap(cica.catalogues["cica@2021"], next, { "NCTG.1": "3.1.1" });
 * const report = {
 *   schema: "cica-cbm/report@1", id: "KZ-2025", reporter: "KZ", catalogue: "cica@2021",
 *   year: 2025, revision: 2, submittedOn: "2026-03-01",
 *   entries: [{ measure: "NCTG.1", status: "implemented" }],
 * };
 * const context = { ...cica, catalogues: [...Object.values(cica.catalogues), next] };
 * const result = migrateReport(report, map, context);
 * result.report?.catalogue
 * //=> "cica@2099"
 * result.report?.entries[0]?.measure
 * //=> "3.1.1"
 * result.report?.revision
 * //=> 2
 *
 * @category Reports
 */
export function migrateReport(input: unknown, map: MeasureMap, context: ValidationContext): MigrationResult {
  assertMap(map, "migrateReport");
  const prepared = prepareContext(context, "migrateReport");
  const collector = new IssueCollector(withMessages(prepared.lang, MIGRATION_MESSAGES, "migrateReport", "context.lang"));
  const report = checkReport(input, prepared, collector);
  collector.finish();
  if (report === undefined) return { ok: false, unmapped: [], issues: collector.issues };
  return migrateValid(report, map, context);
}

/** Migrates a report already validated against its own version. */
export function migrateValid(report: NationalReport, map: MeasureMap, context: ValidationContext, fn = "migrateReport"): MigrationResult {
  const prepared = prepareContext(context, fn);
  const collector = new IssueCollector(withMessages(prepared.lang, MIGRATION_MESSAGES, fn, "context.lang"));
  if (report.catalogue !== map.from) {
    collector.add("migration.catalogue", ["catalogue"], { received: report.catalogue, from: map.from, to: map.to });
    collector.finish();
    return { ok: false, unmapped: [], issues: collector.issues };
  }
  const mappings = mapMeasures(report.entries, map);
  const unmapped: UnmappedEntry[] = [];
  const entries = report.entries.map((entry, index) => {
    const mapping = mappings[index]!;
    if (mapping.into !== undefined) return { ...entry, measure: mapping.into };
    unmapped.push(mapping.unmapped);
    if (mapping.unmapped.reason === "no-counterpart") {
      collector.add("migration.unmapped", ["entries", index, "measure"], { measure: entry.measure, from: map.from, to: map.to });
    } else {
      collector.add("migration.merged", ["entries", index, "measure"], {
        measure: entry.measure,
        into: mapping.unmapped.into!,
        to: map.to,
        other: report.entries[mapping.other!]!.measure,
        otherEntry: mapping.other!,
      });
    }
    return entry;
  });
  if (unmapped.length > 0) {
    collector.finish();
    return { ok: false, unmapped, issues: collector.issues };
  }
  const migrated = checkReport({ ...report, catalogue: map.to, entries }, prepared, collector);
  collector.finish();
  if (migrated === undefined || collector.hasErrors) return { ok: false, unmapped: [], issues: collector.issues };
  return { ok: true, report: migrated, unmapped: [], issues: collector.issues };
}

/**
 * Where each entry's measure goes: its id through the map (or itself, without a map), or why it
 * cannot go there. The first entry to reach a measure keeps it; a later one is `merged` into it
 * (`other`: the entry that kept it). The one rule of {@link migrateReport} and `carryForward`.
 * @internal
 */
export function mapMeasures(entries: readonly { readonly measure: string }[], map: MeasureMap | undefined): MeasureMapping[] {
  const takenBy = new Map<string, number>();
  return entries.map((entry, index): MeasureMapping => {
    const into = map === undefined ? entry.measure : Object.hasOwn(map.measures, entry.measure) ? map.measures[entry.measure] : null;
    if (into === null || into === undefined) return { unmapped: { entry: index, measure: entry.measure, reason: "no-counterpart" } };
    const other = takenBy.get(into);
    if (other !== undefined) return { unmapped: { entry: index, measure: entry.measure, reason: "merged", into }, other };
    takenBy.set(into, index);
    return { into };
  });
}

/** What {@link mapMeasures} says of one entry. @internal */
export type MeasureMapping =
  | { readonly into: string; readonly unmapped?: undefined; readonly other?: undefined }
  | { readonly into?: undefined; readonly unmapped: UnmappedEntry; readonly other?: number };

export function assertMap(map: MeasureMap, fn: string): void {
  if (
    typeof map !== "object" ||
    map === null ||
    typeof map.from !== "string" ||
    typeof map.to !== "string" ||
    typeof map.measures !== "object" ||
    map.measures === null
  ) {
    throw new CbmError("invalid-argument", `${fn}: pass a measure map made by defineMeasureMap.`);
  }
}
