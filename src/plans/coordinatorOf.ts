// The coordinator a plan's event is attributed to; internal to the plans layer.
import { lastDayOf } from "../internal/dates.js";
import { isPartialDateString } from "../internal/dates.js";
import type { CoordinatorAssignment, Registry } from "../participants/types.js";

/**
 * Whether an assignment is taken to hold on a day, for attributing a plan's events: a term
 * (`from`, `until`) as {@link coordinatorsOn} reads it, from the day `from` assumes up to, not
 * including, the day `until` assumes; an assignment known only from a dated source (`attested`) is
 * taken to serve for the whole calendar year of that date, and no longer (CICA's mandates run for
 * a term, such as ICT's "2024–2025", but a source that shows a state in the role on one day says
 * nothing of the term's ends); an assignment with neither never holds.
 */
export function servesOn(assignment: CoordinatorAssignment, date: string): boolean {
  if (assignment.from !== undefined) {
    if (!isPartialDateString(assignment.from) || (assignment.until !== undefined && !isPartialDateString(assignment.until))) return false;
    return lastDayOf(assignment.from) <= date && (assignment.until === undefined || date < lastDayOf(assignment.until));
  }
  if (assignment.attested !== undefined && isPartialDateString(assignment.attested)) return assignment.attested.slice(0, 4) === date.slice(0, 4);
  return false;
}

/**
 * The coordinator (not a co-coordinator) of a priority area on a day: a state with a term in
 * force, else one attested that year; `"unknown"` when there is none, or when several states are.
 */
export function coordinatorOf(registry: Registry | undefined, area: string | undefined, date: string | undefined): string {
  if (!registry || area === undefined || date === undefined) return "unknown";
  const serving = registry.coordinators.filter((a) => a.area === area && a.role === "coordinator" && servesOn(a, date));
  const byTerm = new Set(serving.filter((a) => a.from !== undefined).map((a) => a.state));
  const states = byTerm.size > 0 ? byTerm : new Set(serving.map((a) => a.state));
  return states.size === 1 ? [...states][0]! : "unknown";
}
