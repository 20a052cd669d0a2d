import type { NationalReport } from "./schema.js";
import { REPORT_SCHEMA_ID, REPORT_SCHEMA_V1 } from "./schemaIds.js";

/**
 * The same report in the current format, `cica-cbm/report@2`: a new frozen object with only the
 * `schema` tag changed (every other field, the entries and `extensions` are the same values, in
 * the same order). report@2 is a strict superset of report@1, so nothing is lost or changed; any
 * other report (a report@2) is returned as it is. The ledger counts a report@1 and its upgrade as the same content.
 *
 * @param report - A valid report, either version.
 * @returns The report as report@2.
 *
 * @example
 * const upgraded = upgradeReport({
 *   schema: "cica-cbm/report@1", id: "KZ-2025", reporter: "KZ", catalogue: "cica@2021", year: 2025,
 *   revision: 1, submittedOn: "2026-03-01", entries: [{ measure: "2.1.2", status: "implemented" }],
 * });
 * [upgraded.schema, upgraded.entries.length]
 * //=> ["cica-cbm/report@2", 1]
 *
 * @category Reports
 */
export function upgradeReport(report: NationalReport): NationalReport {
  // Only a report@1 is re-tagged: any other tag (report@2, or one this version does not know) is
  // returned as it is, never relabelled.
  if (report.schema !== REPORT_SCHEMA_V1) return report;
  return Object.freeze({ ...report, schema: REPORT_SCHEMA_ID });
}
