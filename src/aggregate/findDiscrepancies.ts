import { assertQueryYear } from "../dates/guards.js";
import { registryIndex } from "../participants/registryIndex.js";
import type { Ledger } from "../ledger/store.js";
import type { NationalReport, ReportActivity } from "../reports/schema.js";
import { assertContext, assertKnownCatalogue } from "./context.js";
import { iterateSource } from "./iterateSource.js";
import type { AggregateContext } from "./types.js";

/**
 * How one state's account of a joint activity compares with its partner's:
 *
 * - `confirmed`: the partner reports the same measure with this state as partner, on overlapping dates;
 * - `unconfirmed`: the partner sent a report for the year (or a nil report) but has no matching activity;
 * - `no-partner-report`: the partner sent no report for the year.
 *
 * @example
 * const status: DiscrepancyStatus = "unconfirmed";
 *
 * @category Aggregates
 */
export type DiscrepancyStatus = "confirmed" | "unconfirmed" | "no-partner-report";

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
}

/**
 * What {@link findDiscrepancies} returns.
 *
 * @example
 * const found: Discrepancies = findDiscrepancies([], cica, { year: 2025 });
 *
 * @category Aggregates
 */
export interface Discrepancies {
  /** The year. */
  readonly year: number;
  /** Confirmed pairs. */
  readonly confirmed: number;
  /** Accounts the partner's report does not confirm. */
  readonly unconfirmed: number;
  /** Accounts whose partner sent no report. */
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
  /** Only reports on this catalogue version (one the context holds); all versions when omitted. */
  readonly catalogue?: string;
}

interface Claim {
  readonly report: NationalReport;
  readonly measure: string;
  readonly partner: string;
  readonly activity: ActivitySide;
}

const side = (activity: ReportActivity): ActivitySide => ({
  title: activity.title,
  kind: activity.kind,
  from: activity.from,
  to: activity.to ?? activity.from,
});
const overlaps = (a: ActivitySide, b: ActivitySide) => a.from <= b.to && b.from <= a.to;
const byDate = (a: Claim, b: Claim) =>
  a.activity.from !== b.activity.from
    ? a.activity.from < b.activity.from
      ? -1
      : 1
    : a.activity.to !== b.activity.to
      ? a.activity.to < b.activity.to
        ? -1
        : 1
      : a.activity.title < b.activity.title
        ? -1
        : a.activity.title > b.activity.title
          ? 1
          : 0;

/**
 * Mirror checks between partner states, like the importer/exporter comparisons of the UN arms
 * register: when state A reports an activity under a measure with partner B, B's current report
 * for the year is searched for the same measure with partner A on overlapping dates. Pairs are
 * matched one to one, earliest first. Each account is classified `confirmed`, `unconfirmed` (B
 * reported, but not this) or `no-partner-report`.
 *
 * @param source - The reports: a ledger or an iterable of revisions (the highest revision of each
 *   report counts).
 * @param context - `cica`, or `{ registry?, catalogues? }`: with a registry, partners that are
 *   organisations (which send no national reports) are left out.
 * @param options - The year, and optionally a catalogue version.
 * @returns Counts and the side-by-side rows.
 * @throws {@link CbmError} `invalid-argument` for a year that is not an integer from 1 to 9999, an
 *   unknown catalogue or a source of another kind.
 *
 * @example
 * const base = { schema: "cica-cbm/report@1", catalogue: "cica@2021", year: 2025, revision: 1, submittedOn: "2026-03-01" } as const;
 * const kz = { ...base, id: "KZ-2025", reporter: "KZ", entries: [{ measure: "HUM.4", status: "implemented",
 *   activities: [{ title: "Student exchange", kind: "exchange", from: "2025-09-01", to: "2025-09-30", partners: ["UZ"] }] }] };
 * const uz = { ...base, id: "UZ-2025", reporter: "UZ", entries: [{ measure: "HUM.4", status: "implemented",
 *   activities: [{ title: "Exchange of students", kind: "exchange", from: "2025-09-15", partners: ["KZ"] }] }] };
 * findDiscrepancies([kz, uz], cica, { year: 2025 }).rows.map((r) => r.status)
 * //=> ["confirmed"]
 *
 * @category Aggregates
 */
