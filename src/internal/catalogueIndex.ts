import type { Catalogue, Measure } from "../catalogue/types.js";

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
