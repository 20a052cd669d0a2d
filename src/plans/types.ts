import type { DimensionId } from "../dimensions/DIMENSIONS.js";

/**
 * When an event is planned: a day (`2025-05-14`), a month (`2025-05`) or a quarter (`2025-Q2`).
 * The plan of a year often names only the month or the quarter; a day is rare.
 *
 * @example
 * const planned: PlannedDate[] = ["2025-05-14", "2025-05", "2025-Q2"];
 *
 * @category Plans
 */
export type PlannedDate = string;

/**
 * What became of a planned event, where it is known: held (on these dates), postponed (to a day,
 * month or quarter if known), cancelled, or merged into another event of the plan. An event with
 * no outcome is not "not held": without a matching report activity, it is "no information".
 *
 * @example
 * const outcomes: PlanOutcome[] = [
 *   { status: "held", from: "2025-05-14", to: "2025-05-15" },
 *   { status: "postponed", to: "2025-09" },
 *   { status: "cancelled" },
 *   { status: "merged", into: "E07" },
 * ];
 *
 * @category Plans
 */
export type PlanOutcome =
  | {
      /** Held. */
      readonly status: "held";
      /** The first day it was held (`YYYY-MM-DD`). */
      readonly from: string;
      /** The last day, when it lasted more than one. */
      readonly to?: string;
    }
  | {
      /** Postponed. */
      readonly status: "postponed";
      /** To a day, a month or a quarter, where known. */
      readonly to?: PlannedDate;
    }
  | {
      /** Cancelled. */
      readonly status: "cancelled";
    }
  | {
      /** Merged into another event of the plan. */
      readonly status: "merged";
      /** The id of the event it was merged into. */
      readonly into: string;
    };

/**
 * The format of an event: in person, online, or both.
 *
 * @example
 * const format: PlanEventFormat = "hybrid";
 *
 * @category Plans
 */
export type PlanEventFormat = "offline" | "online" | "hybrid";

/**
 * One event of the annual plan: what (title, dimension, priority area and measure where known),
 * who (the states that proposed it, and the hosts), when (a day, a month or a quarter), where and
 * how, and its outcome where known.
 *
 * @example
 * const event: PlanEvent = {
 *   id: "E01",
 *   title: { en: "Seminar on food security", ru: "Семинар по продовольственной безопасности" },
 *   dimension: "economic",
 *   proposers: ["AZ"],
 *   planned: "2025-Q2",
 *   format: "online",
 * };
 *
 * @category Plans
 */
export interface PlanEvent {
  /** Unique in the plan, stable across its revisions. */
  readonly id: string;
  /** The title in English, and in Russian where the plan gives one. */
  readonly title: {
    /** In English. */
    readonly en: string;
    /** In Russian, where the plan gives one. */
    readonly ru?: string;
  };
  /** The dimension of the Catalogue the event implements. */
  readonly dimension: DimensionId;
  /** A priority-area id of the plan's catalogue, where known. */
  readonly priorityArea?: string;
  /** A measure id of the plan's catalogue, where known. */
  readonly measure?: string;
  /** The states that proposed the event (ISO alpha-2), the first being its primary proposer. */
  readonly proposers: readonly string[];
  /** The states that host it, where known. */
  readonly hosts?: readonly string[];
  /** When it is planned: a day, a month or a quarter of the plan's year. */
  readonly planned: PlannedDate;
  /** Where, as the plan writes it. */
  readonly venue?: string;
  /** In person, online or both. */
  readonly format?: PlanEventFormat;
  /** What became of it, where known. */
  readonly outcome?: PlanOutcome;
}

/**
 * The annual plan of CBM implementation events (`schema: "cica-cbm/plan@1"`), approved by the
 * Senior Officials Committee each December and amended by revisions during the year; every
 * revision is kept, as the ledger keeps a report's.
 *
 * @example
 * const plan: CbmPlan = {
 *   schema: "cica-cbm/plan@1",
 *   id: "CICA-PLAN-2025",
 *   year: 2025,
 *   catalogue: "cica@2021",
 *   revision: 1,
 *   approvedOn: "2024-12-04",
 *   events: [],
 * };
 *
 * @category Plans
 */
export interface CbmPlan {
  /** The format tag: `"cica-cbm/plan@1"`. */
  readonly schema: "cica-cbm/plan@1";
  /** Stable across revisions, e.g. `"CICA-PLAN-2025"`. */
  readonly id: string;
  /** The calendar year the plan covers. */
  readonly year: number;
  /** The catalogue version its measures and areas refer to, e.g. `"cica@2021"`. */
  readonly catalogue: string;
  /** 1 for the approved plan, then 2, 3 … for each amendment. */
  readonly revision: number;
  /** The SOC's approval, or the amendment's date (`YYYY-MM-DD`). */
  readonly approvedOn: string;
  /** The events, in the plan's order. */
  readonly events: readonly PlanEvent[];
  /** Kept verbatim; unknown top-level keys are an error. */
  readonly extensions?: { readonly [key: string]: unknown };
}
