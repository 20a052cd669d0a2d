import type { Participant, Registry } from "../participants/types.js";

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
