import { statusIndex } from "./catalogueIndex.js";
import type { StatusDefinition, Catalogue } from "./types.js";

/**
 * Looks a status up in a catalogue's status vocabulary.
 *
 * @param catalogue - The catalogue version.
 * @param id - A status id, e.g. `"implemented"`.
 * @returns The status with its labels and ordinal score, or `undefined` when the vocabulary has
 *   no such status.
 *
 * @example
 * getStatus(cica.catalogues["cica@2021"], "partially-implemented")?.score
 * //=> 3
 * getStatus(cica.catalogues["cica@2021"], "not-applicable")?.score
 * //=> null
 * getStatus(cica.catalogues["cica@2021"], "done")
 * //=> undefined
 *
 * @category Catalogue
 */
export function getStatus(catalogue: Catalogue, id: string): StatusDefinition | undefined {
  return statusIndex(catalogue).get(id);
}
