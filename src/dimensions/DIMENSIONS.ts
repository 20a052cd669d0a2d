/**
 * The id of one of the five dimensions of the CICA Catalogue.
 *
 * @example
 * const id: DimensionId = "new-challenges-threats";
 *
 * @category Dimensions
 */
export type DimensionId = "military-political" | "new-challenges-threats" | "economic" | "environmental" | "human";

/**
 * One dimension of the Catalogue: a stable id, its place in the Catalogue's order, and labels.
 *
 * @example
 * const human: Dimension = DIMENSIONS[4];
 *
 * @category Dimensions
 */
export interface Dimension {
  /** Stable id, used in catalogues and reports. */
  readonly id: DimensionId;
  /** Position in the Catalogue's order, 1–5. */
  readonly order: 1 | 2 | 3 | 4 | 5;
  /** English label, as CICA writes it. */
  readonly en: string;
  /** Russian label: a working translation (no official Russian name is cited). */
  readonly ru: string;
}

/**
 * The five dimensions of the CICA Catalogue of Confidence Building Measures, in the Catalogue's
 * order: military-political; fight against new challenges and threats; economic; environmental;
 * human. The English labels follow CICA's usage (confirmed by the 2006 background note distributed
 * at the OSCE Ministerial Council and CICA press releases); the Russian labels are **working
 * translations**, as no official Russian names are cited. Sources per dimension are in
 * `cica.dimensions`.
 *
 * This module has no dependencies: importing it costs well under 1 kB.
 *
 * @example
 * DIMENSIONS.map((d) => d.id)
 * //=> ["military-political", "new-challenges-threats", "economic", "environmental", "human"]
 * DIMENSIONS[1].ru
 * //=> "Борьба с новыми вызовами и угрозами"
 *
 * @category Dimensions
 */
export const DIMENSIONS: readonly [Dimension, Dimension, Dimension, Dimension, Dimension] = Object.freeze([
  Object.freeze({ id: "military-political", order: 1, en: "Military-political dimension", ru: "Военно-политическое измерение" }),
  Object.freeze({ id: "new-challenges-threats", order: 2, en: "Fight against new challenges and threats", ru: "Борьба с новыми вызовами и угрозами" }),
  Object.freeze({ id: "economic", order: 3, en: "Economic dimension", ru: "Экономическое измерение" }),
  Object.freeze({ id: "environmental", order: 4, en: "Environmental dimension", ru: "Экологическое измерение" }),
  Object.freeze({ id: "human", order: 5, en: "Human dimension", ru: "Человеческое измерение" }),
] as const);
