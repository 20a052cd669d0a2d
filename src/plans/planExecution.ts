import { assertContext, cataloguesOf } from "../aggregate/context.js";
import { compareSide, compareText, overlaps, pairAccounts } from "../aggregate/pairAccounts.js";
import type { AggregateContext } from "../aggregate/types.js";
import type { Catalogue } from "../catalogue/types.js";
import { assertOptionalDate, assertQueryYear } from "../dates/guards.js";
import { DIMENSIONS } from "../dimensions/DIMENSIONS.js";
import { CbmError } from "../errors/CbmError.js";
import type { Ledger } from "../ledger/store.js";
import type { NationalReport } from "../reports/schema.js";
import { coordinatorOf } from "./coordinatorOf.js";
import type {
  EventBreakdownRow,
  EventExecution,
  EventState,
  EventStateCounts,
  PlanExecution,
  PlanExecutionOptions,
  ReportedActivity,
} from "./executionTypes.js";
import { type DayRange, heldRange, plannedPeriod } from "./plannedPeriod.js";
import { currentOf, revisionsOf } from "./reportsOf.js";
import { selectPlan } from "./selectPlan.js";
import type { CbmPlan, PlanEvent } from "./types.js";

/** An event as the pairing reads it: its window as dates, its title, its format as kind. */
interface EventAccount {
  readonly from: string;
  readonly to: string;
  readonly title: string;
  readonly kind: string;
  readonly index: number;
  readonly id: string;
  readonly measure: string | undefined;
  readonly area: string | undefined;
  readonly people: ReadonlySet<string>;
}

/** A report activity as the pairing reads it. */
interface ActivityAccount extends ReportedActivity {
  readonly area: string | undefined;
  readonly dimension: string | undefined;
}

/** The outcomes a plan records; anything else (a plan not validated) is read as no outcome. */
const RECORDED = new Set<string>(["held", "postponed", "cancelled", "merged"]);
const DIMENSION_IDS = new Set<string>(DIMENSIONS.map((d) => d.id));

function compareActivities(a: ReportedActivity, b: ReportedActivity): number {
  return (
    compareText(a.reporter, b.reporter) ||
    compareSide(a, b) ||
    compareText(a.measure, b.measure) ||
    compareText(a.partners.join(","), b.partners.join(",")) ||
    compareText(a.venue ?? "", b.venue ?? "") ||
    compareText(a.report, b.report)
  );
}

function emptyCounts(): { events: number } & Record<EventState, number> {
  return { events: 0, held: 0, "held-by-reports": 0, postponed: 0, cancelled: 0, merged: 0, "no-information": 0 };
}

/** The days an event's outcome or plan puts it on, for matching activities. */
function windowOf(event: PlanEvent): DayRange | undefined {
  const outcome = event.outcome;
  if (outcome === undefined || !RECORDED.has(outcome.status)) return plannedPeriod(event.planned);
  if (outcome.status === "held") return heldRange(outcome.from, outcome.to);
  if (outcome.status === "postponed") return plannedPeriod(outcome.to);
  return undefined;
}

