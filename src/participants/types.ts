import type { Localized, Confidence } from "../common/types.js";
import type { StatusChange, StatusChangeDefinition } from "./statusTypes.js";
import type { ChairTerm, CoordinatorAssignment } from "./termTypes.js";

export type { ParticipantStatus, StatusBasis, StatusChange, StatusChangeDefinition } from "./statusTypes.js";
export type { ChairTerm, CoordinatorAssignment, CoordinatorRole } from "./termTypes.js";

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
