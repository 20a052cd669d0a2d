import type { Catalogue, Measure, StatusDefinition } from "./types.js";

const measureIndexes = new WeakMap<Catalogue, ReadonlyMap<string, Measure>>();
const statusIndexes = new WeakMap<Catalogue, ReadonlyMap<string, StatusDefinition>>();

/**
 * Items by id, the first of an id winning (as a search in order finds it). Kept per catalogue only
 * when the catalogue is frozen: one that is not may change, so its index is made anew each time.
 */
function indexOf<TItem extends { readonly id: string }>(
  cache: WeakMap<Catalogue, ReadonlyMap<string, TItem>>,
  catalogue: Catalogue,
  items: readonly TItem[],
): ReadonlyMap<string, TItem> {
  let index = cache.get(catalogue);
  if (!index) {
    const byId = new Map<string, TItem>();
    for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
    index = byId;
    if (Object.isFrozen(catalogue)) cache.set(catalogue, index);
  }
  return index;
}

/** The catalogue's measures by id, built once per (frozen) catalogue. */
export function measureIndex(catalogue: Catalogue): ReadonlyMap<string, Measure> {
  return indexOf(measureIndexes, catalogue, catalogue.measures);
}

/** The catalogue's statuses by id, built once per (frozen) catalogue. */
export function statusIndex(catalogue: Catalogue): ReadonlyMap<string, StatusDefinition> {
  return indexOf(statusIndexes, catalogue, catalogue.statuses);
}

const kindSets = new WeakMap<readonly { readonly id: string }[], ReadonlySet<string>>();

/**
 * The ids of a list of activity kinds (a catalogue's, or the default vocabulary), built once per
 * frozen list: a list that is not frozen may change, so its set is made anew each time.
 */
export function kindIdSet(kinds: readonly { readonly id: string }[]): ReadonlySet<string> {
  let ids = kindSets.get(kinds);
  if (!ids) {
    ids = new Set(kinds.map((kind) => kind.id));
    if (Object.isFrozen(kinds)) kindSets.set(kinds, ids);
  }
  return ids;
}
