import { cica2004, cica2021 } from "./catalogues.js";
import { cicaDataVersion, cicaDimensions } from "./facts.js";
import { cicaRegistry } from "./registry.js";
import type { CicaDimensionRecord } from "./types.js";
import type { Catalogue, MeasureIdOf } from "../../catalogue/types.js";
import type { DefaultStatusId } from "../../catalogue/DEFAULT_STATUSES.js";
import type { Registry } from "../../participants/types.js";

/**
 * The reference of an embedded CICA catalogue version.
 *
 * @example
 * const ref: CicaCatalogueRef = "cica@2021";
 *
 * @category Embedded data
 */
export type CicaCatalogueRef = "cica@2004" | "cica@2021";

/**
 * The shape of {@link cica}, the embedded CICA data.
 *
 * @example
 * const data: CicaData = cica;
 *
 * @category Embedded data
 */
export interface CicaData {
  /** The catalogue versions by reference, with their literal measure ids. */
  readonly catalogues: {
    /** The 2004 Catalogue (partial). */
    readonly "cica@2004": Catalogue<MeasureIdOf<typeof cica2004>, DefaultStatusId>;
    /** The updated Catalogue of 2021 (partial). */
    readonly "cica@2021": Catalogue<MeasureIdOf<typeof cica2021>, DefaultStatusId>;
  };
  /** Members, observers, chairs and coordinators. */
  readonly registry: Registry;
  /** The dimensions' names as the data gives them (their sources: {@link provenanceOf}). */
  readonly dimensions: readonly CicaDimensionRecord[];
  /**
   * The version of the embedded data (the day its facts were last corrected), e.g. `"2026-12-02"`.
   * Name it beside any answer you store: a correction of the data can move answers (who was an
   * observer on a date, when a state joined), and the changelog lists every answer that moved.
   */
  readonly dataVersion: string;
}

/**
 * The embedded CICA data, ready to use with no set-up: the catalogue versions, the registry of
 * members and observers (with chairs and priority-area coordinators) and the sources of the
 * dimension names. These are the facts alone: every fact's sources, confidence and notes are in
 * {@link cicaProvenance} (read one with {@link provenanceOf}), and the meetings and what the data
 * covers are exported apart, as {@link cicaMeetings} and {@link cicaDataInfo}, so that a form that
 * validates reports downloads none of them.
 *
 * Both catalogue versions are **partial**: no full text of either is public, so they hold only the
 * measures that sources quote. Russian titles and names are working translations.
 *
 * @example
 * membersOn(cica.registry, "2022-12-31").length
 * //=> 28
 * cica.catalogues["cica@2021"].measures.length
 * //=> 28
 * cica.catalogues["cica@2004"].partial
 * //=> true
 * cica.dataVersion
 * //=> "2026-12-02"
 *
 * @category Embedded data
 */
export const cica: CicaData = Object.freeze({
  catalogues: Object.freeze({ "cica@2004": cica2004, "cica@2021": cica2021 }),
  registry: cicaRegistry,
  dimensions: cicaDimensions,
  dataVersion: cicaDataVersion,
});
