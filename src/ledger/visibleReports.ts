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
