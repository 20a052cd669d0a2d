import type { Confidence, Localized } from "../common/types.js";
import type { PartialDate } from "../dates/PartialDate.js";
import type { ActivityKindDefinition } from "./DEFAULT_ACTIVITY_KINDS.js";
import type { Measure, MeasureDefinition } from "./measureTypes.js";

export type { Measure, MeasureDefinition, MeasureKind } from "./measureTypes.js";

/**
 * A priority area of a catalogue: a field of cooperation inside a dimension, which coordinator
 * states lead for a term.
 *
 * @example
 * const area: PriorityAreaDefinition = {
 *   id: "eco-tourism",
 *   dimension: "economic",
 *   title: { en: "Tourism", ru: "Туризм" },
 * };
 *
 * @category Catalogue
 */
export interface PriorityAreaDefinition {
  /** Stable id, e.g. `"nct-ict"`. */
  readonly id: string;
  /** The id of its dimension. */
  readonly dimension: string;
  /** Its name in English and (optionally) Russian. */
  readonly title: Localized;
  /** `"proposed"` for an area that is proposed and not known to be adopted. */
  readonly status?: "proposed";
  /** Source keys or citations. */
  readonly sources?: readonly string[];
  /** How sure the sources make this area. */
  readonly confidence?: Confidence;
  /** Doubts or context. */
  readonly note?: string;
}

/**
 * A dimension as a catalogue declares it. CICA catalogues use the five {@link DIMENSIONS}; a
 * catalogue of another regime may declare its own.
 *
 * @example
 * const politicoMilitary: DimensionDefinition = { id: "politico-military", en: "Politico-military" };
 *
 * @category Catalogue
 */
export interface DimensionDefinition {
  /** Stable id. */
  readonly id: string;
  /** English label. */
  readonly en: string;
  /** Russian label, if there is one. */
  readonly ru?: string;
}

/**
 * One status of a catalogue's status vocabulary. A `score` places it on the ordinal scale used to
 * compare implementation (higher = further implemented); `null` keeps it outside the scale, as for
 * `not-applicable`.
 *
 * @typeParam TStatusId - The status id.
 *
 * @example
 * const done: StatusDefinition = { id: "implemented", label: { en: "Implemented" }, score: 4 };
 *
 * @category Catalogue
 */
export interface StatusDefinition<TStatusId extends string = string> {
  /** Stable id used in reports. */
  readonly id: TStatusId;
  /** Label in English and (optionally) Russian. */
  readonly label: Localized;
  /** Ordinal score, or `null` for a status outside the scale. */
  readonly score: number | null;
}

/**
 * What you give {@link defineCatalogue}.
 *
 * @example
 * const definition: CatalogueDefinition = {
 *   id: "national-plan",
 *   version: "2025",
 *   title: { en: "National action plan" },
 *   measures: [{ id: "1", dimension: "human", title: { en: "Student exchanges" } }],
 * };
 *
 * @category Catalogue
 */
export interface CatalogueDefinition {
  /** The catalogue's id, e.g. `"cica"`: lowercase letters, digits and hyphens. */
  readonly id: string;
  /** The version, e.g. `"2021"`. Together they make the reference `"cica@2021"`. */
  readonly version: string;
  /** The catalogue's title. */
  readonly title: Localized;
  /** When it was adopted. */
  readonly adopted?: PartialDate;
  /** Who adopted it. */
  readonly adoptedBy?: string;
  /**
   * `true` when the catalogue holds only part of the real text (because only part is known).
   * Defaults to `false`.
   */
  readonly partial?: boolean;
  /** The reference (`id@version`) of the version this one replaces. */
  readonly supersedes?: string;
  /** The dimensions; defaults to the five CICA {@link DIMENSIONS}. */
  readonly dimensions?: readonly DimensionDefinition[];
  /** Priority areas; defaults to none. */
  readonly priorityAreas?: readonly PriorityAreaDefinition[];
  /** The measures, in catalogue order. */
  readonly measures: readonly MeasureDefinition[];
  /** The status vocabulary; defaults to {@link DEFAULT_STATUSES}. */
  readonly statuses?: readonly StatusDefinition[];
  /**
   * Activity kinds of its own, added after {@link DEFAULT_ACTIVITY_KINDS} (which stay valid);
   * ids are lower-case words joined by hyphens and must not repeat a default one.
   */
  readonly activityKinds?: readonly ActivityKindDefinition[];
  /** Source keys or citations for the catalogue as a whole. */
  readonly sources?: readonly string[];
  /** How sure the sources make it. */
  readonly confidence?: Confidence;
  /** What is known and unknown about it. */
  readonly note?: string;
}

