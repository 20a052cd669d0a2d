import { assertOptionalDate, assertQueryYear } from "../dates/guards.js";
import type { ParticipantStatus, Registry } from "../participants/types.js";
import { yearStanding } from "./replyOrder.js";
import { assertContext, assertKnownCatalogue, registryOf } from "./context.js";
import { rejectedSubmissions, type RejectedSubmission, type ValidationOutcome } from "./rejectedSubmissions.js";
import { toReportSummary } from "./toReportSummary.js";
import { notesOf } from "./revisionSlots.js";
import type { AggregateContext, ReportSource, RevisionNotes, SummaryRecord } from "./types.js";

/**
 * What a state sent for a year: a report with entries, an explicit nil report, only submissions
 * that were rejected (`"rejected"`: received, but no valid report; known only when
 * {@link ReportingRateOptions.rejected} is given), or nothing.
 *
 * @example
 * const reply: Reply = "nil";
 *
 * @category Aggregates
 */
export type Reply = "report" | "nil" | "rejected" | "missing";

/**
 * One row of the table of replies: one state and what it sent.
 *
 * @example
 * const row: ReplyRow | undefined = reportingRate([], cica, { year: 2025 }).rows[0];
 *
 * @category Aggregates
 */
export interface ReplyRow {
  /** The state's code. */
  readonly state: string;
  /** Its status during the year: `member`, or for a voluntary reply `observer` / `member` (joined during the year). */
  readonly status: ParticipantStatus;
  /** What it sent. */
  readonly reply: Reply;
  /** `true` when its first reply (the lowest revision) was submitted after the deadline. */
  readonly late: boolean;
  /** The current revision, when it replied. */
  readonly revision?: number;
  /** The day its lowest revision was submitted (conflicting revisions left out), when it replied. */
  readonly firstSubmittedOn?: string;
  /** The number of entries of its current report(s). */
  readonly entries: number;
  /** The catalogue versions it reported on. */
  readonly catalogues: readonly string[];
  /** Its submissions for the year that were rejected, with the rules that rejected them (present only when there are some). */
  readonly rejected?: readonly RejectedSubmission[];
}

/**
 * Options of {@link reportingRate}.
 *
 * @example
 * const options: ReportingRateOptions = { year: 2025, deadline: "2026-05-31", asOf: "2026-06-30" };
 *
 * @category Aggregates
 */
export interface ReportingRateOptions {
  /** The year reported on. */
  readonly year: number;
  /** A reply first submitted after this day (`YYYY-MM-DD`) is late. */
  readonly deadline?: string;
  /** Count only revisions submitted by this day: the rate as a review on that day saw it. */
  readonly asOf?: string;
  /** Count only reports on this catalogue version (one the context holds); all versions when omitted. */
  readonly catalogue?: string;
  /**
   * The results of {@link validateReports} over the submissions (all of them, or only the
   * rejected ones): each one not `ok` whose identity names the year is a rejected submission of
   * its reporter, shown in the table of replies with its rules. A rejected submission is not a
   * reply that counts: a state whose every submission was rejected is `"rejected"`, neither
   * replied nor missing, and the rate does not count it.
   */
  readonly rejected?: Iterable<ValidationOutcome>;
}

/**
 * The reporting rate of a year: {@link reportingRate}'s answer.
 *
 * @example
 * const rate: ReportingRate = reportingRate([], cica, { year: 2025 });
 *
 * @category Aggregates
 */
export interface ReportingRate extends RevisionNotes {
  /** The year. */
  readonly year: number;
  /** How many states were expected to reply: the members for the whole year. */
  readonly expected: number;
  /** Expected states that replied (report or nil). */
  readonly replied: number;
  /** Expected states that sent a report with entries. */
  readonly reported: number;
  /** Expected states that sent a nil report. */
  readonly nil: number;
  /** Expected states whose first reply came after the deadline. */
  readonly late: number;
  /** Expected states whose every submission for the year was rejected: received, not a reply that counts (0 without `options.rejected`). */
  readonly rejected: number;
  /** Expected states that sent nothing (without `options.rejected`, a state whose submissions were all rejected is counted here: nothing valid arrived). */
  readonly missing: number;
  /** `replied / expected`, from 0 to 1; `null` when no state was expected. */
  readonly rate: number | null;
  /** One row per expected state, sorted by code: the table of replies. */
  readonly rows: readonly ReplyRow[];
  /** Replies from states not expected to reply (observers, states that joined during the year), counted apart and never in the rate. */
  readonly voluntary: readonly ReplyRow[];
  /** Rejected submissions whose identity could not be read (so neither state nor year is known): listed so that none is lost. */
  readonly unidentified: readonly RejectedSubmission[];
}

