import type { Sourced, Confidence } from "../common/types.js";
import type { PartialDate } from "../dates/PartialDate.js";

// Chairs' and coordinators' terms (types.ts re-exports them).

/**
 * A chairmanship term. A term runs from `from` up to, not including, `until` (the day the next
 * chair takes over); a term without `until` is open.
 *
 * @example
 * const term: ChairTerm = { state: "TJ", from: "2018-09-24", until: "2020-09-24" };
 *
 * @category Participants
 */
export interface ChairTerm extends Partial<Sourced> {
  /** The chairing state's code. */
  readonly state: string;
  /** The first day of the term. */
  readonly from: PartialDate;
  /** The day the term ended (the next chair's first day), if it has ended or its end is set. */
  readonly until?: PartialDate;
}

/**
 * The role a state holds in a priority area.
 *
 * @example
 * const role: CoordinatorRole = "co-coordinator";
 *
 * @category Participants
 */
export type CoordinatorRole = "coordinator" | "co-coordinator";

/**
 * A state's coordinating role in a priority area. Where the source gives a term, `from`/`until`
 * bound it (`until` excluded); where it only shows the role on a date, `attested` holds that date
 * and the assignment is known to hold on it alone.
 *
 * @example
 * const ict: CoordinatorAssignment = {
 *   area: "nct-ict",
 *   state: "RU",
 *   role: "coordinator",
 *   from: "2024-01-01",
 *   until: "2026-01-01",
 *   sources: ["PR-1782"],
 *   confidence: "confirmed",
 * };
 *
 * @category Participants
 */
export interface CoordinatorAssignment extends Partial<Sourced> {
  /** The priority area's id. */
  readonly area: string;
  /** The state's code. */
  readonly state: string;
  /** Coordinator or co-coordinator. */
  readonly role: CoordinatorRole;
  /** How sure the sources make the role itself, where they disagree on it. */
  readonly roleConfidence?: Confidence;
  /** The first day of the term, where known. */
  readonly from?: PartialDate;
  /** The day after the term's last day, where known. */
  readonly until?: PartialDate;
  /** The date of the evidence, where no term is known. */
  readonly attested?: PartialDate;
}
