import { activityKindsOf } from "./activityKindsOf.js";
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

/** What the report rules look up in a catalogue, by id: its measures, statuses and activity kinds. */
export interface CatalogueLookups {
  readonly measures: ReadonlyMap<string, Measure>;
  readonly statuses: ReadonlyMap<string, StatusDefinition>;
  readonly kinds: ReadonlySet<string>;
}

const lookups = new WeakMap<Catalogue, CatalogueLookups>();

/**
 * The catalogue's measures, statuses and activity kinds by id, in one look-up: built once per
 * frozen catalogue (with a frozen list of kinds); one that is not frozen may change, so its
 * look-ups are made anew each time.
 */
export function catalogueLookups(catalogue: Catalogue): CatalogueLookups {
  let found = lookups.get(catalogue);
  if (!found) {
    const kinds = activityKindsOf(catalogue);
    found = { measures: measureIndex(catalogue), statuses: statusIndex(catalogue), kinds: new Set(kinds.map((kind) => kind.id)) };
    if (Object.isFrozen(catalogue) && Object.isFrozen(kinds)) lookups.set(catalogue, found);
  }
  return found;
}
