import type { Confidence, Localized } from "../common/types.js";

// The types of a catalogue's measures, apart from the catalogue's own (types.ts re-exports them).

/**
 * What a catalogue item is:
 *
 * - `measure`: a confidence-building measure a state can report on;
 * - `measure-group`: a numbered heading whose sub-items are the measures (CICA 2.1.1, 2.1.4);
 * - `priority`: an item of a list of priorities that a catalogue page gives for a dimension.
 *
 * @example
 * const kind: MeasureKind = "measure-group";
 *
 * @category Catalogue
 */
export type MeasureKind = "measure" | "measure-group" | "priority";

/**
 * A measure as you write it in {@link defineCatalogue}.
 *
 * @example
 * const measure: MeasureDefinition = {
 *   id: "1.1",
 *   dimension: "human",
 *   title: { en: "Student exchanges" },
 * };
 *
 * @category Catalogue
 */
export interface MeasureDefinition {
  /** The measure's number or key within its catalogue version, e.g. `"2.1.4.a"`. */
  readonly id: string;
  /** The id of the dimension it belongs to. */
  readonly dimension: string;
  /** The id of its priority area, if the catalogue has one for it. */
  readonly priorityArea?: string;
  /** The id of the measure-group it is a sub-item of. */
  readonly parent?: string;
  /** What the item is; `"measure"` when omitted. */
  readonly kind?: MeasureKind;
  /** Its title or text, in English and (optionally) Russian. */
  readonly title: Localized;
  /** How the source cites it, e.g. `"Article 3, clause 4"`. */
  readonly label?: string;
  /** `true` where the source prints this number; `false` for an editorial key. Defaults to `true`. */
  readonly numberIsOfficial?: boolean;
  /**
   * Source keys or citations. The embedded CICA measures keep theirs apart, in
   * {@link cicaProvenance}: read them with {@link provenanceOf}.
   */
  readonly sources?: readonly string[];
  /** How sure the sources make this item. */
  readonly confidence?: Confidence;
  /** Doubts, or how the item was read from its source. */
  readonly note?: string;
}

/**
 * A measure of a defined catalogue: its definition with the defaults filled in.
 *
 * @typeParam TMeasureId - The catalogue's measure ids.
 *
 * @example
 * const measure: Measure | undefined = getMeasure(cica.catalogues["cica@2021"], "2.1.2");
 *
 * @category Catalogue
 */
export interface Measure<TMeasureId extends string = string> extends MeasureDefinition {
  /** The measure's number or key within its catalogue version. */
  readonly id: TMeasureId;
  /** What the item is. */
  readonly kind: MeasureKind;
  /** Whether the source prints this number. */
  readonly numberIsOfficial: boolean;
}
