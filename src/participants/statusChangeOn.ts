import { assertQueryDate } from "../dates/guards.js";
import { changeOn, registryIndex } from "./registryIndex.js";
import type { Registry, StatusChange } from "./types.js";

/**
 * The status change in force for a participant on a date, with how its date is known; pass it to
 * {@link provenanceOf} for its sources, confidence and note: what to show when a person asks
 * "says who?".
 *
 * @param registry - The registry.
 * @param code - The participant's code exactly as registered.
 * @param date - A calendar date, `YYYY-MM-DD`.
 * @returns The change in force, or `undefined` for an unknown code or a date before the
 *   participant's first change (when its status is `none`).
 * @throws {@link CbmError} `invalid-date` when `date` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * const change = statusChangeOn(cica.registry, "MN", "2002-06-04");
 * change?.since
 * //=> "2001"
 * change?.basis
 * //=> "decision"
 * provenanceOf(change!)?.confidence
 * //=> "likely"
 *
 * @category Participants
 */
export function statusChangeOn(registry: Registry, code: string, date: string): StatusChange | undefined {
  return changeInForce(registry, code, date, "statusChangeOn");
}

/** The change in force on a date, for {@link statusOn} and {@link statusChangeOn}. */
export function changeInForce(registry: Registry, code: string, date: string, fn: string): StatusChange | undefined {
  assertQueryDate(date, fn);
  const participant = registryIndex(registry).byCode.get(code);
  return participant ? changeOn(participant, date) : undefined;
}
