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
export interface Discrepancies {
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

/**
 * Mirror checks between partner states, like the importer/exporter comparisons of the UN arms
 * register: when state A reports an activity under a measure with partner B, B's current report
 * for the year is searched for the same measure with partner A on dates that overlap (a shared day
 * counts). Accounts are paired one to one, optimally: the most confirmed pairs; among those, the
 * least total date distance (|start − start| + |end − end| in days, summed over the pairs); then,
 * taking A's accounts by start date, end date and title (A the state with the lower code), each is
 * paired with B's earliest account (by start date, end date, title) that still allows the rest. The
 * result does not depend on the order of the input. Each account is classified `confirmed`,
 * `unconfirmed` (B reported, but not this), `partner-other-catalogue` (B reported only under another
 * catalogue version) or `no-partner-report`.
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
  // Catalogue versions each state reported under for the year, whatever `catalogue` keeps.
  const sentUnder = new Map<string, Set<string>>();
  for (const report of iterateSource(source)) {
    if (report.year !== year) continue;
    const under = sentUnder.get(report.reporter);
    if (under) under.add(report.catalogue);
    else sentUnder.set(report.reporter, new Set([report.catalogue]));
    if (catalogue !== undefined && report.catalogue !== catalogue) continue;
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
  const partnerSent = (partner: string, cat: string) => ({
    report: current.get(`${partner}\u0000${cat}`),
    under: [...(sentUnder.get(partner) ?? [])].filter((c) => c !== cat).sort(compareText),
  });
  for (const [key, mine] of claims) {
    if (done.has(key)) continue;
    const [cat, measure, reporter, partner] = key.split("\u0000") as [string, string, string, string];
    const mirrorKey = `${cat}\u0000${measure}\u0000${partner}\u0000${reporter}`;
    const theirs = claims.get(mirrorKey) ?? [];
    done.add(key);
    done.add(mirrorKey);
    // The state with the lower code is the left side, so the pairing is the same from either side.
    const [lowCode, highCode, low, high] = reporter < partner ? [reporter, partner, mine, theirs] : [partner, reporter, theirs, mine];
    const left = low.map((c) => c.activity).sort(compareSide);
    const right = high.map((c) => c.activity).sort(compareSide);
    const pairOf = pairAccounts(left, right);
    const paired = new Set<number>();
    left.forEach((activity, i) => {
      const j = pairOf[i]!;
      if (j < 0) {
        rows.push(unmatched(cat, measure, lowCode, highCode, activity, partnerSent(highCode, cat)));
        return;
      }
      paired.add(j);
      rows.push({ catalogue: cat, measure, reporter: lowCode, partner: highCode, status: "confirmed", activity, partnerActivity: right[j]! });
    });
    right.forEach((activity, j) => {
      if (!paired.has(j)) rows.push(unmatched(cat, measure, highCode, lowCode, activity, partnerSent(lowCode, cat)));
    });
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
  return {
    year,
    confirmed: count("confirmed"),
    unconfirmed: count("unconfirmed"),
    partnerOtherCatalogue: count("partner-other-catalogue"),
    noPartnerReport: count("no-partner-report"),
    rows,
  };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function unmatched(
  catalogue: string,
  measure: string,
  reporter: string,
  partner: string,
  activity: ActivitySide,
  sent: { readonly report: NationalReport | undefined; readonly under: readonly string[] },
): DiscrepancyRow {
  const { report, under } = sent;
  if (report) return { catalogue, measure, reporter, partner, status: "unconfirmed", activity, ...(report.nil === true ? { partnerNil: true } : {}) };
  if (under.length > 0) return { catalogue, measure, reporter, partner, status: "partner-other-catalogue", activity, partnerCatalogues: under };
  return { catalogue, measure, reporter, partner, status: "no-partner-report", activity };
}

/** Accounts in a fixed order: start date, end date, title, kind. */
function compareSide(a: ActivitySide, b: ActivitySide): number {
  return compareText(a.from, b.from) || compareText(a.to, b.to) || compareText(a.title, b.title) || compareText(a.kind, b.kind);
}

const DAY = 86_400_000;
const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY;
/** |start − start| + |end − end|, in days. */
const distance = (a: ActivitySide, b: ActivitySide) => Math.abs(dayNumber(a.from) - dayNumber(b.from)) + Math.abs(dayNumber(a.to) - dayNumber(b.to));

/**
 * The optimal one-to-one pairing of two sorted lists of accounts: for each left account, the index
 * of its right partner, or -1. One cost per pair folds the three criteria into exact integers
 * (bigint, so no rounding decides a tie): a bonus for each pair larger than any difference the
 * other terms can make (the most pairs first), then the date distance, weighted above a tie-break
 * term that makes the vector of partner indices, read in left order, lexicographically smallest
 * (an unpaired left account counting as after every right one). That vector tells matchings
 * apart, so the optimum is unique and any exact solver finds the same one: here the Hungarian
 * method on the square matrix padded with unpaired slots of cost 0, O(k³) for k accounts.
 */
function pairAccounts(left: readonly ActivitySide[], right: readonly ActivitySide[]): number[] {
  const m = left.length;
  const n = right.length;
  const pairOf = new Array<number>(m).fill(-1);
  if (m === 0 || n === 0) return pairOf;
  const base = BigInt(n + 1);
  const weight = base ** BigInt(m); // exceeds any difference of the tie-break term
  const size = Math.max(m, n);
  let farthest = 0;
  for (const a of left) for (const b of right) if (overlaps(a, b)) farthest = Math.max(farthest, distance(a, b));
  const bonus = BigInt(size) * weight * BigInt(farthest + 1); // exceeds any difference of distance and tie-break
  const cost: bigint[][] = Array.from({ length: size }, (_, i) =>
    Array.from({ length: size }, (_, j) => {
      const a = left[i];
      const b = right[j];
      if (!a || !b || !overlaps(a, b)) return 0n;
      return BigInt(distance(a, b)) * weight + BigInt(j - n) * base ** BigInt(m - 1 - i) - bonus;
    }),
  );
  // Hungarian method with potentials (rows 1..size, columns 1..size; column 0 is the free slot).
  const u = new Array<bigint>(size + 1).fill(0n);
  const v = new Array<bigint>(size + 1).fill(0n);
  const rowOf = new Array<number>(size + 1).fill(0);
  const way = new Array<number>(size + 1).fill(0);
  for (let row = 1; row <= size; row++) {
    rowOf[0] = row;
    let column = 0;
    const least: (bigint | undefined)[] = new Array(size + 1).fill(undefined);
    const used = new Array<boolean>(size + 1).fill(false);
    do {
      used[column] = true;
      const i = rowOf[column]!;
      let delta: bigint | undefined;
      let next = 0;
      for (let j = 1; j <= size; j++) {
        if (used[j]) continue;
        const reduced = cost[i - 1]![j - 1]! - u[i]! - v[j]!;
        const held = least[j];
        if (held === undefined || reduced < held) {
          least[j] = reduced;
          way[j] = column;
        }
        const l = least[j]!;
        if (delta === undefined || l < delta) {
          delta = l;
          next = j;
        }
      }
      const step = delta ?? 0n;
      for (let j = 0; j <= size; j++) {
        if (used[j]) {
          u[rowOf[j]!] = u[rowOf[j]!]! + step;
          v[j] = v[j]! - step;
        } else least[j] = least[j]! - step;
      }
      column = next;
    } while (rowOf[column] !== 0);
    do {
      const previous = way[column]!;
      rowOf[column] = rowOf[previous]!;
      column = previous;
    } while (column !== 0);
  }
  for (let j = 1; j <= size; j++) {
    const i = rowOf[j]! - 1;
    const a = left[i];
    const b = right[j - 1];
    if (a && b && overlaps(a, b)) pairOf[i] = j - 1;
  }
  return pairOf;
}
