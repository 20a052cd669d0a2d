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
 * Every rule {@link validateReport} and {@link recordReport} apply, by stable id, with its severity
 * and what it checks. Tools may rely on these ids: a rule is never renamed within a major version.
 *
 * @example
 * REPORT_RULES["reporter.observer"].severity
 * //=> "warning"
 *
 * @category Reports
 */
export const REPORT_RULES: Readonly<Record<RuleId, RuleInfo>> = Object.freeze({
  "report.type": { severity: "error", checks: "The report is a JSON object (not null, an array, a string or a number)." },
  "report.too-many-issues": { severity: "error", checks: "A report with errors lists no more issues than REPORT_LIMITS.issues; past it the rest are counted, not listed." },
  "report.too-large": { severity: "error", checks: "A report holds no more than REPORT_LIMITS.values values (a shared value counted at each place), and data outside the format no more than REPORT_LIMITS.extensionNodes." },
  "report.too-many-warnings": { severity: "warning", checks: "A report with warnings only lists no more than REPORT_LIMITS.issues; past it the rest are counted, not listed, and the report is accepted." },
  "schema.unsupported": { severity: "error", checks: "`schema` is \"cica-cbm/report@1\"." },
  "field.unknown": { severity: "error", checks: "No key outside the format; extension data goes under `extensions`." },
  "field.missing": { severity: "error", checks: "Every required field is present." },
  "field.type": { severity: "error", checks: "Every field has its type (text, integer, true/false, list, object)." },
  "field.empty": { severity: "error", checks: "Required texts are not empty." },
  "field.too-long": { severity: "error", checks: "Texts keep to REPORT_LIMITS." },
  "field.too-many": { severity: "error", checks: "Lists keep to REPORT_LIMITS." },
  "field.date": { severity: "error", checks: "Dates are real calendar dates written YYYY-MM-DD." },
  "field.value": { severity: "error", checks: "Numbers are in range (year 1000–9999)." },
  "revision.below-one": { severity: "error", checks: "`revision` is 1 or more." },
  "evidence.scheme": { severity: "error", checks: "Evidence links are http(s) or urn: (never javascript: or file:)." },
  "evidence.unsafe-character": { severity: "error", checks: "Evidence links hold no control character, no bidirectional mark or override and no zero-width or other invisible character." },
  "extensions.not-json": { severity: "error", checks: "`extensions` holds JSON values only (no cycles, functions, NaN or Infinity)." },
  "extensions.too-deep": { severity: "error", checks: "`extensions` nests no deeper than REPORT_LIMITS.extensionDepth." },
  "extensions.too-large": { severity: "error", checks: "`extensions` holds no more than REPORT_LIMITS.extensionNodes values and REPORT_LIMITS.extensionText characters." },
  "extensions.unsafe-key": { severity: "warning", checks: "No `__proto__`, `constructor` or `prototype` key under `extensions` (kept, but unsafe for tools that merge objects)." },
  "reporter.unknown": { severity: "error", checks: "The reporter is a participant's ISO alpha-2 code." },
  "reporter.not-state": { severity: "error", checks: "The reporter is a state, not an organisation." },
  "reporter.not-participant": { severity: "error", checks: "The reporter was a member (or observer) during the year reported on." },
  "reporter.observer": { severity: "warning", checks: "An observer's report is voluntary: accepted, and counted apart from members' reports." },
  "catalogue.unknown": { severity: "error", checks: "The catalogue version is one of the context's catalogues." },
  "measure.unknown": { severity: "error", checks: "Every measure is in the report's catalogue version." },
  "measure.duplicate": { severity: "error", checks: "No measure appears in two entries." },
  "status.unknown": { severity: "error", checks: "Every status is in the catalogue's status vocabulary." },
  "nil.with-entries": { severity: "error", checks: "A nil report (`nil: true`) has no entries." },
  "entries.empty": { severity: "error", checks: "A report that is not nil has at least one entry." },
  "partner.unknown": { severity: "error", checks: "Every partner is a participant's ISO alpha-2 code." },
  "partner.is-reporter": { severity: "error", checks: "A partner is not the reporting state itself." },
  "activity.outside-year": { severity: "warning", checks: "An activity falls (at least partly) within the year reported on." },
  "activity.ends-before-start": { severity: "error", checks: "An activity does not end before it starts." },
  "submitted.before-year": { severity: "error", checks: "`submittedOn` is not before the year reported on." },
  "submitted.in-future": { severity: "error", checks: "`submittedOn` is not after `today` (when the context gives `today`)." },
  "ledger.type": { severity: "error", checks: "A ledger document is JSON of the form { schema: \"cica-cbm/ledger@1\", reports: [...] }." },
  "ledger.conflict": { severity: "error", checks: "A revision number is not reused for different content." },
  "ledger.id-changed": { severity: "warning", checks: "A report keeps its `id` across revisions." },
  // Readers that lose nothing: ledger text and the command line's CSV input.
  "ledger.duplicate-key": { severity: "error", checks: "A ledger document given as text has no key twice in one object (JSON.parse would keep only the last)." },
  "csv.contradiction": { severity: "error", checks: "CSV input (command line): the rows of one report (same id and revision) agree on its fields, and the rows of one entry on its status and remarks." },
  "csv.row-without-measure": { severity: "error", checks: "CSV input (command line): every row of a report that is not nil names the measure it reports on." },
  "migration.catalogue": { severity: "error", checks: "A report migrated with a measure map is written against the map's `from` version." },
  "migration.unmapped": { severity: "error", checks: "Every entry's measure has a counterpart in the version migrated to (the report is not migrated otherwise; the original is kept)." },
  "migration.merged": { severity: "error", checks: "No two entries map to one measure of the version migrated to (never merged silently)." },
});

/**
 * The id of a rule: a key of {@link REPORT_RULES}.
 *
 * @example
 * const rule: RuleId = "measure.unknown";
 *
 * @category Reports
 */
export type RuleId =
  | "report.type"
  | "report.too-many-issues"
  | "report.too-many-warnings"
  | "report.too-large"
  | "schema.unsupported"
  | "field.unknown"
  | "field.missing"
  | "field.type"
  | "field.empty"
  | "field.too-long"
  | "field.too-many"
  | "field.date"
  | "field.value"
  | "revision.below-one"
  | "evidence.scheme"
  | "evidence.unsafe-character"
  | "extensions.not-json"
  | "extensions.too-deep"
  | "extensions.too-large"
  | "extensions.unsafe-key"
  | "reporter.unknown"
  | "reporter.not-state"
  | "reporter.not-participant"
  | "reporter.observer"
  | "catalogue.unknown"
  | "measure.unknown"
  | "measure.duplicate"
  | "status.unknown"
  | "nil.with-entries"
  | "entries.empty"
  | "partner.unknown"
  | "partner.is-reporter"
  | "activity.outside-year"
  | "activity.ends-before-start"
  | "submitted.before-year"
  | "submitted.in-future"
  | "ledger.type"
  | "ledger.conflict"
  | "ledger.id-changed"
  | "ledger.duplicate-key"
  | "csv.contradiction"
  | "csv.row-without-measure"
  | "migration.catalogue"
  | "migration.unmapped"
  | "migration.merged";

/**
 * What {@link REPORT_RULES} says of a rule.
 *
 * @example
 * const info: RuleInfo = REPORT_RULES["measure.duplicate"];
 *
 * @category Reports
 */
export interface RuleInfo {
  /** Whether the rule's issues block the report. */
  readonly severity: Severity;
  /** What the rule checks, in one sentence. */
  readonly checks: string;
}
