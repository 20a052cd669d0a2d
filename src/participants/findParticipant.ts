import { lookupKey, registryIndex } from "../internal/registryIndex.js";
import type { Participant, Registry } from "./types.js";

/**
 * Finds a participant by ISO alpha-2 or alpha-3 code, organisation code, English or Russian name,
 * short name or alias, in any case and ignoring surrounding spaces.
 *
 * @param registry - The registry, e.g. `cica.registry`.
 * @param query - A code or a name: `"kz"`, `"KAZ"`, `"Kazakhstan"`, `"Казахстан"`, `"Turkey"`.
 * @returns The participant, or `undefined` when nothing matches.
 *
 * @example
 * findParticipant(cica.registry, "kaz")?.code
 * //=> "KZ"
 * findParticipant(cica.registry, "Turkey")?.name.en
 * //=> "Türkiye"
 * findParticipant(cica.registry, "Atlantis")
 * //=> undefined
 *
 * @category Participants
 */
export function findParticipant(registry: Registry, query: string): Participant | undefined {
  if (typeof query !== "string") return undefined;
  const index = registryIndex(registry);
  return index.byCode.get(query) ?? index.byKey.get(lookupKey(query));
}
