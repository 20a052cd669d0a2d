// The types of a plan's execution (see planExecution).
import type { Localized } from "../common/types.js";
import type { DimensionId } from "../dimensions/DIMENSIONS.js";
import type { PlanEvent, PlanOutcome, PlannedDate } from "./types.js";

/**
 * What is known of one event of the plan, exactly one of:
 *
 * - `held`: the plan records it as held (its outcome);
 * - `held-by-reports`: no outcome is recorded, but report activities match it (the states' own
 *   reports confirm it);
 * - `postponed`, `cancelled`, `merged`: the plan records so;
 * - `no-information`: no outcome and no matching activity. This is not "not held": nothing says
 *   either way.
 *
 * @example
 * const state: EventState = "no-information";
 *
 * @category Plans
 */
export type EventState = "held" | "held-by-reports" | "postponed" | "cancelled" | "merged" | "no-information";

/**
 * Every {@link EventState}, in the order the totals list them.
 *
 * @example
 * EVENT_STATES.length
 * //=> 6
 *
 * @category Plans
 */
export const EVENT_STATES: readonly EventState[] = Object.freeze(["held", "held-by-reports", "postponed", "cancelled", "merged", "no-information"]);

/**
 * Events per {@link EventState}, and their sum (`events`): every event is counted once, so the six
 * counts always add up to `events`.
 *
 * @example
 * const counts: EventStateCounts = { events: 2, held: 1, "held-by-reports": 0, postponed: 0, cancelled: 0, merged: 0, "no-information": 1 };
 *
 * @category Plans
 */
export type EventStateCounts = {
  /** How many events: the sum of the six counts. */
  readonly events: number;
} & { readonly [TState in EventState]: number };

/**
 * One bucket of a breakdown of the totals: a dimension, a priority area, a proposer or a
 * coordinator, and the counts of its events.
 *
 * @example
 * const row: EventBreakdownRow | undefined = planExecution([], [], cica, { year: 2025 }).byDimension[0];
 *
 * @category Plans
 */
export interface EventBreakdownRow {
  /**
   * The dimension id, priority-area id or state code; `"(none)"` for events without a priority
   * area, `"unknown"` for events whose coordinator (or proposer) is not known.
   */
  readonly key: string;
  /** The dimension's or area's name, where the catalogue gives one. */
  readonly label?: Localized;
  /** Its events by state. */
  readonly counts: EventStateCounts;
}

/**
 * A report activity as the plan's execution shows it: who reported it, under which measure, and
 * the activity itself.
 *
 * @example
 * const activity: ReportedActivity = {
 *   reporter: "KZ", report: "KZ-2025", measure: "2.1.2", title: "Seminar", kind: "seminar",
 *   from: "2025-08-23", to: "2025-08-24", partners: [],
 * };
 *
 * @category Plans
 */
export interface ReportedActivity {
  /** The reporting state. */
  readonly reporter: string;
  /** The report's id. */
  readonly report: string;
  /** The measure it is reported under. */
  readonly measure: string;
  /** Its title. */
  readonly title: string;
  /** Its kind. */
  readonly kind: string;
  /** Its first day. */
  readonly from: string;
  /** Its last day (`from` when the report gives none). */
  readonly to: string;
  /** The partner states it names, sorted. */
  readonly partners: readonly string[];
  /** Its venue, where given. */
  readonly venue?: string;
}

/**
 * One event of the plan and what is known of it.
 *
 * @example
 * const event: EventExecution | undefined = planExecution([], [], cica, { year: 2025 }).events[0];
 *
 * @category Plans
 */
