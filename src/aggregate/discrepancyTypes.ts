import type { RevisionNotes } from "./types.js";

// The types of the mirror check's result and options (see findDiscrepancies).

/**
 * How one state's account of a joint activity compares with its partner's:
 *
 * - `confirmed`: the partner reports the same measure with this state as partner, on overlapping dates;
 * - `unconfirmed`: the partner sent a report for the year (or a nil report) but has no matching activity;
 * - `partner-other-catalogue`: the partner sent a report for the year, but under another catalogue
 *   version (named in {@link DiscrepancyRow.partnerCatalogues}), so its activities are not compared;
 * - `no-partner-report`: the partner sent no report for the year, under any catalogue version.
 *
 * @example
 * const status: DiscrepancyStatus = "partner-other-catalogue";
 *
 * @category Aggregates
 */
export type DiscrepancyStatus = "confirmed" | "unconfirmed" | "partner-other-catalogue" | "no-partner-report";

/**
 * An activity as it appears in a discrepancy row.
 *
 * @example
 * const side: ActivitySide = { title: "Joint seminar", kind: "seminar", from: "2025-04-10", to: "2025-04-10" };
 *
 * @category Aggregates
 */
export interface ActivitySide {
  /** Its title. */
  readonly title: string;
  /** Its kind. */
  readonly kind: string;
  /** Its first day. */
  readonly from: string;
  /** Its last day (`from` when the report gives none). */
  readonly to: string;
}

/**
 * One row of the side-by-side table of joint activities.
 *
 * @example
 * const row: DiscrepancyRow | undefined = findDiscrepancies([], cica, { year: 2025 }).rows[0];
 *
 * @category Aggregates
 */
export interface DiscrepancyRow {
  /** The catalogue version. */
  readonly catalogue: string;
  /** The measure. */
  readonly measure: string;
  /** The state whose account this is (for a confirmed pair, the first of the two codes). */
  readonly reporter: string;
  /** The partner it names. */
  readonly partner: string;
  /** How the two accounts compare. */
  readonly status: DiscrepancyStatus;
  /** The reporter's account. */
  readonly activity: ActivitySide;
  /** The partner's matching account, when confirmed. */
  readonly partnerActivity?: ActivitySide;
  /** `true` when the partner's report for the year is a nil report. */
  readonly partnerNil?: boolean;
  /** For `partner-other-catalogue`: the catalogue versions the partner did report under for the year, in order. */
  readonly partnerCatalogues?: readonly string[];
}

/**
 * What {@link findDiscrepancies} returns.
 *
 * @example
 * const found: Discrepancies = findDiscrepancies([], cica, { year: 2025 });
 *
 * @category Aggregates
 */
export interface Discrepancies extends RevisionNotes {
  /** The year. */
  readonly year: number;
  /** Confirmed pairs. */
  readonly confirmed: number;
  /** Accounts the partner's report does not confirm. */
  readonly unconfirmed: number;
  /** Accounts whose partner reported for the year only under another catalogue version. */
  readonly partnerOtherCatalogue: number;
  /** Accounts whose partner sent no report for the year. */
  readonly noPartnerReport: number;
  /** The rows: by catalogue, measure, reporter, partner and date. */
  readonly rows: readonly DiscrepancyRow[];
}

/**
 * Options of {@link findDiscrepancies}.
 *
 * @example
 * const options: DiscrepancyOptions = { year: 2025, catalogue: "cica@2021" };
 *
 * @category Aggregates
 */
export interface DiscrepancyOptions {
  /** The year. */
  readonly year: number;
  /**
   * Only reports on this catalogue version (one the context holds); all versions when omitted. A
   * partner that reported only under another version is still told apart (`partner-other-catalogue`).
   */
  readonly catalogue?: string;
}
