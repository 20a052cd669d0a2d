import type { Catalogue, Measure, StatusDefinition } from "../catalogue/types.js";

const indexes = new WeakMap<Catalogue, ReadonlyMap<string, Measure>>();

/** The catalogue's measures by id, built once per (frozen) catalogue. */
export function measureIndex(catalogue: Catalogue): ReadonlyMap<string, Measure> {
  let index = indexes.get(catalogue);
  if (!index) {
    index = new Map(catalogue.measures.map((measure) => [measure.id, measure]));
    if (Object.isFrozen(catalogue)) indexes.set(catalogue, index);
  }
  return index;
}

const statusIndexes = new WeakMap<Catalogue, ReadonlyMap<string, StatusDefinition>>();

/**
 * The catalogue's statuses by id (the first one of an id, as a search in order finds it), built
 * once per frozen catalogue; `undefined` for a catalogue that is not frozen (search it instead).
 */
export function statusIndex(catalogue: Catalogue): ReadonlyMap<string, StatusDefinition> | undefined {
  if (!Object.isFrozen(catalogue)) return undefined;
  let index = statusIndexes.get(catalogue);
  if (!index) {
    const byId = new Map<string, StatusDefinition>();
    for (const status of catalogue.statuses) if (!byId.has(status.id)) byId.set(status.id, status);
    statusIndexes.set(catalogue, (index = byId));
  }
  return index;
}