export interface EventExecution {
  /** The event's id. */
  readonly id: string;
  /** Its title. */
  readonly title: PlanEvent["title"];
  /** Its dimension. */
  readonly dimension: DimensionId;
  /** Its priority area: the plan's, else its measure's in the catalogue; absent when neither is known. */
  readonly priorityArea?: string;
  /** Its measure, where the plan gives one. */
  readonly measure?: string;
  /** When it was planned, as the plan writes it. */
  readonly planned: PlannedDate;
  /** Its primary proposer: the first listed; `"unknown"` when the plan lists none. */
  readonly proposer: string;
  /** The coordinator of its priority area on its date (see {@link planExecution}); `"unknown"` when none is known. */
  readonly coordinator: string;
  /** What is known of it. */
  readonly state: EventState;
  /** Its outcome, as the plan records it. */
  readonly outcome?: PlanOutcome | undefined;
  /**
   * The days report activities are matched against: the held dates; for a postponed event, the
   * days it was moved to; else the planned day, month or quarter. `null` where there are none (a
   * cancelled or merged event, a postponement to an unknown date, a date that is not one).
   */
  readonly window: {
    /** The first day. */
    readonly from: string;
    /** The last day. */
    readonly to: string;
  } | null;
  /** The report activities paired with it: at most one per reporting state, by reporter. */
  readonly activities: readonly ReportedActivity[];
}

/**
 * Two versions of one revision of a plan that differ: neither is counted.
 *
 * @example
 * const conflict: PlanConflict = { plan: "CICA-PLAN-2025", revision: 2, approvedOn: ["2025-03-01", "2025-03-02"] };
 *
 * @category Plans
 */
export interface PlanConflict {
  /** The plan's id. */
  readonly plan: string;
  /** The revision given twice. */
  readonly revision: number;
  /** The `approvedOn` of each differing version, sorted. */
  readonly approvedOn: readonly string[];
}

/**
 * Options of {@link planExecution}.
 *
 * @example
 * const options: PlanExecutionOptions = { year: 2025, asOf: "2025-12-31", dimension: "economic" };
 *
 * @category Plans
 */
export interface PlanExecutionOptions {
  /** The plan's year. */
  readonly year: number;
  /**
   * As a review on that day saw it (`YYYY-MM-DD`): only plan revisions approved and report
   * revisions submitted on or before it count. Everything counts when omitted.
   */
  readonly asOf?: string;
  /** The plan's id, when plans of several ids are given for the year. */
  readonly plan?: string;
  /** Only the events of this dimension, and only the unplanned activities under its measures. */
  readonly dimension?: DimensionId;
}

/**
 * A plan against what was held: {@link planExecution}'s answer.
 *
 * @example
 * const execution: PlanExecution = planExecution([], [], cica, { year: 2025 });
 *
 * @category Plans
 */
export interface PlanExecution {
  /** The year. */
  readonly year: number;
  /** The `asOf` given, if any. */
  readonly asOf?: string;
  /** The dimension the events were limited to, if any. */
  readonly dimension?: DimensionId;
  /** The plan revision taken (the highest approved by `asOf`); `null` when none is. */
  readonly plan: {
    /** The plan's id. */
    readonly id: string;
    /** The revision taken. */
    readonly revision: number;
    /** Its approval or amendment date. */
    readonly approvedOn: string;
    /** The catalogue version its measures and areas refer to. */
    readonly catalogue: string;
  } | null;
  /** Revisions given twice with different content: not counted. */
  readonly conflicts: readonly PlanConflict[];
  /** The events, in the plan's order. */
  readonly events: readonly EventExecution[];
  /** Events by state; the counts add up to the number of events. */
  readonly totals: EventStateCounts;
  /** By dimension, in catalogue order. */
  readonly byDimension: readonly EventBreakdownRow[];
  /** By priority area, in catalogue order, then `"(none)"`. */
  readonly byPriorityArea: readonly EventBreakdownRow[];
  /** By primary proposer (the first listed), by code, then `"unknown"`. */
  readonly byProposer: readonly EventBreakdownRow[];
  /** By the coordinator of the event's area on its date, by code, then `"unknown"`. */
  readonly byCoordinator: readonly EventBreakdownRow[];
  /** Activities reported for the year on the plan's catalogue version that match no event. */
  readonly unplanned: readonly ReportedActivity[];
}