/**
 * The reporting rate of a year and the table of replies, against the membership of that year.
 *
 * **Who is expected to reply:** the states that were members for the whole year, from 1 January to
 * 31 December. A state that joined during the year is expected from the next year on; its reply for
 * the year it joined is counted apart as voluntary, like an observer's. (A state that left during
 * the year would not be expected for that year either.) Where the registry dates an accession only
 * by year or month, it counts from the last day of it (see `assumedDay`).
 *
 * **What counts:** the current revision of each report (the highest revision submitted by `asOf`,
 * when given; a revision counts from the later of its own `submittedOn` and its predecessor's, so
 * a back-dated correction is not counted before what it corrects was sent). A nil report is a
 * reply. A reply is late when the *lowest* revision was submitted after the deadline; a later
 * correction, back-dated or not, neither makes an on-time reply late nor a late one on time. A
 * revision submitted twice with different content is not counted (the report's highest clean
 * revision is, if any) and is listed in `conflicts`; back-dated revisions are listed in
 * `backdated` (both for the year, and the catalogue version when one is given).
 *
 * **Rejected submissions** (given by `options.rejected`, the results of {@link validateReports})
 * are not replies: a state whose every submission for the year was rejected shows as
 * `"rejected"` with the rules that rejected it, counted in `rejected`, never in `replied` nor in
 * `missing`, so the rate is `replied / expected` either way. A rejected submission is matched to
 * its state and year by its identity as written; `asOf` and `catalogue` do not filter it (a
 * rejected submission's date and catalogue may be what is wrong with it).
 *
 * @param source - The reports: a ledger, an iterable of revisions, or a summary.
 * @param context - Where the registry comes from: `cica`, or `{ registry, catalogues? }`.
 * @param options - The year, and optionally `deadline`, `asOf` and `catalogue` (a reply on any
 *   catalogue version counts when it is omitted), and `rejected`: the submissions rejected by validation.
 * @returns Counts, the rate, one row per expected state and the voluntary replies apart.
 * @throws {@link CbmError} `invalid-argument` for a year that is not an integer from 1 to 9999, a
 *   context without a registry or an unknown catalogue; `invalid-date` for a date that is not real.
 *
 * @example
 * const nil = {
 *   schema: "cica-cbm/report@1", id: "MN-2024", reporter: "MN", catalogue: "cica@2021",
 *   year: 2024, revision: 1, submittedOn: "2025-02-10", nil: true, entries: [],
 * } as const;
 * const rate = reportingRate([nil], cica, { year: 2024 });
 * [rate.expected, rate.replied, rate.nil, rate.missing]
 * //=> [28, 1, 1, 27]
 *
 * // A state whose only submission was rejected: received, not a reply that counts.
 * const results = validateReports([{ input: { ...nil, reporter: "KZ", id: "KZ-2024", submittedOn: "2025-02-30" }, origin: { file: "kz.json" } }], cica);
 * const withRejected = reportingRate([nil], cica, { year: 2024, rejected: results });
 * [withRejected.replied, withRejected.rejected, withRejected.missing, withRejected.rows.find((r) => r.state === "KZ")?.rejected?.[0]?.rules]
 * //=> [1, 1, 26, ["field.date"]]
 *
 * @category Aggregates
 */
export function reportingRate(source: ReportSource, context: AggregateContext & { readonly registry: Registry }, options: ReportingRateOptions): ReportingRate {
  assertContext(context, "reportingRate");
  const registry = registryOf(context, "reportingRate");
  const { year, deadline, asOf, catalogue } = options;
  assertQueryYear(year, "reportingRate");
  assertOptionalDate(deadline, "reportingRate", "deadline");
  assertOptionalDate(asOf, "reportingRate", "asOf");
  assertKnownCatalogue(context, catalogue, "reportingRate");
  const summary = toReportSummary(source, asOf === undefined ? {} : { asOf });
  const refused = rejectedSubmissions(options.rejected, year, "reportingRate");

  const byState = new Map<string, SummaryRecord[]>();
  for (const record of summary.records) {
    if (record.year !== year || (catalogue !== undefined && record.catalogue !== catalogue)) continue;
    const list = byState.get(record.reporter);
    if (list) list.push(record);
    else byState.set(record.reporter, [record]);
  }

  const row = (state: string, status: ParticipantStatus, records: readonly SummaryRecord[] | undefined): ReplyRow => {
    const rejected = refused.byState.get(state);
    const withRejected = rejected ? { rejected } : {};
    if (!records || records.length === 0)
      return { state, status, reply: rejected ? "rejected" : "missing", late: false, entries: 0, catalogues: [], ...withRejected };
    const first = records.reduce((min, r) => (r.firstSubmittedOn < min ? r.firstSubmittedOn : min), records[0]!.firstSubmittedOn);
    const entries = records.reduce((sum, r) => sum + r.entries.length, 0);
    return {
      state,
      status,
      reply: records.every((r) => r.nil) ? "nil" : "report",
      late: deadline !== undefined && first > deadline,
      revision: Math.max(...records.map((r) => r.revision)),
      firstSubmittedOn: first,
      entries,
      catalogues: records.map((r) => r.catalogue),
      ...withRejected,
    };
  };

  const rows: ReplyRow[] = [];
  // The order of replyOrder: expected states in the registry's order, then the voluntary by code.
  for (const participant of registry.participants) {
    if (yearStanding(registry, participant.code, year).expected) rows.push(row(participant.code, "member", byState.get(participant.code)));
  }
  const expected = new Set(rows.map((r) => r.state));
  const voluntary: ReplyRow[] = [];
  const senders = [...new Set([...byState.keys(), ...refused.byState.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const state of senders) {
    if (expected.has(state)) continue;
    voluntary.push(row(state, yearStanding(registry, state, year).status, byState.get(state)));
  }

  const count = (test: (r: ReplyRow) => boolean) => rows.filter(test).length;
  const replied = count((r) => r.reply === "report" || r.reply === "nil");
  return {
    year,
    expected: rows.length,
    replied,
    reported: count((r) => r.reply === "report"),
    nil: count((r) => r.reply === "nil"),
    late: count((r) => r.late),
    rejected: count((r) => r.reply === "rejected"),
    missing: count((r) => r.reply === "missing"),
    rate: rows.length === 0 ? null : replied / rows.length,
    rows,
    voluntary,
    unidentified: refused.unidentified,
    ...notesOf(summary, year, year, catalogue),
  };
}
