import { assertQueryYear } from "../dates/guards.js";
import { registryIndex, standingInYear } from "./registryIndex.js";
import type { ParticipantStatus, Registry } from "./types.js";

/**
 * A participant's status during a calendar year: `member` if it was a member on any day of the
 * year, else `observer` if it was an observer on any day of it, else `none`. This is the rule by
 * which a state may report on a year: a state that joined on 2022-10-13 may report on 2022.
 *
 * @param registry - The registry, e.g. `cica.registry`.
 * @param code - The participant's code exactly as registered.
 * @param year - A calendar year, e.g. `2022`.
 * @returns The status, or `undefined` when the registry has no participant with that code.
 * @throws {@link CbmError} `invalid-argument` when `year` is not an integer from 1 to 9999.
 *
 * @example
 * statusInYear(cica.registry, "KW", 2022)
 * //=> "member"
 * statusInYear(cica.registry, "KW", 2021)
 * //=> "none"
 * statusInYear(cica.registry, "TH", 2004)
 * //=> "member" (observer until 21 October, member from 22 October)
 *
 * @category Participants
 */
export function statusInYear(registry: Registry, code: string, year: number): ParticipantStatus | undefined {
  assertQueryYear(year, "statusInYear");
  const participant = registryIndex(registry).byCode.get(code);
  return participant ? standingInYear(participant, year).during : undefined;
}
