import type { RuleId, Severity } from "../reports/rules.js";

/** The severity of each rule, without the descriptions of REPORT_RULES (kept out of bundles). */
const WARNINGS: ReadonlySet<RuleId> = new Set<RuleId>(["report.too-many-warnings", "extensions.unsafe-key", "reporter.observer", "activity.outside-year", "ledger.id-changed"]);

/** The severity of a rule. */
export function severityOf(rule: RuleId): Severity {
  return WARNINGS.has(rule) ? "warning" : "error";
}
