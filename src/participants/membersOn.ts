import { assertQueryDate } from "../dates/guards.js";
import { changeOn } from "./registryIndex.js";
import type { Participant, Registry } from "./types.js";

/**
 * The members of the registry on a date, sorted by code.
 *
 * Where a source dates an accession only by year or month, the member is counted from the last day
 * of that year or month.
 *
 * @param registry - The registry, e.g. `cica.registry`.
 * @param date - A calendar date, `YYYY-MM-DD`.
 * @returns The participants whose status on that date is `member`.
 * @throws {@link CbmError} `invalid-date` when `date` is not a real `YYYY-MM-DD` date (such as
 *   `2006-02-30`); check user input first with {@link isCalendarDate}.
 *
 * @example
 * membersOn(cica.registry, "2006-06-17").length
 * //=> 18
 * membersOn(cica.registry, "2022-12-31").length
 * //=> 28
 *
 * @category Participants
 */
export function membersOn(registry: Registry, date: string): Participant[] {
  assertQueryDate(date, "membersOn");
  return registry.participants.filter((participant) => changeOn(participant, date)?.status === "member");
}
