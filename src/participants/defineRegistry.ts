import { CbmError } from "../errors/CbmError.js";
import { isPartialDateString, lastDayOf } from "../internal/dates.js";
import { compact, copyData, deepFreeze } from "../internal/freeze.js";
import type { ChairTerm, CoordinatorAssignment, Participant, ParticipantDefinition, Registry, RegistryDefinition, StatusChange } from "./types.js";

const STATE_CODE = /^[A-Z]{2}$/;
const ALPHA3 = /^[A-Z]{3}$/;
const ORGANISATION_CODE = /^[a-z][a-z0-9-]*$/;
const STATUSES = new Set(["member", "observer", "none"]);
const BASES = new Set(["decision", "first-attested", "after-last-attested"]);
const ROLES = new Set(["coordinator", "co-coordinator"]);
/** Control, invisible-format, line-separator and lone-surrogate characters (see defineCatalogue). */
const UNSAFE_ID_CHARACTER = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;
/** A text in quotes with its unsafe characters written as `\\uXXXX`, so that a message shows them. */
const quoted = (value: unknown): string =>
  JSON.stringify(value)?.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) ?? String(value);

function fail(message: string): never {
  throw new CbmError("invalid-definition", `defineRegistry: ${message}`);
}

function checkDate(where: string, value: unknown): string {
  if (!isPartialDateString(value)) {
    fail(`${where} ${JSON.stringify(value)} is not a date written YYYY, YYYY-MM or YYYY-MM-DD.`);
  }
  return lastDayOf(value);
}

/**
 * Defines a registry of participants: checks it and returns a frozen {@link Registry} whose
 * participants are sorted by code and whose status changes carry the day queries count them from.
 *
 * Dates may be partial (`YYYY`, `YYYY-MM`) where a source gives no day; a query then assumes the
 * **last** day of that year or month (see {@link assumedDay}): the first day on which the change is
 * certain.
 *
 * The checks: a state's code is ISO 3166-1 alpha-2 (two capitals) with an optional alpha-3; an
 * organisation's is lowercase; codes, alpha-3 codes are unique; every date is well formed; each
 * history's changes are in strictly increasing order of their assumed days; chair terms are in
 * order, do not overlap, and name known states; coordinators name known states and a role of
 * `coordinator` or `co-coordinator`; no code, alias or area holding a control or invisible character
 * (codes are checked by their patterns).
 *
 * @param definition - Participants, and optionally chair terms and coordinator assignments.
 * @returns The frozen registry.
 * @throws {@link CbmError} `invalid-definition` naming the first inconsistency found.
 *
 * @example
 * const registry = defineRegistry({
 *   participants: [
 *     { code: "AA", kind: "state", name: { en: "Avalon" }, history: [{ status: "member", since: "2020" }] },
 *     { code: "BB", kind: "state", name: { en: "Brigadoon" }, history: [{ status: "observer", since: "2021-05-01" }] },
 *   ],
 * });
 * statusOn(registry, "AA", "2020-12-31")
 * //=> "member"
 * statusOn(registry, "AA", "2020-06-01")
 * //=> "none" (a year-only date counts from its last day)
 *
 * @category Participants
 */
