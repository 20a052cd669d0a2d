import type { CoordinatorAssignment, Registry } from "./types.js";

/**
 * Every coordinator and co-coordinator assignment recorded for a priority area, dated or not, in
 * definition order: the full record, for an area page.
 *
 * @param registry - The registry, e.g. `cica.registry`.
 * @param area - A priority area id.
 * @returns The area's assignments (empty when none are recorded).
 *
 * @example
 * coordinatorHistory(cica.registry, "human-general").map((a) => a.state)
 * //=> ["UZ", "CN", "IN", "KZ", "KG", "KZ"] (the last: Kazakhstan as coordinating country in 2007)
 *
 * @category Participants
 */
export function coordinatorHistory(registry: Registry, area: string): CoordinatorAssignment[] {
  return registry.coordinators.filter((assignment) => assignment.area === area);
}
