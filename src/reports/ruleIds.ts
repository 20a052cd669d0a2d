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
 * {@link REPORT_RULES} adds what each rule checks (kept apart, so that validation does not carry
 * the descriptions into a bundle).
 *
 * @example
 * RULE_SEVERITIES["activity.outside-year"]
 * //=> "warning"
 *
 * @category Reports
 */
export const RULE_SEVERITIES = {
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "report.type": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "report.not-json": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "report.too-many-issues": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "report.too-large": "error",
  /** Does not block the report: see REPORT_RULES for what it checks. */
  "report.too-many-warnings": "warning",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "schema.unsupported": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "field.unknown": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "field.missing": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "field.type": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "field.empty": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "field.too-long": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "field.too-many": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "field.date": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "field.value": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "revision.below-one": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "evidence.scheme": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "evidence.unsafe-character": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "extensions.not-json": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "extensions.too-deep": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "extensions.too-large": "error",
  /** Does not block the report: see REPORT_RULES for what it checks. */
  "extensions.unsafe-key": "warning",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "reporter.unknown": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "reporter.not-state": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "reporter.not-participant": "error",
  /** Does not block the report: see REPORT_RULES for what it checks. */
  "reporter.observer": "warning",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "catalogue.unknown": "error",
  /** Does not block the report: see REPORT_RULES for what it checks. */
  "catalogue.superseded": "warning",
  /** Does not block the report: see REPORT_RULES for what it checks. */
  "year.not-ended": "warning",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "measure.unknown": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "measure.duplicate": "error",
  /** Does not block the report: see REPORT_RULES for what it checks. */
  "measure.heading": "warning",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "status.unknown": "error",
  /** Does not block the report: see REPORT_RULES for what it checks. */
  "status.unscored-with-activities": "warning",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "nil.with-entries": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "entries.empty": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "partner.unknown": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "partner.is-reporter": "error",
  /** Does not block the report: see REPORT_RULES for what it checks. */
  "activity.outside-year": "warning",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "activity.ends-before-start": "error",
  /** Does not block the report: see REPORT_RULES for what it checks. */
  "activity.kind-unknown": "warning",
  // report@2: access marks and "nothing new to declare since".
  /** Does not block the report: see REPORT_RULES for what it checks. */
  "access.public-inside-restricted": "warning",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "entry.nothing-new-not-before-year": "error",
  /** Does not block the report: see REPORT_RULES for what it checks. */
  "entry.nothing-new-with-activities": "warning",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "submitted.before-year": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "submitted.in-future": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "ledger.type": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "ledger.conflict": "error",
  /** Does not block the report: see REPORT_RULES for what it checks. */
  "ledger.id-changed": "warning",
  /** Does not block the report: see REPORT_RULES for what it checks. */
  "ledger.backdated": "warning",
  // Readers that lose nothing: ledger text and the command line's CSV input.
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "ledger.duplicate-key": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "csv.contradiction": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "csv.row-without-measure": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "csv.measure-date": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "migration.catalogue": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "migration.unmapped": "error",
  /** Blocks the report: see REPORT_RULES for what it checks. */
  "migration.merged": "error",
  // Drafts of a report, as a form fills them (validateDraft, finalizeDraft).
  /** Blocks the draft: see REPORT_RULES for what it checks. */
  "draft.type": "error",
  // The annual plan of implementation events (validatePlan, checkPlanRevisions).
  /** Blocks the plan: see REPORT_RULES for what it checks. */
  "plan.type": "error",
  /** Blocks the plan: see REPORT_RULES for what it checks. */
  "plan.too-large": "error",
  /** Blocks the plan: see REPORT_RULES for what it checks. */
  "plan.too-many-issues": "error",
  /** Does not block the plan: see REPORT_RULES for what it checks. */
  "plan.too-many-warnings": "warning",
  /** Blocks the plan: see REPORT_RULES for what it checks. */
  "plan.value-unknown": "error",
  /** Blocks the plan: see REPORT_RULES for what it checks. */
  "plan.planned-date": "error",
  /** Blocks the plan: see REPORT_RULES for what it checks. */
  "plan.dimension-unknown": "error",
  /** Blocks the plan: see REPORT_RULES for what it checks. */
  "plan.area-unknown": "error",
  /** Blocks the plan: see REPORT_RULES for what it checks. */
  "plan.area-mismatch": "error",
  /** Blocks the plan: see REPORT_RULES for what it checks. */
  "plan.measure-unknown": "error",
  /** Blocks the plan: see REPORT_RULES for what it checks. */
  "plan.measure-mismatch": "error",
  /** Blocks the plan: see REPORT_RULES for what it checks. */
  "plan.state-unknown": "error",
  /** Blocks the plan: see REPORT_RULES for what it checks. */
  "plan.state-not-member": "error",
  /** Does not block the plan: see REPORT_RULES for what it checks. */
  "plan.state-observer": "warning",
  /** Blocks the plan: see REPORT_RULES for what it checks. */
  "plan.state-duplicate": "error",
  /** Blocks the plan: see REPORT_RULES for what it checks. */
  "plan.event-duplicate": "error",
  /** Blocks the plan: see REPORT_RULES for what it checks. */
  "plan.approved-in-future": "error",
  /** Blocks the plan: see REPORT_RULES for what it checks. */
  "plan.planned-outside-year": "error",
  /** Blocks the plan: see REPORT_RULES for what it checks. */
  "plan.held-without-dates": "error",
  /** Blocks the plan: see REPORT_RULES for what it checks. */
  "plan.held-ends-before-start": "error",
  /** Does not block the plan: see REPORT_RULES for what it checks. */
  "plan.held-outside-year": "warning",
  /** Blocks the plan: see REPORT_RULES for what it checks. */
  "plan.held-in-future": "error",
  /** Blocks the plan: see REPORT_RULES for what it checks. */
  "plan.postponed-earlier": "error",
  /** Does not block the plan: see REPORT_RULES for what it checks. */
  "plan.postponed-past": "warning",
  /** Blocks the plan: see REPORT_RULES for what it checks. */
  "plan.merged-unknown": "error",
  /** Blocks the plan: see REPORT_RULES for what it checks. */
  "plan.merged-cycle": "error",
  /** Blocks the plan: see REPORT_RULES for what it checks. */
  "plan.revision-conflict": "error",
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
