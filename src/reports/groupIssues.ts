import type { Lang } from "../common/types.js";
import type { Locale } from "../i18n/Locale.js";
import { allMessages } from "../i18n/messageSource.js";
import { renderMessage } from "../i18n/messages.js";
import type { RuleId, Severity } from "./ruleIds.js";
import type { IssuePath, ReportIssue } from "./types.js";

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
 * @param issues - Issues from one or many reports.
 * @param options - How many paths to keep, and the language of the messages.
 * @returns One group per rule broken.
 *
 * @example
 * const { issues } = validateReport({ schema: "cica-cbm/report@1" }, cica);
 * groupIssues(issues).map((g) => `${g.rule} ×${g.count}`)
 * //=> ["field.missing ×7"]
 *
 * @category Reports
 */
export function groupIssues(issues: readonly ReportIssue[], options: GroupIssuesOptions = {}): IssueGroup[] {
  const examples = options.examples ?? 3;
  const locale = options.lang === undefined ? undefined : allMessages(options.lang, "groupIssues", "options.lang");
  const groups = new Map<RuleId, { rule: RuleId; severity: Severity; count: number; paths: IssuePath[]; first: ReportIssue }>();
  for (const issue of issues) {
    let group = groups.get(issue.rule);
    if (!group) {
      group = { rule: issue.rule, severity: issue.severity, count: 0, paths: [], first: issue };
      groups.set(issue.rule, group);
    }
    group.count++;
    if (group.paths.length < examples) group.paths.push(issue.path);
  }
  const all = [...groups.values()];
  const ordered = [...all.filter((g) => g.severity === "error"), ...all.filter((g) => g.severity !== "error")];
  return ordered.map(({ rule, severity, count, paths, first }) => ({
    rule,
    severity,
    count,
    paths,
    message: locale ? renderMessage(first.messageKey, first.params, locale) : first.message,
  }));
}
