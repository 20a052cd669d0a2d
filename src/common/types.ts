/**
 * How sure the sources make a fact, on the scale of the reference data:
 *
 * - `confirmed`: stated by an official CICA, UN, OSCE or government source, or by two
 *   independent sources that agree;
 * - `likely`: one reasonable secondary source, or a direct inference from confirmed facts;
 * - `unverified`: unsourced, a weak source, or sources that disagree.
 *
 * @example
 * const confidence: Confidence = "likely";
 *
 * @category Data
 */
export type Confidence = "confirmed" | "likely" | "unverified";

/**
 * The library's two languages, CICA's working languages: English and Russian.
 *
 * @example
 * const lang: Lang = "ru";
 *
 * @category Data
 */
export type Lang = "en" | "ru";

/**
 * A text in English and, where one exists, Russian. Russian texts in the embedded data are
 * working translations made for this library, not official CICA texts. Where `ru` is missing,
 * Russian output falls back to English.
 *
 * @example
 * const label: Localized = { en: "Human dimension", ru: "Человеческое измерение" };
 *
 * @category Data
 */
export interface Localized {
  /** The English text. */
  readonly en: string;
  /** The Russian text (in the embedded data, a working translation), if there is one. */
  readonly ru?: string;
}

/**
 * Where a fact comes from, and how sure that source makes it: any strings (URLs, citations) in
 * data you define. The embedded CICA data keeps its provenance apart from the facts, in
 * {@link cicaProvenance} with ids of {@link cicaSources}; {@link provenanceOf} reads either.
 *
 * @example
 * const sourced: Sourced = { sources: ["BN2006"], confidence: "confirmed" };
 *
 * @category Data
 */
export interface Sourced {
  /** Source keys or citations. */
  readonly sources: readonly string[];
  /** How sure the sources make the fact. */
  readonly confidence: Confidence;
  /** Doubts, disagreements between sources, or the reading chosen, in plain English. */
  readonly note?: string;
}
