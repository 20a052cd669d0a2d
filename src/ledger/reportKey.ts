import type { NationalReport } from "../reports/schema.js";

/**
 * The key of one report, whatever its revision: reporter, catalogue version and year. Every part of
 * the ledger (and the aggregates that read it) groups revisions by this one key.
 */
export function reportKey(report: Pick<NationalReport, "reporter" | "catalogue" | "year">): string {
  return `${report.reporter}\u0000${report.catalogue}\u0000${report.year}`;
}
