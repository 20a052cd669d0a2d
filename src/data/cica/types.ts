import type { Confidence } from "../../common/types.js";
import type { DimensionId } from "../../dimensions/DIMENSIONS.js";

/**
 * A dimension's names with their sources: one entry of `cica.dimensions`.
 *
 * @example
 * const first: CicaDimensionRecord | undefined = cica.dimensions[0];
 *
 * @category Embedded data
 */
export interface CicaDimensionRecord {
  /** The dimension id. */
  readonly id: DimensionId;
  /** The English name. */
  readonly en: string;
  /** The Russian name. */
  readonly ru: string;
  /** Always `"working translation"`: no official Russian name is cited. */
  readonly ruStatus: string;
  /** Other English forms found in sources. */
  readonly variants?: readonly string[];
  /** Sources of the name and the order. */
  readonly sources: readonly string[];
  /** How sure the sources make it. */
  readonly confidence: Confidence;
  /** Context. */
  readonly note?: string;
}

/**
 * A CICA summit, ministerial or other meeting.
 *
 * @example
 * const meeting: CicaMeeting | undefined = cicaMeetings.find((m) => m.id === "summit-6");
 *
 * @category Embedded data
 */
export interface CicaMeeting {
  /** Stable id, e.g. `"mfa-2"`, `"summit-6"`. */
  readonly id: string;
  /** Kind of meeting, e.g. `"summit"`, `"ministerial"`. */
  readonly type: string;
  /** Its date, as precise as the sources (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a `start/end` range). */
  readonly date: string;
  /** Where it was held. */
  readonly place?: string;
  /** What it decided or produced. */
  readonly outcomes?: readonly string[];
  /** Sources. */
  readonly sources: readonly string[];
  /** How sure the sources make it. */
  readonly confidence: Confidence;
  /** Doubts or context. */
  readonly note?: string;
}

/**
 * What the embedded data covers, its confidence scale, the status of its Russian texts, and what
 * is known to be unknown.
 *
 * @example
 * const info: CicaDataInfo = cicaDataInfo;
 *
 * @category Embedded data
 */
export interface CicaDataInfo {
  /** Title of the reference data set. */
  readonly title: string;
  /** The period the facts cover. */
  readonly coverage: string;
  /** The meaning of each confidence level. */
  readonly confidenceScale: Readonly<Record<Confidence, string>>;
  /** The status of the Russian texts. */
  readonly russian: string;
  /** What the sources leave unknown. */
  readonly unknowns: readonly string[];
}
