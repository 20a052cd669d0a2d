import type { Participant, Registry } from "./types.js";

interface RegistryIndex {
  readonly byCode: ReadonlyMap<string, Participant>;
  readonly byKey: ReadonlyMap<string, Participant>;
}

const indexes = new WeakMap<Registry, RegistryIndex>();

/** Normalises a code or name for look-up: NFKC, trimmed, inner spaces collapsed, lowercase. */
export function lookupKey(value: string): string {
  return value.normalize("NFKC").trim().replace(/\s+/g, " ").toLocaleLowerCase("en");
}

/** The registry's participants by exact code, and by every normalised code, alpha-3 and name. */
export function registryIndex(registry: Registry): RegistryIndex {
  let index = indexes.get(registry);
  if (!index) {
    const byCode = new Map<string, Participant>();
    const byKey = new Map<string, Participant>();
    const add = (key: string | undefined, participant: Participant) => {
      if (key === undefined) return;
      const normal = lookupKey(key);
      if (normal !== "" && !byKey.has(normal)) byKey.set(normal, participant);
    };
    for (const participant of registry.participants) {
      byCode.set(participant.code, participant);
      add(participant.code, participant);
      add(participant.alpha3, participant);
    }
    for (const participant of registry.participants) {
      add(participant.name.en, participant);
      add(participant.name.ru, participant);
      add(participant.shortName?.en, participant);
      add(participant.shortName?.ru, participant);
      for (const alias of participant.aliases) add(alias, participant);
    }
    index = { byCode, byKey };
    if (Object.isFrozen(registry)) indexes.set(registry, index);
  }
  return index;
}

/** The status change in force on a date (undefined before the first change). */
export function changeOn(participant: Participant, date: string) {
  let current: Participant["history"][number] | undefined;
  for (const change of participant.history) {
    if (change.from <= date) current = change;
    else break;
  }
  return current;
}

/**
 * A participant's standing over a calendar year: `whole` when it was a member on every day of the
 * year, and its status `during` the year (member on any day, else observer on any day, else none).
 */
export function standingInYear(participant: Participant, year: number): { whole: boolean; during: Participant["history"][number]["status"] } {
  const first = `${String(year).padStart(4, "0")}-01-01`;
  const last = `${String(year).padStart(4, "0")}-12-31`;
  let atStart: Participant["history"][number]["status"] = "none";
  const during = new Set<Participant["history"][number]["status"]>();
  for (const change of participant.history) {
    if (change.from <= first) atStart = change.status;
    else if (change.from <= last) during.add(change.status);
  }
  const whole = atStart === "member" && [...during].every((status) => status === "member");
  during.add(atStart);
  return { whole, during: during.has("member") ? "member" : during.has("observer") ? "observer" : "none" };
}

/**
 * A participant's status during the days `first` to `last` (`YYYY-MM-DD`, a calendar year's first
 * and last day): `member` if it was a member on any of them, else `observer` if it was an observer
 * on any, else `none`. The `during` of {@link standingInYear}, without its lists and texts: the
 * validation rules ask it once a report.
 */
export function statusDuring(participant: Participant, first: string, last: string): Participant["history"][number]["status"] {
  let atStart: Participant["history"][number]["status"] = "none";
  let member = false;
  let observer = false;
  for (const change of participant.history) {
    if (change.from <= first) atStart = change.status;
    else if (change.from <= last) {
      if (change.status === "member") member = true;
      else if (change.status === "observer") observer = true;
    }
  }
  return member || atStart === "member" ? "member" : observer || atStart === "observer" ? "observer" : "none";
}