export function defineRegistry(definition: RegistryDefinition): Registry {
  if (typeof definition !== "object" || definition === null || !Array.isArray(definition.participants)) {
    throw new CbmError("invalid-argument", "defineRegistry: pass { participants: [...] }.");
  }
  const codes = new Set<string>();
  const alpha3s = new Set<string>();
  const participants = (definition.participants as readonly ParticipantDefinition[]).map((input, index) => {
    const where = `participants[${index}]`;
    defineCheckParticipant(where, input, codes, alpha3s);
    let previous = "";
    const history = input.history.map((change, changeIndex): StatusChange => {
      const at = `${where} (${input.code}) history[${changeIndex}]`;
      if (!STATUSES.has(change.status)) fail(`${at}: status must be member, observer or none.`);
      if (change.basis !== undefined && !BASES.has(change.basis)) {
        fail(`${at}: basis must be decision, first-attested or after-last-attested.`);
      }
      const from = checkDate(`${at}: since`, change.since);
      if (from <= previous) fail(`${at}: changes must be in increasing order of date (${change.since} is not after the one before).`);
      previous = from;
      return compact({ ...change, basis: change.basis ?? "decision", from });
    });
    return compact({ ...input, aliases: input.aliases ?? [], history }) as Participant;
  });
  participants.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

  const chairs = (definition.chairs ?? []).map((term, index) => {
    const where = `chairs[${index}]`;
    if (!codes.has(term.state)) fail(`${where}: state "${term.state}" is not a participant.`);
    checkDate(`${where}: from`, term.from);
    if (term.until !== undefined && checkDate(`${where}: until`, term.until) <= lastDayOf(term.from)) {
      fail(`${where}: until must come after from.`);
    }
    return term;
  });
  for (let index = 1; index < chairs.length; index++) {
    const before = chairs[index - 1] as ChairTerm;
    const term = chairs[index] as ChairTerm;
    if (before.until === undefined || lastDayOf(before.until) > lastDayOf(term.from)) {
      fail(`chairs[${index}]: a term must start on or after the day the term before it ends.`);
    }
  }

  const coordinators = (definition.coordinators ?? []).map((assignment: CoordinatorAssignment, index) => {
    const where = `coordinators[${index}]`;
    if (!codes.has(assignment.state)) fail(`${where}: state "${assignment.state}" is not a participant.`);
    if (!ROLES.has(assignment.role)) fail(`${where}: role must be coordinator or co-coordinator.`);
    if (typeof assignment.area !== "string" || assignment.area === "") fail(`${where}: area is required.`);
    if (UNSAFE_ID_CHARACTER.test(assignment.area))
      fail(`${where}: area ${quoted(assignment.area)} holds a control or invisible character; ids are plain text.`);
    for (const key of ["from", "until", "attested"] as const) {
      if (assignment[key] !== undefined) checkDate(`${where}: ${key}`, assignment[key]);
    }
    return assignment;
  });

  return deepFreeze(copyData({ participants, chairs, coordinators }));
}

function defineCheckParticipant(where: string, input: ParticipantDefinition, codes: Set<string>, alpha3s: Set<string>): void {
  if (typeof input !== "object" || input === null) fail(`${where} must be an object.`);
  if (typeof input.code !== "string") fail(`${where}: code must be a string (got ${JSON.stringify(input.code)}).`);
  for (const alias of Array.isArray(input.aliases) ? input.aliases : []) {
    if (typeof alias !== "string" || UNSAFE_ID_CHARACTER.test(alias))
      fail(`${where} (${input.code}): alias ${quoted(alias)} must be plain text, without control or invisible characters.`);
  }
  if (input.kind === "state") {
    if (!STATE_CODE.test(input.code)) fail(`${where}: a state's code must be ISO 3166-1 alpha-2, two capitals (got ${JSON.stringify(input.code)}).`);
    if (input.alpha3 !== undefined) {
      if (!ALPHA3.test(input.alpha3)) fail(`${where} (${input.code}): alpha3 must be three capitals.`);
      if (alpha3s.has(input.alpha3)) fail(`${where}: alpha-3 code "${input.alpha3}" is used twice.`);
      alpha3s.add(input.alpha3);
    }
  } else if (input.kind === "organisation") {
    if (!ORGANISATION_CODE.test(input.code))
      fail(`${where}: an organisation's code must be lowercase letters, digits and hyphens (got ${JSON.stringify(input.code)}).`);
  } else {
    fail(`${where}: kind must be "state" or "organisation".`);
  }
  if (codes.has(input.code)) fail(`${where}: code "${input.code}" is used twice.`);
  codes.add(input.code);
  if (typeof input.name?.en !== "string" || input.name.en === "") fail(`${where} (${input.code}): name.en is required.`);
  if (!Array.isArray(input.history)) fail(`${where} (${input.code}): history must be an array.`);
}
