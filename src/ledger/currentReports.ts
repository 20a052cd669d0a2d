import type { NationalReport } from "../reports/schema.js";
import { reportKey } from "./reportKey.js";
import type { Ledger } from "./store.js";
import { compareReports, visibleReports, type ReportFilter } from "./visibleReports.js";

export type { ReportFilter } from "./visibleReports.js";

/**
 * The current report of each reporter, catalogue version and year: its highest revision, whatever
 * order the revisions arrived in. Sorted by reporter, catalogue and year.
 *
 * @param ledger - The ledger.
 * @param filter - Optionally, only some reporters, catalogues or years.
 * @returns The current reports (frozen).
 *
 * @example
 * const base = {
 *   schema: "cica-cbm/report@1", id: "MN-2024", reporter: "MN", catalogue: "cica@2021",
 *   year: 2024, submittedOn: "2025-02-10", nil: true, entries: [],
 * };
 * let ledger = recordReport(createLedger(), { ...base, revision: 2 }, cica).ledger;
 * ledger = recordReport(ledger, { ...base, revision: 1, submittedOn: "2025-01-15" }, cica).ledger;
 * currentReports(ledger).map((r) => r.revision)
 * //=> [2]
 *
 * @category Ledger
 */
export function currentReports(ledger: Ledger, filter: ReportFilter = {}): NationalReport[] {
  const latest = new Map<string, NationalReport>();
  for (const report of visibleReports(ledger, filter, "currentReports")) {
    const key = reportKey(report);
    const held = latest.get(key);
    if (!held || report.revision > held.revision) latest.set(key, report);
  }
  return [...latest.values()].sort(compareReports);
}
