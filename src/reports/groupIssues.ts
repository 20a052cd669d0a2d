import type { Lang } from "../common/types.js";
import type { Locale } from "../i18n/Locale.js";
import { allMessages } from "../i18n/messageSource.js";
import { renderMessage } from "../i18n/messages.js";
import type { RuleId, Severity } from "./ruleIds.js";
import type { IssuePath, ReportIssue } from "./types.js";
import type { NamedValidationResult, ReportIdentity, ReportOrigin } from "./validateReports.js";

/**
 * One line of a grouped validation report: a rule, how often it was broken, and where first.
 *
 * @example
 * const group: IssueGroup = { rule: "field.date", severity: "error", count: 3, paths: [["submittedOn"]], message: "…" };
 *
 * @category Reports
 */
export interface IssueGroup {
  /** The rule. */
  readonly rule: RuleId;
  /** Its severity. */
  readonly severity: Severity;
  /** How many issues broke it. */
  readonly count: number;
  /** The paths of the first few, in the order found. */
  readonly paths: readonly IssuePath[];
  /** The message of the first, as an example. */
  readonly message: string;
}

/**
 * One submission that broke a rule: its identity and origin, as {@link validateReports} gave them.
 *
 * @example
 * const hit: SubmissionHit = { identity: { id: "KZ-2025", reporter: "KZ", year: 2025, revision: 1 }, origin: { file: "kz.json" } };
 *
 * @category Reports
 */
export interface SubmissionHit {
  /** The report's identity; `null` when the input had none readable. */
  readonly identity: ReportIdentity | null;
  /** Where the caller found it, if it said. */
  readonly origin?: ReportOrigin;
}

/**
 * A group of {@link groupIssues} over named results: also which submissions broke the rule.
 *
 * @example
 * const group: SubmissionIssueGroup = { rule: "field.date", severity: "error", count: 1, paths: [["submittedOn"]], message: "…", submissions: [{ identity: null, origin: { file: "a.json" } }] };
 *
 * @category Reports
 */
export interface SubmissionIssueGroup extends IssueGroup {
  /** Every submission that broke the rule, once each, in input order (all of them, not only the first few). */
  readonly submissions: readonly SubmissionHit[];
}

/**
 * Options of {@link groupIssues}.
 *
 * @example
 * const options: GroupIssuesOptions = { examples: 5, lang: "ru" };
 *
 * @category Reports
 */
export interface GroupIssuesOptions {
  /** How many paths to keep per rule; 3 when omitted. */
  readonly examples?: number;
  /** Language of the example message (`"en"`, `"ru"` or a {@link Locale}); the issue's own message when omitted. */
  readonly lang?: Lang | Locale;
}

/**
 * Groups issues by rule, for a validation report a person can read: errors first, then warnings,
 * each in the order its rule was first broken, with a count and the first few paths.
 *
 * Given the results of {@link validateReports} instead of bare issues, each group also lists the
 * submissions that broke its rule (`submissions`: identity and origin, once per submission, in
 * input order), so an analyst sees which states and files each rule hit.
 *
 * @param issues - Issues from one or many reports, or the named results of {@link validateReports}.
 * @param options - How many paths to keep, and the language of the messages.
 * @returns One group per rule broken.
 *
 * @example
 * const { issues } = validateReport({ schema: "cica-cbm/report@1" }, cica);
 * groupIssues(issues).map((g) => `${g.rule} ×${g.count}`)
 * //=> ["field.missing ×7"]
 *
 * @example
 * const results = validateReports(
 *   [
 *     { input: { id: "A-2025", reporter: "KZ", year: 2025, revision: 1 }, origin: { file: "a.json" } },
 *     { input: { id: "B-2025", reporter: "MN", year: 2025, revision: 2 }, origin: { file: "b.json" } },
 *   ],
 *   cica,
 * );
 * groupIssues(results).map((g) => `${g.rule}: ${g.submissions.map((s) => s.identity?.reporter).join(", ")}`)
 * //=> ["field.missing: KZ, MN"]
 *
 * @category Reports
 */
export function groupIssues(issues: readonly ReportIssue[], options?: GroupIssuesOptions): IssueGroup[];
export function groupIssues(results: readonly NamedValidationResult[], options?: GroupIssuesOptions): SubmissionIssueGroup[];
export function groupIssues(
  items: readonly ReportIssue[] | readonly NamedValidationResult[],
  options: GroupIssuesOptions = {},
): IssueGroup[] | SubmissionIssueGroup[] {
  const examples = options.examples ?? 3;
  const locale = options.lang === undefined ? undefined : allMessages(options.lang, "groupIssues", "options.lang");
  interface Group {
    rule: RuleId;
    severity: Severity;
    count: number;
    paths: IssuePath[];
    first: ReportIssue;
    submissions: SubmissionHit[];
  }
  const groups = new Map<RuleId, Group>();
  let named = false;
  const add = (issue: ReportIssue): Group => {
    let group = groups.get(issue.rule);
    if (!group) {
      group = { rule: issue.rule, severity: issue.severity, count: 0, paths: [], first: issue, submissions: [] };
      groups.set(issue.rule, group);
    }
    group.count++;
    if (group.paths.length < examples) group.paths.push(issue.path);
    return group;
  };
  for (const item of items) {
    if (!isNamedResult(item)) {
      add(item);
      continue;
    }
    named = true;
    const hit: SubmissionHit = item.origin === undefined ? { identity: item.identity } : { identity: item.identity, origin: item.origin };
    const hitBy = new Set<Group>();
    for (const issue of item.issues) hitBy.add(add(issue));
    for (const group of hitBy) group.submissions.push(hit);
  }
  const all = [...groups.values()];
  const ordered = [...all.filter((g) => g.severity === "error"), ...all.filter((g) => g.severity !== "error")];
  return ordered.map(({ rule, severity, count, paths, first, submissions }) => {
    const group: IssueGroup = {
      rule,
      severity,
      count,
      paths,
      message: locale ? renderMessage(first.messageKey, first.params, locale) : first.message,
    };
    return named ? { ...group, submissions } : group;
  });
}

/** A result of validateReports (it has issues and an identity), not a bare issue. */
function isNamedResult(item: ReportIssue | NamedValidationResult): item is NamedValidationResult {
  return "identity" in item && Array.isArray((item as { issues?: unknown }).issues);
}
