// The order and standing of states in a year's review tables, shared by the table of replies and
// the implementation matrix so that both list the states the same way. Not exported from the
// package.
import { registryIndex, standingInYear } from "../participants/registryIndex.js";
import type { ParticipantStatus, Registry } from "../participants/types.js";

/**
 * A state's standing over a year, as the review reads it: `expected` when it was a member for the
 * whole year (it is expected to reply); otherwise its reply is voluntary and `status` says why: an
 * `observer`, a `member` that joined during the year, or `none` (not a participant, or an unknown
 * code).
 */
export interface YearStanding {
  readonly expected: boolean;
  readonly status: ParticipantStatus;
}

/** The standing of `code` over `year` in `registry`; an unknown code stands nowhere. */
export function yearStanding(registry: Registry, code: string, year: number): YearStanding {
  const participant = registryIndex(registry).byCode.get(code);
  if (participant === undefined) return { expected: false, status: "none" };
  const { whole, during } = standingInYear(participant, year);
  // Only a state is expected to reply; an organisation's report is voluntary, whatever its status.
  return whole && participant.kind === "state" ? { expected: true, status: "member" } : { expected: false, status: during };
}

/**
 * The order of states in a year's review: the states expected to reply first, in the registry's
 * order (the table of replies lists them so), then every other state by code.
 */
export function replyOrder(registry: Registry, year: number): (a: string, b: string) => number {
  const position = new Map<string, number>();
  registry.participants.forEach((participant, index) => {
    if (participant.kind === "state" && standingInYear(participant, year).whole) position.set(participant.code, index);
  });
  return (a, b) => {
    const pa = position.get(a) ?? Number.POSITIVE_INFINITY;
    const pb = position.get(b) ?? Number.POSITIVE_INFINITY;
    if (pa !== pb) return pa < pb ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  };
}
