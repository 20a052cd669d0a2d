import { assertQueryDate } from "../dates/guards.js";
import { changeOn } from "./registryIndex.js";
import type { Participant, ParticipantKind, Registry } from "./types.js";

/**
 * The observers of the registry on a date, states and organisations, sorted by code.
 *
 * An observer whose start is unknown is counted from the earliest source that lists it; one whose
 * end is unknown stops being counted just after the last source that lists it. Each such change
 * says so in its `basis` and `note`.
 *
 * @param registry - The registry, e.g. `cica.registry`.
 * @param date - A calendar date, `YYYY-MM-DD`.
 * @param kind - Only states, or only organisations; both when omitted.
 * @returns The participants whose status on that date is `observer`.
 * @throws {@link CbmError} `invalid-date` when `date` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * observersOn(cica.registry, "2006-11-15").map((p) => p.code)
 * //=> ["ID", "JP", "MY", "UA", "US", "VN", "las", "osce", "un"]
 * observersOn(cica.registry, "2023-12-26", "state").length
 * //=> 10
 *
 * @category Participants
 */
export function observersOn(registry: Registry, date: string, kind?: ParticipantKind): Participant[] {
  assertQueryDate(date, "observersOn");
  return registry.participants.filter((participant) => (kind === undefined || participant.kind === kind) && changeOn(participant, date)?.status === "observer");
}
