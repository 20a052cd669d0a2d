import { assertQueryDate } from "../internal/dates.js";
import { changeOn, registryIndex } from "./registryIndex.js";
import type { ParticipantStatus, Registry, StatusChange } from "./types.js";

/**
 * A participant's status on a date: `member`, `observer` or `none`.
 *
 * Where a source dates a change only by year or month, the change is counted from the last day of
 * that year or month (so Bahrain, which joined in "2011", is a member from 2011-12-31).
 *
 * @param registry - The registry, e.g. `cica.registry`.
 * @param code - The participant's code exactly as registered: ISO alpha-2 for a state (`"TH"`),
 *   lowercase for an organisation (`"osce"`). Use {@link findParticipant} for names and alpha-3.
 * @param date - A calendar date, `YYYY-MM-DD`.
 * @returns The status, or `undefined` when the registry has no participant with that code.
 * @throws {@link CbmError} `invalid-date` when `date` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * statusOn(cica.registry, "TH", "2004-10-21")
 * //=> "observer"
 * statusOn(cica.registry, "TH", "2004-10-22")
 * //=> "member"
 * statusOn(cica.registry, "XX", "2004-10-22")
 * //=> undefined
 *
 * @category Participants
 */
export function statusOn(registry: Registry, code: string, date: string): ParticipantStatus | undefined {
  return changeInForce(registry, code, date, "statusOn")?.status ?? (registryIndex(registry).byCode.has(code) ? "none" : undefined);
}

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

function changeInForce(registry: Registry, code: string, date: string, fn: string): StatusChange | undefined {
  assertQueryDate(date, fn);
  const participant = registryIndex(registry).byCode.get(code);
  return participant ? changeOn(participant, date) : undefined;
}
