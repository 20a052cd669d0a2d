import { assertQueryYear } from "../dates/guards.js";
import { registryIndex } from "../participants/registryIndex.js";
import type { Ledger } from "../ledger/store.js";
import type { NationalReport, ReportActivity } from "../reports/schema.js";
import { assertContext, assertKnownCatalogue } from "./context.js";
import { compareSide, compareText, pairAccounts } from "./pairAccounts.js";
import { compareNotes, settledReports } from "./revisionSlots.js";
import type { AggregateContext, BackdatedRevision, RevisionConflict } from "./types.js";

export type { ActivitySide, Discrepancies, DiscrepancyOptions, DiscrepancyRow, DiscrepancyStatus } from "./discrepancyTypes.js";
import type { ActivitySide, Discrepancies, DiscrepancyOptions, DiscrepancyRow, DiscrepancyStatus } from "./discrepancyTypes.js";

const side = (activity: ReportActivity): ActivitySide => ({
  title: activity.title,
  kind: activity.kind,
  from: activity.from,
  to: activity.to ?? activity.from,
});

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
 *   report counts; a revision submitted twice with different content does not, and is listed in
 *   `conflicts`, so a partner whose only revision is in conflict sent no report that counts).
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
  // Each report of the year settled (its revisions, the one that counts); then the counted ones.
  const current = new Map<string, NationalReport>();
  // Catalogue versions each state reported under for the year, whatever `catalogue` keeps.
  const sentUnder = new Map<string, Set<string>>();
  const conflicts: RevisionConflict[] = [];
  const backdated: BackdatedRevision[] = [];
  for (const { reporter, catalogue: version, settled } of settledReports(source, year, undefined)) {
    if (catalogue === undefined || version === catalogue) {
      conflicts.push(...settled.conflicts);
      backdated.push(...settled.backdated);
    }
    // What a state sent under a version counts as sent, even a revision in conflict.
    const under = sentUnder.get(reporter);
    if (under) under.add(version);
    else sentUnder.set(reporter, new Set([version]));
    if (!settled.counted) continue;
    if (catalogue !== undefined && version !== catalogue) continue;
    current.set(`${reporter}\u0000${version}`, settled.counted.value!);
  }
  const byCode = registry ? registryIndex(registry).byCode : undefined;

  // Each state's accounts of its activities with a partner, by (catalogue, measure, reporter, partner).
  const claims = new Map<string, ActivitySide[]>();
  for (const report of current.values()) {
    for (const entry of report.entries) {
      for (const activity of entry.activities ?? []) {
        for (const partner of new Set(activity.partners ?? [])) {
          if (partner === report.reporter) continue;
          if (byCode && byCode.get(partner)?.kind === "organisation") continue;
          const key = `${report.catalogue}\u0000${entry.measure}\u0000${report.reporter}\u0000${partner}`;
          const list = claims.get(key);
          if (list) list.push(side(activity));
          else claims.set(key, [side(activity)]);
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
    const left = [...low].sort(compareSide);
    const right = [...high].sort(compareSide);
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
  return {
    year,
    ...statusCounts(rows),
    rows,
    conflicts: conflicts.sort(compareNotes),
    backdated: backdated.sort(compareNotes),
  };
}

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

/** How many rows have each status: the counts of {@link Discrepancies}, for any selection of its rows. @internal */
export function statusCounts(rows: readonly DiscrepancyRow[]): Pick<Discrepancies, "confirmed" | "unconfirmed" | "partnerOtherCatalogue" | "noPartnerReport"> {
  const count = (status: DiscrepancyStatus) => rows.filter((r) => r.status === status).length;
  return {
    confirmed: count("confirmed"),
    unconfirmed: count("unconfirmed"),
    partnerOtherCatalogue: count("partner-other-catalogue"),
    noPartnerReport: count("no-partner-report"),
  };
}
