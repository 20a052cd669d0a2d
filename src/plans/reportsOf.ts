// How the plans layer reads reports; internal to it.
import { isSummary } from "../aggregate/toReportSummary.js";
import { iterateSource } from "../aggregate/iterateSource.js";
import { CbmError } from "../errors/CbmError.js";
import type { Ledger } from "../ledger/store.js";
import { settledReports } from "../aggregate/revisionSlots.js";
import type { NationalReport } from "../reports/schema.js";

/**
 * Every revision of a source, read once (a generator can be iterated only once). A summary is
 * refused: it holds no activities to match events with.
 */
export function revisionsOf(source: Ledger | Iterable<NationalReport>, fn: string): NationalReport[] {
  if (isSummary(source)) {
    throw new CbmError(
      "invalid-argument",
      `${fn}: pass the reports (a ledger or a list), not a summary: a summary holds no activities to match the plan's events with.`,
    );
  }
  return [...iterateSource(source)];
}

/**
 * The revision that counts of each report of a year by `asOf`, as every aggregate takes it (see
 * `settledReports`: a revision in conflict is not counted, a back-dated one counts from its
 * predecessor's day). Sorted by reporter, then catalogue version.
 */
export function currentOf(revisions: readonly NationalReport[], year: number, asOf: string | undefined): NationalReport[] {
  return settledReports(revisions, year, asOf).flatMap(({ settled }) => (settled.counted?.value ? [settled.counted.value] : []));
}
