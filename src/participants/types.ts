import type { Localized, Sourced, Confidence } from "../common/types.js";
import type { PartialDate } from "../dates/PartialDate.js";

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

/**
 * What a participant is: a state (coded by ISO 3166-1 alpha-2) or an international organisation
 * (coded by a lowercase code such as `osce`).
 *
 * @example
 * const kind: ParticipantKind = "organisation";
 *
 * @category Participants
 */
export type ParticipantKind = "state" | "organisation";

/**
 * A participant as you write it in {@link defineRegistry}.
 *
 * @example
 * const kuwait: ParticipantDefinition = {
 *   code: "KW",
 *   alpha3: "KWT",
 *   kind: "state",
 *   name: { en: "Kuwait", ru: "Кувейт" },
 *   history: [{ status: "member", since: "2022-10-13" }],
 * };
 *
 * @category Participants
 */
export interface ParticipantDefinition {
  /** ISO 3166-1 alpha-2 for a state (`"KZ"`), a lowercase code for an organisation (`"osce"`). */
  readonly code: string;
  /** ISO 3166-1 alpha-3, for a state. */
  readonly alpha3?: string;
  /** State or organisation. */
  readonly kind: ParticipantKind;
  /** The name in English and Russian. */
  readonly name: Localized;
  /** A short form (`"USA"`, `"OSCE"`), if there is one. */
  readonly shortName?: Localized;
  /** Other names it is known by (`"Turkey"`, `"Vietnam"`), found by {@link findParticipant}. */
  readonly aliases?: readonly string[];
  /** Its status changes, oldest first. Before the first, its status is `none`. */
  readonly history: readonly StatusChangeDefinition[];
  /** Source keys or citations for the participant as a whole. */
  readonly sources?: readonly string[];
  /** How sure the sources make it. */
  readonly confidence?: Confidence;
  /** Doubts or context. */
  readonly note?: string;
}

/**
 * A participant of a defined registry.
 *
 * @example
 * const thailand: Participant | undefined = findParticipant(cica.registry, "THA");
 *
 * @category Participants
 */
export interface Participant extends ParticipantDefinition {
  /** Its status changes, oldest first, with the day each one is counted from. */
  readonly history: readonly StatusChange[];
  /** Other names (empty when none). */
  readonly aliases: readonly string[];
}

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

/**
 * What you give {@link defineRegistry}.
 *
 * @example
 * const definition: RegistryDefinition = { participants: [], chairs: [], coordinators: [] };
 *
 * @category Participants
 */
export interface RegistryDefinition {
  /** Member states, observers and former participants. */
  readonly participants: readonly ParticipantDefinition[];
  /** Chairmanship terms, oldest first. */
  readonly chairs?: readonly ChairTerm[];
  /** Coordinator and co-coordinator assignments of priority areas. */
  readonly coordinators?: readonly CoordinatorAssignment[];
}

/**
 * A defined, frozen registry of participants with their dated status histories, chairs and
 * priority-area coordinators. The embedded CICA registry is `cica.registry`.
 *
 * @example
 * const registry: Registry = cica.registry;
 *
 * @category Participants
 */
export interface Registry {
  /** All participants, sorted by code. */
  readonly participants: readonly Participant[];
  /** Chairmanship terms, oldest first. */
  readonly chairs: readonly ChairTerm[];
  /** Coordinator and co-coordinator assignments, in definition order. */
  readonly coordinators: readonly CoordinatorAssignment[];
}
