import type { ValidationResult } from "../types.js";
import { checkReport, type ReadReport } from "./checkReport.js";
import { IssueCollector } from "./IssueCollector.js";
import type { Prepared } from "./prepareContext.js";

/**
 * One input validated with a context already checked: what validateReport and validateReports
 * return for it. `read`: how the value checked is made of the input (see checkReport).
 */
export function validateWith(input: unknown, prepared: Prepared, read?: ReadReport): ValidationResult {
  const collector = new IssueCollector(prepared.lang);
  const report = checkReport(input, prepared, collector, read);
  collector.finish();
  if (collector.hasErrors || report === undefined) return { ok: false, issues: collector.issues };
  return { ok: true, report, issues: collector.issues };
}