/**
 * A plan against what was held: each event's state, the report activities that confirm it, totals
 * by state broken down by dimension, priority area, primary proposer and coordinator, and the
 * activities reported for the year that no event matches (unplanned).
 *
 * **The plan.** Given one plan or a list of revisions (of one plan or several), the plan of
 * `options.year` is taken as the ledger takes a report: per plan id, the highest revision approved
 * on or before `asOf` (any, when omitted). The same id and revision given twice with the same
 * content counts once; with different content it is listed in `conflicts` and neither version
 * counts. Validate plans first (`validatePlan`): a date that is not one matches nothing.
 *
 * **Each event's state**, exactly one of: `held` (the plan records it), `postponed`, `cancelled`,
 * `merged` (likewise), `held-by-reports` (no outcome recorded, but report activities match it) or
 * `no-information` (neither). "No information" is not "not held", and the totals keep it apart.
 *
 * **Matching.** A report activity (the current revision of each report for the year, on the
 * plan's catalogue version) matches an event when all three hold: it is under the event's measure
 * or under a measure of the event's priority area (the plan's, else its measure's; an event with
 * neither matches no activity); the reporter or one of its partners is among the event's proposers
 * and hosts; and its dates overlap the event's window: the held dates, the days a postponed event
 * was moved to, else the planned day, month (its first to its last day) or quarter. Cancelled and
 * merged events match nothing. Each state's activities are paired one to one with the events, as
 * the mirror check pairs two states' accounts ({@link findDiscrepancies}): the most pairs, then the
 * least date distance, then a fixed order (events by id, activities by date and title); so an
 * event can be confirmed by several states' reports, once by each. Activities paired with no event
 * are `unplanned`.
 *
 * **Attribution.** The primary proposer is the first listed. The coordinator is the state that
 * held the `coordinator` role (not a co-coordinator) of the event's priority area on the event's
 * date (the first held day, else the first day of its window or of the planned date) in
 * `context.registry`: a term counts from its `from` up to, not including, its `until`; a role
 * known only from a dated source (`attested`) is taken to serve for the **whole calendar year of
 * that date** and no longer. With no such state, or several, the event goes to the `"unknown"`
 * bucket. Each breakdown adds up to the totals.
 *
 * The answer does not depend on the order of the plans, the events' ids' order or the reports.
 *
 * @param plan - A plan, or a list of plan revisions (`cica-cbm/plan@1`).
 * @param source - The reports: a ledger or an iterable of revisions (a summary holds no activities
 *   and is refused).
 * @param context - `cica`, or `{ catalogues, registry }`: the catalogue gives measures' areas and
 *   dimensions, the registry the coordinators (without it every coordinator is unknown).
 * @param options - The year, and optionally `asOf`, `plan` (an id, when several are given) and
 *   `dimension` (only its events and its unplanned activities).
 * @returns The events with their states, the totals and breakdowns, conflicts and unplanned activities.
 * @throws {@link CbmError} `invalid-argument` for a year that is not an integer from 1 to 9999, a
 *   context that is not an object, an unknown dimension, a summary as the source, or plans of
 *   several ids without `options.plan`; `invalid-date` for an `asOf` that is not a real date.
 *
 * @example
 * const plan = {
 *   schema: "cica-cbm/plan@1", id: "PLAN-2025", year: 2025, catalogue: "cica@2021", revision: 1, approvedOn: "2024-12-04",
 *   events: [
 *     { id: "E01", title: { en: "Seminar on military-political CBMs" }, dimension: "military-political", priorityArea: "mp-general",
 *       proposers: ["KZ"], planned: "2025-08" },
 *     { id: "E02", title: { en: "Tourism forum" }, dimension: "economic", priorityArea: "eco-tourism", proposers: ["TJ"], planned: "2025-Q3" },
 *   ],
 * } as const;
 * const kz = {
 *   schema: "cica-cbm/report@1", id: "KZ-2025", reporter: "KZ", catalogue: "cica@2021", year: 2025, revision: 1,
 *   submittedOn: "2026-02-01",
 *   entries: [{ measure: "2.1.2", status: "implemented", activities: [{ title: "MP seminar", kind: "seminar", from: "2025-08-23" }] }],
 * } as const;
 * const execution = planExecution(plan, [kz], cica, { year: 2025 });
 * execution.events.map((e) => `${e.id} ${e.state}`)
 * //=> ["E01 held-by-reports", "E02 no-information"]
 * const { totals } = execution;
 * [totals.events, totals["held-by-reports"], totals["no-information"]]
 * //=> [2, 1, 1]
 *
 * @category Plans
 */
