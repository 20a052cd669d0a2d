import { assertQueryDate } from "../dates/guards.js";
import { lastDayOf } from "../internal/dates.js";
import type { CoordinatorAssignment, Registry } from "./types.js";

/**
 * The coordinator and co-coordinator assignments known to hold on a date, optionally for one
 * priority area, in definition order.
 *
 * An assignment with a term holds from `from` up to, not including, `until`. One known only from
 * a dated source (`attested`) is known to hold on the day that date assumes and is returned for
 * that day only; one with neither is never returned here (see {@link coordinatorHistory}).
 *
 * @param registry - The registry, e.g. `cica.registry`.
 * @param date - A calendar date, `YYYY-MM-DD`.
 * @param area - A priority area id, to keep only that area's assignments.
 * @returns The assignments in force.
 * @throws {@link CbmError} `invalid-date` when `date` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * coordinatorsOn(cica.registry, "2025-03-01", "nct-ict").map((a) => `${a.state} ${a.role}`)
 * //=> ["RU coordinator", "CN co-coordinator"]
 *
 * @category Participants
 */
export function coordinatorsOn(registry: Registry, date: string, area?: string): CoordinatorAssignment[] {
  assertQueryDate(date, "coordinatorsOn");
  return registry.coordinators.filter((assignment) => {
    if (area !== undefined && assignment.area !== area) return false;
    if (assignment.from !== undefined) {
      return lastDayOf(assignment.from) <= date && (assignment.until === undefined || date < lastDayOf(assignment.until));
    }
    return assignment.attested !== undefined && lastDayOf(assignment.attested) === date;
  });
}
