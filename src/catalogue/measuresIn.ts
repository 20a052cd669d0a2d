import type { Catalogue, Measure, MeasureIdOf, MeasureKind } from "./types.js";

/**
 * Which measures {@link measuresIn} selects. Every given field must match.
 *
 * @example
 * const where: MeasureFilter = { dimension: "military-political", kind: "measure" };
 *
 * @category Catalogue
 */
export interface MeasureFilter {
  /** Only measures of this dimension. */
  readonly dimension?: string;
  /** Only measures of this priority area. */
  readonly priorityArea?: string;
  /** Only the sub-items of this measure-group. */
  readonly parent?: string;
  /** Only items of this kind (`"measure"`, `"measure-group"` or `"priority"`). */
  readonly kind?: MeasureKind;
}

/**
 * The measures of a catalogue version in a dimension, a priority area or under a measure-group,
 * in catalogue order.
 *
 * @param catalogue - The catalogue version.
 * @param filter - A dimension id, or a {@link MeasureFilter}.
 * @returns The matching measures, in catalogue order (empty when none match).
 *
 * @example
 * measuresIn(cica.catalogues["cica@2021"], "environmental").map((m) => m.id)
 * //=> ["ENV.1", "ENV.2", "ENV.3", "ENV.4", "ENV.5"]
 * measuresIn(cica.catalogues["cica@2021"], { parent: "2.1.4" }).length
 * //=> 4
 *
 * @category Catalogue
 */
export function measuresIn<TCatalogue extends Catalogue>(catalogue: TCatalogue, filter: string | MeasureFilter): Measure<MeasureIdOf<TCatalogue>>[] {
  const where: MeasureFilter = typeof filter === "string" ? { dimension: filter } : filter;
  return catalogue.measures.filter(
    (measure) =>
      (where.dimension === undefined || measure.dimension === where.dimension) &&
      (where.priorityArea === undefined || measure.priorityArea === where.priorityArea) &&
      (where.parent === undefined || measure.parent === where.parent) &&
      (where.kind === undefined || measure.kind === where.kind),
  ) as Measure<MeasureIdOf<TCatalogue>>[];
}
