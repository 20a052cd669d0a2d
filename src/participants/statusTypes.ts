import type { Sourced } from "../common/types.js";
import type { PartialDate } from "../dates/PartialDate.js";

// A participant's status and its dated changes (types.ts re-exports them).

/**
 * A participant's status in CICA on a date: `member`, `observer`, or `none` (not a participant on
 * that date: before joining, or after leaving).
 *
 * @example
 * const status: ParticipantStatus = statusOn(cica.registry, "TH", "2004-10-22") ?? "none";
 *
 * @category Participants
 */
export type ParticipantStatus = "member" | "observer" | "none";

/**
 * How the date of a status change is known:
 *
 * - `decision`: the date of the decision or admission that made the change;
 * - `first-attested`: the start is unknown, so the change is dated by the earliest source that
 *   shows the new status;
 * - `after-last-attested`: the end is unknown, so the change is dated just after the last source
 *   that shows the old status.
 *
 * @example
 * const basis: StatusBasis = "first-attested";
 *
 * @category Participants
 */
export type StatusBasis = "decision" | "first-attested" | "after-last-attested";

/**
 * One dated change of a participant's status, as you write it in {@link defineRegistry}.
 *
 * @example
 * const joined: StatusChangeDefinition = { status: "member", since: "2022-10-13", basis: "decision" };
 *
 * @category Participants
 */
export interface StatusChangeDefinition extends Partial<Sourced> {
  /** The status from this change on. */
  readonly status: ParticipantStatus;
  /** When the change took effect, as precisely as the source gives it. */
  readonly since: PartialDate;
  /** How the date is known; `decision` when omitted. */
  readonly basis?: StatusBasis;
}

/**
 * A status change of a defined registry: its definition plus the day queries assume for it.
 *
 * @example
 * const change: StatusChange | undefined = findParticipant(cica.registry, "Mongolia")?.history[0];
 * change?.from
 * //=> "2001-12-31"
 *
 * @category Participants
 */
export interface StatusChange extends StatusChangeDefinition {
  /** How the date is known. */
  readonly basis: StatusBasis;
  /** The day from which queries count the change: `since`, or its last day when partial. */
  readonly from: string;
}
