import { registryIndex } from "./registryIndex.js";
import { changeInForce } from "./statusChangeOn.js";
import type { ParticipantStatus, Registry } from "./types.js";

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
