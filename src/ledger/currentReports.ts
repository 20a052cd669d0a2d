import type { NationalReport } from "../reports/schema.js";
import { storeOf, type Ledger } from "./store.js";

/**
 * Which reports {@link currentReports} and {@link reportHistory} select; every given field must match.
 *
 * @example
 * const filter: ReportFilter = { year: 2025, catalogue: "cica@2021" };
 *
 * @category Ledger
 */
export interface ReportFilter {
  /** Only this reporter's reports. */
  readonly reporter?: string;
  /** Only reports on this catalogue version. */
  readonly catalogue?: string;
  /** Only reports on this year. */
  readonly year?: number;
}

const matches = (report: NationalReport, filter: ReportFilter) =>
  (filter.reporter === undefined || report.reporter === filter.reporter) &&
  (filter.catalogue === undefined || report.catalogue === filter.catalogue) &&
  (filter.year === undefined || report.year === filter.year);

/** Orders reports by reporter, catalogue, year, then revision. */
export function compareReports(a: NationalReport, b: NationalReport): number {
  if (a.reporter !== b.reporter) return a.reporter < b.reporter ? -1 : 1;
  if (a.catalogue !== b.catalogue) return a.catalogue < b.catalogue ? -1 : 1;
  if (a.year !== b.year) return a.year - b.year;
  return a.revision - b.revision;
}

/** The visible records of a ledger that match a filter, in recording order. */
export function visibleReports(ledger: Ledger, filter: ReportFilter, fn: string): NationalReport[] {
  const store = storeOf(ledger, fn);
  const out: NationalReport[] = [];
  for (let index = 0; index < ledger.size; index++) {
    const report = store.records[index]!;
    if (matches(report, filter)) out.push(report);
  }
  return out;
}

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
    const key = `${report.reporter}\u0000${report.catalogue}\u0000${report.year}`;
    const held = latest.get(key);
    if (!held || report.revision > held.revision) latest.set(key, report);
  }
  return [...latest.values()].sort(compareReports);
}

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
