import { LEDGER_MESSAGES } from "../i18n/messages.js";
import { withMessages } from "../i18n/messageSource.js";
import { IssueCollector, prepareContext, checkReport } from "../reports/engine/index.js";
import { madeResult, sameContext, type Validated } from "../reports/engine/validated.js";
import type { NationalReport } from "../reports/schema.js";
import type { ReportIssue, ValidationContext } from "../reports/types.js";
import { recordRevision } from "./recordRevision.js";
import { storeOf, type Ledger } from "./store.js";

/**
 * What happened to an input given to {@link recordReport}:
 *
 * - `recorded`: a new revision was added;
 * - `unchanged`: the same revision with the same content was already recorded (a resubmission);
 * - `rejected`: the input has errors, or reuses a revision number for other content.
 *
 * @example
 * const outcome: RecordOutcome = "unchanged";
 *
 * @category Ledger
 */
export type RecordOutcome = "recorded" | "unchanged" | "rejected";

/**
 * What {@link recordReport} returns: the ledger after the call (the same ledger when nothing was
 * recorded), the outcome, the issues, and the report as recorded.
 *
 * @example
 * const result: RecordResult = recordReport(createLedger(), {}, cica);
 * result.outcome
 * //=> "rejected"
 *
 * @category Ledger
 */
export interface RecordResult {
  /** The ledger after the call; the ledger given when the outcome is not `recorded`. */
  readonly ledger: Ledger;
  /** What happened. */
  readonly outcome: RecordOutcome;
  /** The validation issues, and a `ledger.conflict` or `ledger.id-changed` issue where one applies. */
  readonly issues: readonly ReportIssue[];
  /** The report as recorded (or as already recorded, when `unchanged`). */
  readonly report?: NationalReport;
}

/**
 * Records a revision of a national report. The input is validated first ({@link validateReport});
 * a rejected input leaves the ledger exactly as it was. The input may also be what
 * {@link validateReportText} (or {@link validateReports}) returned: with the same context (the same
 * registry, catalogues, schema, `today` and `lang` values) an accepted result is not validated
 * again, and the outcome and issues are those of recording `JSON.parse(text)`; with another
 * context its report is validated with that one; a rejected result is rejected with its issues.
 * Any other object, even one shaped like a result (or a result changed since), is validated as a
 * report, as always. One report is kept per reporter,
 * catalogue version and year, with all its revisions:
 *
 * - a revision already recorded with the same content is `unchanged` (an identical resubmission);
 * - the same revision number with other content is `rejected` as a conflict whose message names
 *   both submissions and the next free revision number;
 * - an older revision that arrives after a newer one is recorded in the history and does not
 *   displace the newer one as current.
 *
 * @param ledger - The ledger to record into; it is not changed.
 * @param input - A report, typically from `JSON.parse`, or a result of {@link validateReportText}.
 * @param context - The catalogues and registry (`cica`), and optionally `today` and `lang`.
 * @returns The new ledger, the outcome, the issues and the recorded report.
 * @throws {@link CbmError} only on misuse (not a ledger, a context without a registry).
 *
 * @example
 * const report = {
 *   schema: "cica-cbm/report@1", id: "MN-2024", reporter: "MN", catalogue: "cica@2021",
 *   year: 2024, revision: 1, submittedOn: "2025-02-10", nil: true, entries: [],
 * };
 * const first = recordReport(createLedger(), report, cica);
 * first.outcome
 * //=> "recorded"
 * recordReport(first.ledger, report, cica).outcome
 * //=> "unchanged"
 * recordReport(first.ledger, { ...report, submittedOn: "2025-02-11" }, cica).issues[0]?.rule
 * //=> "ledger.conflict"
 * const checked = validateReportText(JSON.stringify({ ...report, revision: 2 }), cica);
 * recordReport(first.ledger, checked, cica).outcome
 * //=> "recorded"
 *
 * @category Ledger
 */
export function recordReport(ledger: Ledger, input: unknown, context: ValidationContext): RecordResult {
  storeOf(ledger, "recordReport");
  const prepared = prepareContext(context, "recordReport");
  const collector = new IssueCollector(withMessages(prepared.lang, LEDGER_MESSAGES, "recordReport", "context.lang"));
  // A result of validateReportText or validateReports (made by this library, unchanged): a failure
  // is rejected as it stands; an accepted report made with this context is not validated again,
  // and one made with another context is validated with this one.
  const made = madeResult(input);
  if (made && made.report === undefined) return { ledger, outcome: "rejected", issues: [...made.issues] };
  const report = made && sameContext(made, context) ? resume(made, collector) : checkReport(made?.report ?? input, prepared, collector);
  // The list is ended once the ledger's own checks are in it: a conflict found after 1,000
  // warnings is listed (it displaces a warning), and counted in the closing issue.
  const issues = (): readonly ReportIssue[] => {
    collector.finish();
    return collector.issues;
  };
  if (report === undefined) return { ledger, outcome: "rejected", issues: issues() };
  const step = recordRevision(ledger, report, collector);
  // Written out rather than spread (`{ ...step, issues }`): the same keys in the same order, at a
  // fraction of the cost of a spread on the bulk path.
  return step.report === undefined
    ? { ledger: step.ledger, outcome: step.outcome, issues: issues() }
    : { ledger: step.ledger, outcome: step.outcome, report: step.report, issues: issues() };
}

/**
 * Puts an accepted result the library made back into a collector as its validation left it,
 * before the list was ended: its issues (warnings only, so within the limit), and the count of
 * those not listed, from the closing `report.too-many-warnings`, which the collector adds again,
 * counting the ledger's issues too. Returns its report.
 */
function resume(result: Validated, collector: IssueCollector): NationalReport | undefined {
  const { issues } = result;
  const last = issues[issues.length - 1];
  const more = last?.rule === "report.too-many-warnings" ? last.params.more : undefined;
  const listed = more === undefined ? issues.length : issues.length - 1;
  for (let index = 0; index < listed; index++) collector.push(issues[index]!);
  if (more !== undefined) collector.dropped += more;
  return result.report;
}
