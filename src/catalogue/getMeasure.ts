import { measureIndex } from "./catalogueIndex.js";
import type { Catalogue, Measure, MeasureIdOf } from "./types.js";

/**
 * Looks a measure up by its id in one catalogue version.
 *
 * The id is typed by the catalogue: for a catalogue made by {@link defineCatalogue} (like the
 * embedded CICA versions) a misspelt literal id is a compile error. For an id that arrives at run
 * time as a plain `string`, narrow it first with {@link hasMeasure}, or type the catalogue as
 * {@link Catalogue} to get `Measure | undefined`.
 *
 * @param catalogue - The catalogue version.
 * @param id - The measure's id in that version.
 * @returns The measure, or `undefined` when the version has no such measure.
 *
 * @example
 * getMeasure(cica.catalogues["cica@2021"], "2.1.4.a")?.title.en
 * //=> "Mutual visits by military authorities and representatives of defence colleges"
 *
 * @category Catalogue
 */
export function getMeasure<TCatalogue extends Catalogue>(catalogue: TCatalogue, id: MeasureIdOf<TCatalogue>): Measure<MeasureIdOf<TCatalogue>> | undefined {
  return measureIndex(catalogue).get(id) as Measure<MeasureIdOf<TCatalogue>> | undefined;
}
