import type { MeasureMap } from "../catalogue/defineMeasureMap.js";
import { MIGRATION_MESSAGES } from "../i18n/messages.js";
import { withMessages } from "../i18n/messageSource.js";
import { prepareContext } from "../reports/engine/index.js";
import { assertMap, migrateValid, type UnmappedEntry } from "../reports/migrateReport.js";
import type { ReportIssue, ValidationContext } from "../reports/types.js";
import { reportHistory } from "./reportHistory.js";
import { recordReport } from "./recordReport.js";
import type { Ledger } from "./store.js";

/**
 * One revision that {@link migrateLedger} did not migrate, and why.
 *
 * @example
 * const left: NotMigrated = { reporter: "KZ", year: 2025, revision: 1, unmapped: [], issues: [] };
 *
 * @category Ledger
 */
export interface NotMigrated {
  /** The reporting state. */
  readonly reporter: string;
  /** The year reported on. */
  readonly year: number;
  /** The revision. */
  readonly revision: number;
  /** Its entries that could not be carried over. */
  readonly unmapped: readonly UnmappedEntry[];
  /** The issues, located in that revision (or, for a ledger conflict, in its migrated copy). */
  readonly issues: readonly ReportIssue[];
}

/**
 * What {@link migrateLedger} gives.
 *
 * @example
 * const map = defineMeasureMap(cica.catalogues["cica@2021"], cica.catalogues["cica@2021"], {});
 * const result: LedgerMigration = migrateLedger(createLedger(), map, cica);
 * result.migrated
 * //=> 0
 *
 * @category Ledger
 */
export interface LedgerMigration {
  /** The ledger with every original revision and, after them, the migrated revisions. */
  readonly ledger: Ledger;
  /** How many revisions were migrated (recorded, or already recorded identically). */
  readonly migrated: number;
  /** The revisions not migrated, by reporter, year and revision: nothing is left out silently. */
  readonly notMigrated: readonly NotMigrated[];
}

/**
 * Migrates every report of a ledger written against the map's `from` version to its `to`
 * version (see {@link migrateReport}), and records the migrated revisions in the ledger. The
 * ledger is append-only, so every original revision stays, unchanged, under its own version;
 * the migrated ones are recorded after them, with the same revision numbers.
 *
 * A report moves whole or not at all: when one of its revisions cannot be migrated (an unmapped
 * or merged entry), none of its revisions is, so that its current report under the new version is
 * never an older revision; every revision of it is listed in `notMigrated` with its issues.
 * Migrating twice records nothing new (the migrated revisions are already there, identical).
 *
 * @param ledger - The ledger.
 * @param map - The measure map, from {@link defineMeasureMap}.
 * @param context - Catalogues (both versions), registry and language, as for {@link recordReport}.
 * @returns The new ledger, the count of migrated revisions, and what was not migrated.
 * @throws {@link CbmError} `invalid-argument` for a value that is not a ledger or a measure map.
 *
 * @example
 * const next = defineCatalogue({
 *   id: "cica", version: "2099", title: { en: "A later catalogue (made up)" },
 *   measures: [{ id: "3.1.1", dimension: "new-challenges-threats", title: { en: "Joint action against terrorism" } }],
 * });
 * const map = defineMeasureMap(cica.catalogues["cica@2021"], next, { "NCTG.1": "3.1.1" });
 * const context = { ...cica, catalogues: [...Object.values(cica.catalogues), next] };
 * const report = {
 *   schema: "cica-cbm/report@1", id: "KZ-2025", reporter: "KZ", catalogue: "cica@2021",
 *   year: 2025, revision: 1, submittedOn: "2026-03-01",
 *   entries: [{ measure: "NCTG.1", status: "implemented" }],
 * };
 * const ledger = recordReport(createLedger(), report, cica).ledger;
 * const result = migrateLedger(ledger, map, context);
 * result.ledger.size
 * //=> 2
 * currentReports(result.ledger, { catalogue: "cica@2099" })[0]?.entries[0]?.measure
 * //=> "3.1.1"
 *
 * @category Ledger
 */
export function migrateLedger(ledger: Ledger, map: MeasureMap, context: ValidationContext): LedgerMigration {
  assertMap(map, "migrateLedger");
  // The context is checked before any revision is read, so that a bad one is named here even
  // when the ledger holds nothing to migrate.
  withMessages(prepareContext(context, "migrateLedger").lang, MIGRATION_MESSAGES, "migrateLedger", "context.lang");
  const history = reportHistory(ledger, { catalogue: map.from });
  const byReport = new Map<string, typeof history>();
  for (const report of history) {
    const key = `${report.reporter}\u0000${report.year}`;
    byReport.set(key, [...(byReport.get(key) ?? []), report]);
  }
  let next = ledger;
  let migrated = 0;
  const notMigrated: NotMigrated[] = [];
  for (const revisions of byReport.values()) {
    const results = revisions.map((report) => migrateValid(report, map, context, "migrateLedger"));
    if (results.some((result) => !result.ok)) {
      revisions.forEach((report, index) => {
        const result = results[index]!;
        notMigrated.push({ reporter: report.reporter, year: report.year, revision: report.revision, unmapped: result.unmapped, issues: result.issues });
      });
      continue;
    }
    results.forEach((result, index) => {
      const recorded = recordReport(next, result.report, context);
      const original = revisions[index]!;
      if (recorded.outcome === "rejected") {
        notMigrated.push({ reporter: original.reporter, year: original.year, revision: original.revision, unmapped: [], issues: recorded.issues });
        return;
      }
      next = recorded.ledger;
      migrated++;
    });
  }
  return { ledger: next, migrated, notMigrated };
}