export function planExecution(
  plan: CbmPlan | readonly CbmPlan[],
  source: Ledger | Iterable<NationalReport>,
  context: AggregateContext,
  options: PlanExecutionOptions,
): PlanExecution {
  const fn = "planExecution";
  assertContext(context, fn, { place: "as the third argument", call: `${fn}(plan, reports, cica, options)` });
  if (typeof options !== "object" || options === null) throw new CbmError("invalid-argument", `${fn}: pass options with the plan's year, e.g. { year: 2025 }.`);
  const { year, asOf, dimension } = options;
  assertQueryYear(year, fn);
  assertOptionalDate(asOf, fn, "asOf");
  if (dimension !== undefined && !DIMENSION_IDS.has(dimension)) {
    throw new CbmError("invalid-argument", `${fn}: options.dimension must be one of ${[...DIMENSION_IDS].join(", ")} (got ${JSON.stringify(dimension)}).`);
  }
  const { plan: taken, conflicts } = selectPlan(plan, year, asOf, options.plan, fn);
  const revisions = revisionsOf(source, fn);
  const catalogueRef = taken?.catalogue;
  const catalogue: Catalogue | undefined = cataloguesOf(context).find((c) => c.ref === catalogueRef);
  const measureOf = new Map((catalogue?.measures ?? []).map((m) => [m.id, m]));
  const areaOfMeasure = (measure: string | undefined) => (measure === undefined ? undefined : measureOf.get(measure)?.priorityArea);

  // Every activity reported for the year on the plan's catalogue version, by reporter.
  const byReporter = new Map<string, ActivityAccount[]>();
  for (const report of currentOf(revisions, year, asOf)) {
    if (catalogueRef !== undefined && report.catalogue !== catalogueRef) continue;
    for (const entry of report.entries) {
      for (const activity of entry.activities ?? []) {
        const account: ActivityAccount = {
          reporter: report.reporter,
          report: report.id,
          measure: entry.measure,
          title: activity.title,
          kind: activity.kind,
          from: activity.from,
          to: activity.to ?? activity.from,
          partners: [...new Set(activity.partners ?? [])].sort(compareText),
          ...(activity.venue !== undefined ? { venue: activity.venue } : {}),
          area: areaOfMeasure(entry.measure),
          dimension: measureOf.get(entry.measure)?.dimension,
        };
        const list = byReporter.get(report.reporter);
        if (list) list.push(account);
        else byReporter.set(report.reporter, [account]);
      }
    }
  }

  const planEvents = (taken?.events ?? []).filter((event) => dimension === undefined || event.dimension === dimension);
  // Events that can take activities, by id (then plan position, for a plan with a duplicate id).
  const accounts: EventAccount[] = [];
  planEvents.forEach((event, index) => {
    const window = windowOf(event);
    if (!window) return;
    const area = event.priorityArea ?? areaOfMeasure(event.measure);
    accounts.push({
      ...window,
      title: event.title?.en ?? "",
      kind: event.format ?? "",
      index,
      id: event.id,
      measure: event.measure,
      area,
      people: new Set([...(event.proposers ?? []), ...(event.hosts ?? [])]),
    });
  });
  // A stable sort: events of one id stay in plan order.
  accounts.sort((a, b) => compareText(a.id, b.id));
  const compatible = (event: EventAccount, activity: ActivityAccount) =>
    ((event.measure !== undefined && activity.measure === event.measure) || (event.area !== undefined && activity.area === event.area)) &&
    (event.people.has(activity.reporter) || activity.partners.some((p) => event.people.has(p))) &&
    overlaps(event, activity);

  const matched = planEvents.map((): ReportedActivity[] => []);
  const unplanned: ReportedActivity[] = [];
  for (const reporter of [...byReporter.keys()].sort(compareText)) {
    const activities = byReporter.get(reporter)!.sort(compareActivities);
    const left = accounts.filter((e) => activities.some((a) => compatible(e, a)));
    const right = activities.filter((a) => left.some((e) => compatible(e, a)));
    const pairOf = pairAccounts(left, right, compatible);
    const paired = new Set<ActivityAccount>();
    left.forEach((event, i) => {
      const activity = right[pairOf[i]!];
      if (!activity) return;
      paired.add(activity);
      matched[event.index]!.push(shown(activity));
    });
    for (const activity of activities) {
      if (paired.has(activity)) continue;
      if (dimension !== undefined && activity.dimension !== dimension) continue;
      unplanned.push(shown(activity));
    }
  }

  const events: EventExecution[] = planEvents.map((event, index) => {
    const window = windowOf(event);
    const activities = matched[index]!;
    const recorded = event.outcome?.status;
    const state: EventState = recorded !== undefined && RECORDED.has(recorded) ? recorded : activities.length > 0 ? "held-by-reports" : "no-information";
    const area = event.priorityArea ?? areaOfMeasure(event.measure);
    // The first held day, else the first day of its window, else of its planned date: a held event
    // whose day cannot be read (a plan not validated) is dated as planned, as the TSDoc says.
    const date = window?.from ?? plannedPeriod(event.planned)?.from;
    return {
      id: event.id,
      title: event.title,
      dimension: event.dimension,
      ...(area !== undefined ? { priorityArea: area } : {}),
      ...(event.measure !== undefined ? { measure: event.measure } : {}),
      planned: event.planned,
      proposer: event.proposers?.[0] ?? "unknown",
      coordinator: coordinatorOf(context.registry, area, date),
      state,
      ...(event.outcome !== undefined ? { outcome: event.outcome } : {}),
      window: window ?? null,
      activities,
    };
  });

  const dimensionOrder = (catalogue?.dimensions ?? DIMENSIONS).map((d) => d.id);
  const areaOrder = (catalogue?.priorityAreas ?? []).map((a) => a.id);
  const rank = (order: readonly string[], key: string) => {
    const i = order.indexOf(key);
    return i < 0 ? order.length : i;
  };
  const lastly = (special: string) => (a: string, b: string) => (a === special ? 1 : 0) - (b === special ? 1 : 0) || compareText(a, b);
  return {
    year,
    ...(asOf !== undefined ? { asOf } : {}),
    ...(dimension !== undefined ? { dimension } : {}),
    plan: taken ? { id: taken.id, revision: taken.revision, approvedOn: taken.approvedOn, catalogue: taken.catalogue } : null,
    conflicts,
    events,
    totals: countStates(events),
    byDimension: breakdown(
      events,
      (e) => e.dimension,
      (a, b) => rank(dimensionOrder, a) - rank(dimensionOrder, b) || compareText(a, b),
      (key) => {
        const d = catalogue?.dimensions.find((x) => x.id === key) ?? DIMENSIONS.find((x) => x.id === key);
        return d ? { en: d.en, ...(d.ru !== undefined ? { ru: d.ru } : {}) } : undefined;
      },
    ),
    byPriorityArea: breakdown(
      events,
      (e) => e.priorityArea ?? "(none)",
      (a, b) => (a === "(none)" ? 1 : 0) - (b === "(none)" ? 1 : 0) || rank(areaOrder, a) - rank(areaOrder, b) || compareText(a, b),
      (key) => catalogue?.priorityAreas.find((x) => x.id === key)?.title,
    ),
    byProposer: breakdown(events, (e) => e.proposer, lastly("unknown")),
    byCoordinator: breakdown(events, (e) => e.coordinator, lastly("unknown")),
    // Already in order: by reporter, each one's activities sorted.
    unplanned,
  };
}

function shown(activity: ActivityAccount): ReportedActivity {
  const { area: _area, dimension: _dimension, ...rest } = activity;
  return rest;
}

function countStates(events: readonly EventExecution[]): EventStateCounts {
  const counts = emptyCounts();
  for (const event of events) {
    counts.events++;
    counts[event.state]++;
  }
  return counts;
}

function breakdown(
  events: readonly EventExecution[],
  keyOf: (event: EventExecution) => string,
  order: (a: string, b: string) => number,
  labelOf: (key: string) => EventBreakdownRow["label"] = () => undefined,
): EventBreakdownRow[] {
  const groups = new Map<string, EventExecution[]>();
  for (const event of events) {
    const key = keyOf(event);
    const list = groups.get(key);
    if (list) list.push(event);
    else groups.set(key, [event]);
  }
  return [...groups.keys()].sort(order).map((key) => {
    const label = labelOf(key);
    return { key, ...(label !== undefined ? { label } : {}), counts: countStates(groups.get(key)!) };
  });
}
