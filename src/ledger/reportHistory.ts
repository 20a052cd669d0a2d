import type { NationalReport } from "../reports/schema.js";
import type { Ledger } from "./store.js";
import { compareReports, visibleReports, type ReportFilter } from "./visibleReports.js";

/**
 * Every recorded revision, oldest revision first: of one report when the filter names its
 * reporter, catalogue and year, or of all the reports the filter selects, sorted by reporter,
 * catalogue, year and revision. Nothing recorded is ever left out.
 *
 * @param ledger - The ledger.
 * @param filter - Which reports; all when omitted.
 * @returns The revisions (frozen).
 *
 * @example
 * const base = {
 *   schema: "cica-cbm/report@1", id: "MN-2024", reporter: "MN", catalogue: "cica@2021",
 *   year: 2024, submittedOn: "2025-02-10", nil: true, entries: [],
 * };
 * let ledger = recordReport(createLedger(), { ...base, revision: 2 }, cica).ledger;
 * ledger = recordReport(ledger, { ...base, revision: 1, submittedOn: "2025-01-15" }, cica).ledger;
 * reportHistory(ledger, { reporter: "MN", catalogue: "cica@2021", year: 2024 }).map((r) => r.revision)
 * //=> [1, 2]
 *
 * @category Ledger
 */
export function reportHistory(ledger: Ledger, filter: ReportFilter = {}): NationalReport[] {
  return visibleReports(ledger, filter, "reportHistory").sort(compareReports);
}
