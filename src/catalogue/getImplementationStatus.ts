import { statusIndex } from "./catalogueIndex.js";
import type { StatusDefinition, Catalogue } from "./types.js";

/**
 * Looks an implementation status (`implemented`, `planned`…) up in a catalogue's status
 * vocabulary. Not to be confused with a state's membership status on a date: see {@link statusOn}.
 *
 * @param catalogue - The catalogue version.
 * @param id - A status id, e.g. `"implemented"`.
 * @returns The status with its labels and ordinal score, or `undefined` when the vocabulary has
 *   no such status.
 *
 * @example
 * getImplementationStatus(cica.catalogues["cica@2021"], "partially-implemented")?.score
 * //=> 3
 * getImplementationStatus(cica.catalogues["cica@2021"], "not-applicable")?.score
 * //=> null
 * getImplementationStatus(cica.catalogues["cica@2021"], "done")
 * //=> undefined
 *
 * @category Catalogue
 */
export function getImplementationStatus(catalogue: Catalogue, id: string): StatusDefinition | undefined {
  return statusIndex(catalogue).get(id);
}