/**
 * A defined, frozen catalogue version. Create one with {@link defineCatalogue}; the embedded CICA
 * versions are in `cica.catalogues`.
 *
 * @typeParam TMeasureId - The literal ids of its measures, so that a typo is a compile error.
 * @typeParam TStatusId - The ids of its statuses.
 *
 * @example
 * const catalogue: Catalogue = cica.catalogues["cica@2021"];
 * catalogue.ref
 * //=> "cica@2021"
 *
 * @category Catalogue
 */
export interface Catalogue<TMeasureId extends string = string, TStatusId extends string = string> {
  /** The reference used in reports: `id@version`. */
  readonly ref: string;
  /** The catalogue's id. */
  readonly id: string;
  /** The version. */
  readonly version: string;
  /** The catalogue's title. */
  readonly title: Localized;
  /** When it was adopted. */
  readonly adopted?: PartialDate;
  /** Who adopted it. */
  readonly adoptedBy?: string;
  /** `true` when only part of the real text is known and held. */
  readonly partial: boolean;
  /** The version this one replaces. */
  readonly supersedes?: string;
  /** The dimensions, in order. */
  readonly dimensions: readonly DimensionDefinition[];
  /** The priority areas, in order. */
  readonly priorityAreas: readonly PriorityAreaDefinition[];
  /** The measures, in catalogue order. */
  readonly measures: readonly Measure<TMeasureId>[];
  /** The status vocabulary, lowest score first, unscored statuses last. */
  readonly statuses: readonly StatusDefinition<TStatusId>[];
  /**
   * The activity kinds, when the definition added kinds of its own: {@link DEFAULT_ACTIVITY_KINDS}
   * followed by them. Absent means the default vocabulary; read either with {@link activityKindsOf}.
   */
  readonly activityKinds?: readonly ActivityKindDefinition[];
  /**
   * Source keys or citations, as the definition gives them (the embedded CICA versions keep
   * theirs in {@link cicaProvenance}: read them with {@link provenanceOf}).
   */
  readonly sources?: readonly string[];
  /** How sure the sources make it. */
  readonly confidence?: Confidence;
  /** What is known and unknown about it. */
  readonly note?: string;
}

/**
 * The measure ids of a catalogue type: a union of literals for a catalogue made by
 * {@link defineCatalogue}, `string` for a catalogue typed as plain {@link Catalogue}.
 *
 * @typeParam TCatalogue - A catalogue type.
 *
 * @example
 * type Cica2021Measure = MeasureIdOf<(typeof cica.catalogues)["cica@2021"]>;
 * const id: Cica2021Measure = "2.1.4.a";
 *
 * @category Catalogue
 */
export type MeasureIdOf<TCatalogue> = TCatalogue extends Catalogue<infer TMeasureId, string> ? TMeasureId : never;

/**
 * The status ids of a catalogue type.
 *
 * @typeParam TCatalogue - A catalogue type.
 *
 * @example
 * type Status = StatusIdOf<(typeof cica.catalogues)["cica@2021"]>;
 * const status: Status = "implemented";
 *
 * @category Catalogue
 */
export type StatusIdOf<TCatalogue> = TCatalogue extends Catalogue<string, infer TStatusId> ? TStatusId : never;
