import type { Lang } from "../common/types.js";
import type { Locale } from "../i18n/Locale.js";
import type { Catalogue } from "../catalogue/types.js";
import type { ParamsOf } from "./issueParams.js";
import type { Registry } from "../participants/types.js";
import type { RuleId, Severity } from "./ruleIds.js";
import type { ZodMiniType } from "zod/mini";
import type { NationalReport } from "./schema.js";

/**
 * A path into the input: object keys and array indices, e.g. `["entries", 2, "measure"]`.
 *
 * @example
 * const path: IssuePath = ["entries", 0, "activities", 1, "from"];
 *
 * @category Reports
 */
export type IssuePath = readonly (string | number)[];

/**
 * One problem found in a report: which rule, how serious, where, and what to do, as data that a
 * tool can translate, group or show beside the field. A union keyed by `rule`: once a form has
 * checked `issue.rule`, `issue.params` has that rule's params, typed (see {@link IssueParams}).
 *
 * @example
 * const [issue] = validateReport({
 *   schema: "cica-cbm/report@1", id: "KZ-2025", reporter: "KZ", catalogue: "cica@2021",
 *   year: 2025, revision: 1, submittedOn: "2026-03-01",
 *   entries: [{ measure: "2.1.2", status: "implemented", remarks: "x".repeat(4001) }],
 * }, cica).issues;
 * issue?.rule === "field.too-long" ? issue.params.max : undefined
 * //=> 4000
 *
 * @category Reports
 */
export type ReportIssue = { readonly [R in RuleId]: IssueOf<R> }[RuleId];

/**
 * An issue of one rule: its `params` are the rule's own (see {@link IssueParams}), and `field`.
 *
 * @example
 * const issue: IssueOf<"field.date"> = {
 *   rule: "field.date",
 *   severity: "error",
 *   path: ["submittedOn"],
 *   messageKey: "field.date",
 *   params: { field: "submittedOn", received: "2026-02-30" },
 *   message: "\"submittedOn\" must be a real calendar date written YYYY-MM-DD (for example 2025-03-01); it is \"2026-02-30\".",
 * };
 *
 * @category Reports
 */
export interface IssueOf<R extends RuleId> {
  /** The stable id of the rule (see {@link REPORT_RULES}). */
  readonly rule: R;
  /** `error` blocks the report; `warning` does not. */
  readonly severity: Severity;
  /** Where in the input: keys and indices. */
  readonly path: IssuePath;
  /** The key of the message template, for translation (a rule may have several). */
  readonly messageKey: string;
  /** The values filled into the template: raw values, never quoted. */
  readonly params: ParamsOf<R>;
  /** The message, rendered in the language of the validation context. */
  readonly message: string;
}

/**
 * What {@link validateReport} needs to know: the catalogues and the registry, and optionally
 * today's date (for `submittedOn` in the future) and the language of the messages. The embedded
 * data fits as it is: `validateReport(input, cica)`.
 *
 * @example
 * const context: ValidationContext = { ...cica, today: "2026-11-28", lang: "ru" };
 *
 * @category Reports
 */
export interface ValidationContext {
  /** Catalogue versions, by reference or as a list. */
  readonly catalogues: Readonly<Record<string, Catalogue>> | readonly Catalogue[];
  /** The participants. */
  readonly registry: Registry;
  /** Today, `YYYY-MM-DD`; without it, `submittedOn` is not checked against the future. */
  readonly today?: string;
  /** The language of `message`: `"en"` (default), `"ru"`, or a {@link Locale} value (`en`, `ru` or your own). */
  readonly lang?: Lang | Locale;
  /**
   * A structural schema of your own, run instead of the format's. Leave it out: the default is the
   * format's own structure check, the fastest path, which gives exactly the issues of
   * {@link NationalReportSchema} without running zod (nor bundling it). {@link NationalReportSchema}
   * and `compileReportSchema()` are taken as the default. Any other zod schema is run with its
   * `safeParse` and its issues mapped as the format's are; a report with more than 50,000 list
   * items (entries, activities, partners, evidence links), or one whose issues overflow the stack in
   * zod, gets the format's own check instead.
   */
  readonly schema?: ZodMiniType<NationalReport, unknown>;
}

/**
 * What {@link validateReport} returns. `ok` is `true` when no issue is an error; then `report` is
 * the validated report, a frozen copy of the input. Warnings may come with an `ok` report.
 *
 * @example
 * const result: ValidationResult = validateReport({}, cica);
 * result.ok
 * //=> false
 *
 * @category Reports
 */
export type ValidationResult = ValidationSuccess | ValidationFailure;

/**
 * A report without errors (it may have warnings).
 *
 * @example
 * const result = validateReport({}, cica);
 * if (result.ok) { const success: ValidationSuccess = result; }
 *
 * @category Reports
 */
export interface ValidationSuccess {
  /** No issue is an error. */
  readonly ok: true;
  /** The validated report: a frozen copy of the input. */
  readonly report: NationalReport;
  /** Warnings, if any. */
  readonly issues: readonly ReportIssue[];
}

/**
 * A report with at least one error.
 *
 * @example
 * const result = validateReport({}, cica);
 * if (!result.ok) { const failure: ValidationFailure = result; }
 *
 * @category Reports
 */
export interface ValidationFailure {
  /** At least one issue is an error. */
  readonly ok: false;
  /** Never set on a failure. */
  readonly report?: undefined;
  /** The errors and warnings. */
  readonly issues: readonly ReportIssue[];
}
