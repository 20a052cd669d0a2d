import { measureIndex } from "./catalogueIndex.js";
import type { Catalogue, MeasureIdOf } from "./types.js";

/**
 * Tells whether a catalogue version has a measure with this id, and narrows the id's type so that
 * it can be passed to {@link getMeasure}.
 *
 * @param catalogue - The catalogue version.
 * @param id - Any value, typically a measure id read from a report.
 * @returns `true` when the version defines that measure.
 *
 * @example
 * hasMeasure(cica.catalogues["cica@2021"], "2.1.5")
 * //=> true
 * hasMeasure(cica.catalogues["cica@2021"], "3.4")
 * //=> false (3.4 is in cica@2004)
 *
 * @category Catalogue
 */
export function hasMeasure<TCatalogue extends Catalogue>(catalogue: TCatalogue, id: unknown): id is MeasureIdOf<TCatalogue> {
  return typeof id === "string" && measureIndex(catalogue).has(id);
}