export function findDiscrepancies(source: Ledger | Iterable<NationalReport>, context: AggregateContext, options: DiscrepancyOptions): Discrepancies {
  assertContext(context, "findDiscrepancies");
  const { year, catalogue } = options;
  const { registry } = context;
  assertQueryYear(year, "findDiscrepancies");
  assertKnownCatalogue(context, catalogue, "findDiscrepancies");
  const current = new Map<string, NationalReport>();
  for (const report of iterateSource(source)) {
    if (report.year !== year || (catalogue !== undefined && report.catalogue !== catalogue)) continue;
    const key = `${report.reporter}\u0000${report.catalogue}`;
    const held = current.get(key);
    if (!held || report.revision > held.revision || (report.revision === held.revision && report.submittedOn > held.submittedOn)) current.set(key, report);
  }
  const byCode = registry ? registryIndex(registry).byCode : undefined;

  // Claims by (catalogue, measure, reporter, partner).
  const claims = new Map<string, Claim[]>();
  for (const report of current.values()) {
    for (const entry of report.entries) {
      for (const activity of entry.activities ?? []) {
        for (const partner of new Set(activity.partners ?? [])) {
          if (partner === report.reporter) continue;
          if (byCode && byCode.get(partner)?.kind === "organisation") continue;
          const key = `${report.catalogue}\u0000${entry.measure}\u0000${report.reporter}\u0000${partner}`;
          const list = claims.get(key);
          const claim = { report, measure: entry.measure, partner, activity: side(activity) };
          if (list) list.push(claim);
          else claims.set(key, [claim]);
        }
      }
    }
  }

  const rows: DiscrepancyRow[] = [];
  const done = new Set<string>();
  for (const [key, mine] of claims) {
    if (done.has(key)) continue;
    const [cat, measure, reporter, partner] = key.split("\u0000") as [string, string, string, string];
    const mirrorKey = `${cat}\u0000${measure}\u0000${partner}\u0000${reporter}`;
    const theirs = claims.get(mirrorKey) ?? [];
    done.add(key);
    done.add(mirrorKey);
    const partnerReport = current.get(`${partner}\u0000${cat}`);
    const reporterReport = current.get(`${reporter}\u0000${cat}`);
    const left = [...mine].sort(byDate);
    const right = [...theirs].sort(byDate);
    const used = new Set<number>();
    const unmatchedRight = new Set(right.map((_, i) => i));
    for (const claim of left) {
      const match = right.findIndex((other, i) => !used.has(i) && overlaps(claim.activity, other.activity));
      if (match >= 0) {
        used.add(match);
        unmatchedRight.delete(match);
        const other = right[match]!;
        const [first, second] = reporter < partner ? [claim, other] : [other, claim];
        rows.push({
          catalogue: cat,
          measure,
          reporter: first.report.reporter,
          partner: second.report.reporter,
          status: "confirmed",
          activity: first.activity,
          partnerActivity: second.activity,
        });
      } else {
        rows.push(unmatched(cat, measure, reporter, partner, claim.activity, partnerReport));
      }
    }
    for (const i of unmatchedRight) rows.push(unmatched(cat, measure, partner, reporter, right[i]!.activity, reporterReport));
  }
  rows.sort((a, b) =>
    a.catalogue !== b.catalogue
      ? a.catalogue < b.catalogue
        ? -1
        : 1
      : a.measure !== b.measure
        ? a.measure < b.measure
          ? -1
          : 1
        : a.reporter !== b.reporter
          ? a.reporter < b.reporter
            ? -1
            : 1
          : a.partner !== b.partner
            ? a.partner < b.partner
              ? -1
              : 1
            : a.activity.from !== b.activity.from
              ? a.activity.from < b.activity.from
                ? -1
                : 1
              : compareText(JSON.stringify(a), JSON.stringify(b)),
  );
  const count = (status: DiscrepancyStatus) => rows.filter((r) => r.status === status).length;
  return { year, confirmed: count("confirmed"), unconfirmed: count("unconfirmed"), noPartnerReport: count("no-partner-report"), rows };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function unmatched(
  catalogue: string,
  measure: string,
  reporter: string,
  partner: string,
  activity: ActivitySide,
  partnerReport: NationalReport | undefined,
): DiscrepancyRow {
  if (!partnerReport) return { catalogue, measure, reporter, partner, status: "no-partner-report", activity };
  return { catalogue, measure, reporter, partner, status: "unconfirmed", activity, ...(partnerReport.nil === true ? { partnerNil: true } : {}) };
}
