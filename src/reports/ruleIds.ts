/**
 * Whether an issue blocks a report: an `error` does, a `warning` does not.
 *
 * @example
 * const severity: Severity = "warning";
 *
 * @category Reports
 */
export type Severity = "error" | "warning";

/**
 * The one list of rules: each rule's stable id and its severity. {@link RuleId} is its keys, and
 * REPORT_RULES (in rules.ts) adds what each rule checks, kept apart so that validation does not
 * carry the descriptions into a bundle.
 */
export const RULE_SEVERITIES = {
  "report.type": "error",
  "report.too-many-issues": "error",
  "report.too-large": "error",
  "report.too-many-warnings": "warning",
  "schema.unsupported": "error",
  "field.unknown": "error",
  "field.missing": "error",
  "field.type": "error",
  "field.empty": "error",
  "field.too-long": "error",
  "field.too-many": "error",
  "field.date": "error",
  "field.value": "error",
  "revision.below-one": "error",
  "evidence.scheme": "error",
  "evidence.unsafe-character": "error",
  "extensions.not-json": "error",
  "extensions.too-deep": "error",
  "extensions.too-large": "error",
  "extensions.unsafe-key": "warning",
  "reporter.unknown": "error",
  "reporter.not-state": "error",
  "reporter.not-participant": "error",
  "reporter.observer": "warning",
  "catalogue.unknown": "error",
  "measure.unknown": "error",
  "measure.duplicate": "error",
  "status.unknown": "error",
  "nil.with-entries": "error",
  "entries.empty": "error",
  "partner.unknown": "error",
  "partner.is-reporter": "error",
  "activity.outside-year": "warning",
  "activity.ends-before-start": "error",
  "submitted.before-year": "error",
  "submitted.in-future": "error",
  "ledger.type": "error",
  "ledger.conflict": "error",
  "ledger.id-changed": "warning",
  // Readers that lose nothing: ledger text and the command line's CSV input.
  "ledger.duplicate-key": "error",
  "csv.contradiction": "error",
  "csv.row-without-measure": "error",
  "migration.catalogue": "error",
  "migration.unmapped": "error",
  "migration.merged": "error",
} as const satisfies Readonly<Record<string, Severity>>;

/**
 * The id of a rule: a key of {@link REPORT_RULES}.
 *
 * @example
 * const rule: RuleId = "measure.unknown";
 *
 * @category Reports
 */
export type RuleId = keyof typeof RULE_SEVERITIES;

/** The severity of a rule. */
export function severityOf(rule: RuleId): Severity {
  return RULE_SEVERITIES[rule];
}
