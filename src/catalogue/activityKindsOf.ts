import { type ActivityKindDefinition, DEFAULT_ACTIVITY_KINDS } from "./DEFAULT_ACTIVITY_KINDS.js";
import type { Catalogue } from "./types.js";

/**
 * The activity kinds a report on a catalogue version may name, in order: the catalogue's own
 * vocabulary if its definition added kinds, else {@link DEFAULT_ACTIVITY_KINDS}. A form offers
 * these (with their labels) for an activity's `kind`.
 *
 * @param catalogue - The catalogue version.
 * @returns The kinds, each with its id and labels.
 *
 * @example
 * activityKindsOf(cica.catalogues["cica@2021"]).find((k) => k.id === "exercise")?.label.ru
 * //=> "Учение"
 *
 * @category Catalogue
 */
export function activityKindsOf(catalogue: Catalogue): readonly ActivityKindDefinition[] {
  return catalogue.activityKinds ?? DEFAULT_ACTIVITY_KINDS;
}
