import { lookupKey, registryIndex } from "./registryIndex.js";
import type { Participant, Registry } from "./types.js";

/** The longest query normalised for a look-up by name. */
const MAX_QUERY = 1000;

/**
 * Finds a participant by ISO alpha-2 or alpha-3 code, organisation code, English or Russian name,
 * short name or alias, in any case and ignoring surrounding spaces. A query longer than 1,000
 * characters is matched only as an exact code.
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
  // No code or name is near this long: a longer query is not normalised (NFKC of megabytes of
  // text costs gigabytes).
  if (query.length > MAX_QUERY) return index.byCode.get(query);
  return index.byCode.get(query) ?? index.byKey.get(lookupKey(query));
}
