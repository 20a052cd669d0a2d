import { RULE_SEVERITIES, type RuleId, type Severity } from "./ruleIds.js";

export type { RuleId, Severity } from "./ruleIds.js";

/** What each rule checks, in one sentence: every rule of RULE_SEVERITIES, and no other. */
const CHECKS = {
  "report.type": "The report is a JSON object (not null, an array, a string or a number).",
  "report.not-json": "A report given as text (validateReportText) is JSON text, as JSON.parse reads it; where it stops is given by line and column.",
  "report.too-many-issues": "A report with errors lists no more issues than REPORT_LIMITS.issues; past it the rest are counted, not listed.",
  "report.too-large":
    "A report holds no more than REPORT_LIMITS.values values (a shared value counted at each place), and data outside the format no more than REPORT_LIMITS.extensionNodes.",
  "report.too-many-warnings":
    "A report with warnings only lists no more than REPORT_LIMITS.issues; past it the rest are counted, not listed, and the report is accepted.",
  "schema.unsupported": '`schema` is "cica-cbm/report@2" or "cica-cbm/report@1".',
  "field.unknown": "No key outside the format; extension data goes under `extensions`.",
  "field.missing": "Every required field is present.",
  "field.type": "Every field has its type (text, integer, true/false, list, object).",
  "field.empty": "Required texts are not empty.",
  "field.too-long": "Texts keep to REPORT_LIMITS.",
  "field.too-many": "Lists keep to REPORT_LIMITS.",
  "field.date": "Dates are real calendar dates written YYYY-MM-DD.",
  "field.value": "Numbers are in range (year 1000–9999).",
  "revision.below-one": "`revision` is 1 or more.",
  "evidence.scheme": "Evidence links are http(s) or urn: (never javascript: or file:).",
  "evidence.unsafe-character": "Evidence links hold no control character, no bidirectional mark or override and no zero-width or other invisible character.",
  "extensions.not-json": "`extensions` holds JSON values only (no cycles, functions, NaN or Infinity).",
  "extensions.too-deep": "`extensions` nests no deeper than REPORT_LIMITS.extensionDepth.",
  "extensions.too-large": "`extensions` holds no more than REPORT_LIMITS.extensionNodes values and REPORT_LIMITS.extensionText characters.",
  "extensions.unsafe-key": "No `__proto__`, `constructor` or `prototype` key under `extensions` (kept, but unsafe for tools that merge objects).",
  "reporter.unknown": "The reporter is a participant's ISO alpha-2 code.",
  "reporter.not-state": "The reporter is a state, not an organisation.",
  "reporter.not-participant": "The reporter was a member (or observer) during the year reported on.",
  "reporter.observer": "An observer's report is voluntary: accepted, and counted apart from members' reports.",
  "catalogue.unknown":
    "The catalogue version is one of the context's catalogues (one written with another case, spaces or full-width forms gets a suggestion).",
  "catalogue.superseded":
    "The catalogue version is not superseded for the year reported on: no version of the context that records it in its `supersedes` chain, has a measure to report on and was adopted before the year began (the year of adoption is shared; a stub or a version without an adoption date supersedes nothing).",
  "year.not-ended": "The year reported on has ended by `today` (when the context gives `today`): a report on a year still running may change.",
  "measure.unknown": "Every measure is in the report's catalogue version (one written with another case, spaces or full-width digits gets a suggestion).",
  "measure.duplicate": "No measure appears in two entries.",
  // A warning, not an error: the entry is kept, and counted as coverage counts it (not at all).
  "measure.heading":
    "No entry reports on a measure-group (a heading such as 2.1.1, whose sub-items are the measures): such an entry is kept, but coverage does not count it; report on the sub-items.",
  "status.unknown": "Every status is in the catalogue's status vocabulary (a variant of case or spacing, or a near miss, gets a suggestion).",
  // A warning, not an error: the activities are kept; the status may be right and the activities
  // context, so the state is asked, not refused.
  "status.unscored-with-activities":
    "An entry whose status is outside the scale (`not-applicable`) lists no activities: coverage counts it as reported, the implementation level leaves it out, so its activities would count nowhere.",
  "nil.with-entries": "A nil report (`nil: true`) has no entries.",
  "entries.empty": "A report that is not nil has at least one entry.",
  "partner.unknown": "Every partner is a participant's ISO alpha-2 code.",
  "partner.is-reporter": "A partner is not the reporting state itself.",
  "activity.outside-year": "An activity falls (at least partly) within the year reported on.",
  "activity.ends-before-start": "An activity does not end before it starts.",
  "activity.kind-unknown":
    "An activity's kind is in the catalogue's vocabulary of activity kinds, written in any case and with spaces or hyphens (a near miss gets a suggestion).",
  // A warning, not an error: the mark is the state's; the part stays withheld, as the safe default says.
  "access.public-inside-restricted":
    'A part marked `access: "public"` (an entry or an activity) is inside parts that are public too: a part is published only if every part containing it is public.',
  "entry.nothing-new-not-before-year": "An entry's `nothingNewSince` (nothing new to declare since that year) is a year before the year reported on.",
  // A warning, not an error: the activities are kept, and the mark may be a leftover of last year.
  "entry.nothing-new-with-activities": "An entry that declares nothing new since an earlier year lists no activities of the year reported on.",
  "submitted.before-year": "`submittedOn` is not before the year reported on.",
  "submitted.in-future": "`submittedOn` is not after `today` (when the context gives `today`).",
  "ledger.type": 'A ledger document is JSON of the form { schema: "cica-cbm/ledger@1", reports: [...] }.',
  "ledger.conflict": "A revision number is not reused for different content.",
  "ledger.id-changed": "A report keeps its `id` across revisions.",
  "ledger.backdated": "A revision is not dated before an earlier revision of its report (it counts from the earlier one's day).",
  // Readers that lose nothing: ledger text and the command line's CSV input.
  "ledger.duplicate-key": "A ledger document given as text has no key twice in one object (JSON.parse would keep only the last).",
  "csv.contradiction":
    "CSV input (command line): the rows of one report (same id and revision) agree on its fields, and the rows of one entry on its status and remarks.",
  "csv.row-without-measure": "CSV input (command line): every row of a report that is not nil names the measure it reports on.",
  "csv.measure-date":
    "CSV input (command line): a measure id that a spreadsheet turned into a date (2.1.2 saved as 02.01.2002) is named, with the id it most likely was.",
  "migration.catalogue": "A report migrated with a measure map is written against the map's `from` version.",
  "migration.unmapped": "Every entry's measure has a counterpart in the version migrated to (the report is not migrated otherwise; the original is kept).",
  "migration.merged": "No two entries map to one measure of the version migrated to (never merged silently).",
  // Drafts of a report, as a form fills them (validateDraft, finalizeDraft).
  "draft.type": 'A draft is a JSON object tagged `"schema": "cica-cbm/draft@1"` (a report, or anything else, is not a draft).',
  // The annual plan of implementation events (validatePlan, checkPlanRevisions).
  "plan.type": "A plan is a JSON object (not null, an array, a string or a number).",
  "plan.too-large": "A plan holds no more than PLAN_LIMITS.values values (a shared value counted at each place).",
  "plan.too-many-issues": "A plan with errors lists no more issues than REPORT_LIMITS.issues; past it the rest are counted, not listed.",
  "plan.too-many-warnings": "A plan with warnings only lists no more than REPORT_LIMITS.issues; past it the rest are counted, and the plan is accepted.",
  "plan.value-unknown":
    "An event's format (offline, online, hybrid) and an outcome's status (held, postponed, cancelled, merged) are words of their vocabulary.",
  "plan.planned-date":
    "A planned date, and the date an event is postponed to, is a real day (YYYY-MM-DD), a month (YYYY-MM) or a quarter (YYYY-Q1 to YYYY-Q4).",
  "plan.dimension-unknown": "Every event's dimension is one of the five dimension ids.",
  "plan.area-unknown": "Every event's priority area is an area of the plan's catalogue version.",
  "plan.area-mismatch": "An event's priority area belongs to the event's dimension.",
  "plan.measure-unknown": "Every event's measure is in the plan's catalogue version.",
  "plan.measure-mismatch": "An event's measure belongs to the event's dimension and, where given, to its priority area.",
  "plan.state-unknown": "Every proposer and host is a state's ISO alpha-2 code in the registry.",
  "plan.state-not-member": "Every proposer and host was a member state during the plan's year.",
  "plan.state-observer": "A proposer or host that was an observer (not a member) during the plan's year is accepted and flagged.",
  "plan.state-duplicate": "No state is listed twice among an event's proposers, nor twice among its hosts.",
  "plan.event-duplicate": "No two events of a plan share an id.",
  "plan.approved-in-future": "`approvedOn` is not after `today` (when the context gives `today`).",
  "plan.planned-outside-year": "Every event is planned within the plan's year.",
  "plan.held-without-dates": "An event recorded as held gives the day it started (`from`).",
  "plan.held-ends-before-start": "A held event does not end before it starts.",
  "plan.held-outside-year": "A held event falls (at least partly) within the plan's year.",
  "plan.held-in-future": "A held event did not start after `today` (when the context gives `today`).",
  "plan.postponed-earlier": "An event is not postponed to a date before the one it was planned for.",
  "plan.postponed-past": "An event is not still postponed to a date already past on `today` (when the context gives `today`): record what became of it.",
  "plan.merged-unknown": "An event merged into another names an event of the same plan.",
  "plan.merged-cycle": "An event is not merged into itself, nor into an event that is merged back into it.",
  "plan.revision-conflict": "A plan's revision number is not reused for different content.",
} as const satisfies Readonly<Record<RuleId, string>>;

/**
 * Every rule {@link validateReport}, {@link recordReport} and {@link validatePlan} apply, by stable id, with its severity
 * and what it checks. Tools may rely on these ids: a rule is never renamed within a major version.
 *
 * @example
 * REPORT_RULES["reporter.observer"].severity
 * //=> "warning"
 *
 * @category Reports
 */
export const REPORT_RULES: Readonly<Record<RuleId, RuleInfo>> = Object.freeze(
  Object.fromEntries(
    (Object.keys(RULE_SEVERITIES) as RuleId[]).map((rule) => [rule, Object.freeze({ severity: RULE_SEVERITIES[rule], checks: CHECKS[rule] })]),
  ) as Record<RuleId, RuleInfo>,
);

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
