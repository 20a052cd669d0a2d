/**
 * The size limits a national report must keep, so that a hostile or mistaken file cannot exhaust
 * the memory or the stack of a validating tool. Lengths are counted in Unicode code points (an
 * emoji is one), as zod and JSON Schema validators count them. Every limit is checked with a clear
 * issue (`field.too-long`, `field.too-many`, `extensions.too-deep`, `extensions.too-large`,
 * `report.too-many-issues`, `report.too-many-warnings`, `report.too-large`), never with an exception; a list over its limit is
 * checked up to it, and the items past it are never read.
 *
 * @example
 * REPORT_LIMITS.entries
 * //=> 1000
 * REPORT_LIMITS.remarks
 * //=> 4000
 * REPORT_LIMITS.issues
 * //=> 1000
 *
 * @category Reports
 */
export const REPORT_LIMITS: ReportLimits = Object.freeze({
  id: 128,
  code: 64,
  title: 500,
  kind: 64,
  venue: 200,
  remarks: 4000,
  uri: 2048,
  entries: 1000,
  activities: 500,
  partners: 100,
  evidence: 50,
  extensionDepth: 16,
  extensionNodes: 10000,
  extensionText: 100000,
  issues: 1000,
  values: 5_000_000,
});

/**
 * The shape of {@link REPORT_LIMITS}.
 *
 * @example
 * const limits: ReportLimits = REPORT_LIMITS;
 *
 * @category Reports
 */
export interface ReportLimits {
  /** Characters in the report's `id`. */
  readonly id: number;
  /** Characters in a code: reporter, catalogue, measure, status, partner. */
  readonly code: number;
  /** Characters in an activity's or an evidence link's title. */
  readonly title: number;
  /** Characters in an activity's kind. */
  readonly kind: number;
  /** Characters in an activity's venue. */
  readonly venue: number;
  /** Characters in an entry's remarks. */
  readonly remarks: number;
  /** Characters in an evidence URI. */
  readonly uri: number;
  /** Entries in one report. */
  readonly entries: number;
  /** Activities in one entry. */
  readonly activities: number;
  /** Partners of one activity. */
  readonly partners: number;
  /** Evidence links of one activity. */
  readonly evidence: number;
  /** Nesting depth of values under `extensions`. */
  readonly extensionDepth: number;
  /** Values (objects, arrays, strings, numbers…) under `extensions`, counted together. */
  readonly extensionNodes: number;
  /** Characters of the texts under `extensions`, keys and string values counted together. */
  readonly extensionText: number;
  /**
   * Issues listed for one report (or one ledger document). Past it, validation stops listing and
   * ends with one issue that says how many more were found: a `report.too-many-issues` error, or a
   * `report.too-many-warnings` warning when every issue is a warning (the report is accepted).
   */
  readonly issues: number;
  /**
   * Values (objects, lists, texts, numbers…) in one report, a value counted at each place it is
   * reached: an object shared by a thousand entries counts a thousand times. Past it the report is
   * read no further and gets one `report.too-large` error, so that a small value that expands (shared
   * objects nested deep) cannot exhaust the memory. A report within the other limits that is not
   * built to expand stays far below it. Data outside the format (the value of an unknown key, or
   * of a field with the wrong type) is read up to `extensionNodes` values each.
   */
  readonly values: number;
}
