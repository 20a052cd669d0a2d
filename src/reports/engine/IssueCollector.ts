import { renderMessage, type MessageSource } from "../../i18n/messages.js";
import { pathText, type JsonPath } from "../../internal/json.js";
import { REPORT_LIMITS as L } from "../limits.js";
import { severityOf } from "../ruleIds.js";
import type { RuleId } from "../ruleIds.js";
import type { IssueParams } from "../issueParams.js";
import type { ReportIssue } from "../types.js";

/** The params a rule's issue is added with: optional when the rule has none but `field`. */
type AddArgs<R extends RuleId> =
  Record<never, never> extends IssueParams[R] ? [params?: IssueParams[R], messageKey?: string] : [params: IssueParams[R], messageKey?: string];

/** Issues listed even past the limit: each ends its check, so a report has at most one. */
const ALWAYS_LISTED: ReadonlySet<RuleId> = new Set<RuleId>(["extensions.too-large"]);

/** True when two paths name the same place, key by key. */
function samePath(a: JsonPath, b: JsonPath): boolean {
  if (a.length !== b.length) return false;
  for (let at = 0; at < a.length; at++) if (a[at] !== b[at]) return false;
  return true;
}

/**
 * Collects issues, rendering each message in the context's language. It lists at most
 * `REPORT_LIMITS.issues`; past that it only counts, and {@link IssueCollector.finish} ends the list
 * with one `report.too-many-issues` error (or, when every issue found is a warning, one
 * `report.too-many-warnings` warning), so that a hostile input cannot fill memory with issues and
 * a report with many warnings is still accepted. An error found once the list is full takes the
 * place of the last warning listed, so that no error (a ledger conflict after 1,000 warnings) is
 * ever hidden behind warnings.
 */
export class IssueCollector {
  readonly issues: ReportIssue[] = [];
  /** Errors found, listed or not. */
  errors = 0;
  /** Issues found past the limit: counted, not listed. */
  dropped = 0;
  /** Warnings listed. */
  private warnings = 0;
  constructor(readonly lang: MessageSource) {}

  /** True once the list is at its limit. */
  get full(): boolean {
    return this.issues.length >= L.issues;
  }

  /** Adds an issue at `path` (copied: a caller may pass a path it changes afterwards, such as a stack). */
  add<R extends RuleId>(rule: R, path: JsonPath, ...[params, messageKey = rule]: AddArgs<R>): void {
    const last = this.issues[this.issues.length - 1];
    if (last && last.rule === rule && last.messageKey === messageKey && samePath(last.path, path)) return;
    const severity = severityOf(rule);
    if (severity === "error") this.errors++;
    const always = ALWAYS_LISTED.has(rule);
    if (this.full && !always && !(severity === "error" && this.warnings > 0)) {
      this.dropped++;
      return;
    }
    const full = { field: pathText(path), ...params };
    const issue = { rule, severity, path: [...path], messageKey, params: full, message: renderMessage(messageKey, full, this.lang) };
    this.list(issue as ReportIssue, always);
  }

  /** Adds an issue made elsewhere (by another collector), within the same limit. */
  push(issue: ReportIssue): void {
    if (issue.severity === "error") this.errors++;
    this.list(issue, false);
  }

  /** Lists an issue: past the limit, an error displaces the last warning listed; others are counted. */
  private list(issue: ReportIssue, always: boolean): void {
    if (this.full && !always) {
      this.dropped++;
      if (issue.severity !== "error" || this.warnings === 0) return;
      let at = this.issues.length - 1;
      while (this.issues[at]!.severity !== "warning") at--;
      this.issues.splice(at, 1);
      this.warnings--;
    }
    if (issue.severity === "warning") this.warnings++;
    this.issues.push(issue);
  }

  /** Forgets every issue (the input could not be read at all). */
  clear(): void {
    this.issues.length = 0;
    this.errors = 0;
    this.dropped = 0;
    this.warnings = 0;
  }

  /** Ends the list: one issue that counts the issues not listed, if any, of a report or a plan (`scope`). Call it once. */
  finish(scope: "report" | "plan" = "report"): void {
    if (this.dropped === 0) return;
    const rule: RuleId = this.errors > 0 ? `${scope}.too-many-issues` : `${scope}.too-many-warnings`;
    const full = { field: pathText([]), max: L.issues, more: this.dropped };
    this.dropped = 0;
    if (rule === `${scope}.too-many-issues`) this.errors++;
    this.issues.push({
      rule,
      severity: severityOf(rule),
      path: [],
      messageKey: rule,
      params: full,
      message: renderMessage(rule, full, this.lang),
    } as ReportIssue);
  }

  get hasErrors(): boolean {
    return this.errors > 0;
  }
}
