import type { Confidence } from "../../common/types.js";
import type { DimensionId } from "../../dimensions/DIMENSIONS.js";

/**
 * A dimension's names: one entry of `cica.dimensions` (their sources are in
 * {@link cicaProvenance}, read with {@link provenanceOf}).
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
  /**
   * Who attended as observers, where a source lists them: attendance at this meeting, not observer
   * status (the registry's status history says who held that status; see {@link statusOn}).
   */
  readonly observersAttending?: {
    /** Participant codes, as in the registry. */
    readonly participants: readonly string[];
    /** Ids of the list's sources in {@link cicaSources}. */
    readonly sources: readonly string[];
    /** How sure the sources make the list. */
    readonly confidence: Confidence;
    /** Doubts or context. */
    readonly note?: string;
  };
  /** Ids of its sources in {@link cicaSources}. */
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
  /** The data version, the same as {@link cicaDataVersion}. */
  readonly version: string;
  /** The status of the Russian texts. */
  readonly russian: string;
  /** Where the ISO 3166 codes come from: a source of codes only, never of a status or a date. */
  readonly codes: {
    /** The code standard. */
    readonly standard: string;
    /** The code list cited. */
    readonly sources: readonly string[];
    /** How sure the codes are. */
    readonly confidence: Confidence;
  };
  /** What the sources leave unknown. */
  readonly unknowns: readonly string[];
}

/**
 * What a dated decision or proposal is: a proposed priority area, a decision on how measures are
 * implemented, or an update of a catalogue version whose measures are not known.
 *
 * @example
 * const kind: CicaDecisionKind = "catalogue-update";
 *
 * @category Embedded data
 */
export type CicaDecisionKind = "priority-area-proposal" | "implementation-decision" | "catalogue-update";

/**
 * A dated decision or proposal outside the catalogue versions: one entry of {@link cicaDecisions}.
 * It changes no embedded catalogue and adds no measure.
 *
 * @example
 * const update: CicaDecision | undefined = cicaDecisions.find((d) => d.kind === "catalogue-update");
 *
 * @category Embedded data
 */
export interface CicaDecision {
  /** Stable id, e.g. `"mc-7-catalogue-update"`. */
  readonly id: string;
  /** What kind of decision or proposal it is. */
  readonly kind: CicaDecisionKind;
  /** Its date, as precise as the sources (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  readonly date: string;
  /** The body that proposed or decided it, e.g. `"Senior Officials Committee"`. */
  readonly by: string;
  /** The id of the meeting in {@link cicaMeetings}, where one is recorded. */
  readonly meeting?: string;
  /** For a catalogue update: the version it amends, e.g. `"cica@2021"`. */
  readonly amends?: string;
  /** For a proposed priority area: the dimension it would belong to. */
  readonly dimension?: DimensionId;
  /** Its title in English and Russian (working translation). */
  readonly title: {
    /** In English. */
    readonly en: string;
    /** In Russian (working translation). */
    readonly ru: string;
  };
  /** `proposed`, or `reported-adopted` where a report says it was adopted. */
  readonly status: "proposed" | "reported-adopted";
  /** Ids of its sources in {@link cicaSources}. */
  readonly sources: readonly string[];
  /** How sure the sources make it. */
  readonly confidence: Confidence;
  /** Doubts or context. */
  readonly note?: string;
}

/**
 * Where one fact of the embedded data comes from, as {@link cicaProvenance} holds it: ids of
 * {@link cicaSources}, how sure they make the fact, and doubts or the reading chosen.
 *
 * @example
 * const provenance: CicaFactProvenance | undefined = cicaProvenance.chairs[0];
 * (provenance?.sources?.length ?? 0) > 0
 * //=> true
 *
 * @category Embedded data
 */
export interface CicaFactProvenance {
  /** Ids of the sources in {@link cicaSources} (absent for a fact with a note only). */
  readonly sources?: readonly string[];
  /** How sure the sources make the fact. */
  readonly confidence?: Confidence;
  /** How sure the sources make a coordinator's role itself, where they disagree on it. */
  readonly roleConfidence?: Confidence;
  /** Doubts, disagreements between sources, or the reading chosen, in plain English. */
  readonly note?: string;
}

/**
 * The provenance of a catalogue version of the embedded data: of the version itself, and of its
 * priority areas and measures by id.
 *
 * @example
 * const p: CicaCatalogueProvenance = cicaProvenance.catalogues["cica@2021"];
 *
 * @category Embedded data
 */
export interface CicaCatalogueProvenance {
  /** The version's own sources, confidence and note. */
  readonly catalogue?: CicaFactProvenance;
  /** By priority-area id. */
  readonly priorityAreas: Readonly<Record<string, CicaFactProvenance>>;
  /** By measure id. */
  readonly measures: Readonly<Record<string, CicaFactProvenance>>;
}

/**
 * The provenance of one participant of the embedded registry.
 *
 * @example
 * const kazakhstan: CicaParticipantProvenance | undefined = cicaProvenance.participants["KZ"];
 *
 * @category Embedded data
 */
export interface CicaParticipantProvenance {
  /** The participant's own note, if any. */
  readonly participant?: CicaFactProvenance;
  /** One entry per status change of its history, in the same order. */
  readonly history: readonly CicaFactProvenance[];
}

/**
 * The shape of {@link cicaProvenance}: the provenance of every fact of {@link cica}, laid out like
 * the facts (arrays run parallel to the registry's arrays, one entry per fact).
 *
 * @example
 * const provenance: CicaProvenance = cicaProvenance;
 *
 * @category Embedded data
 */
export interface CicaProvenance {
  /** By catalogue reference. */
  readonly catalogues: Readonly<Record<"cica@2004" | "cica@2021", CicaCatalogueProvenance>>;
  /** By participant code. */
  readonly participants: Readonly<Record<string, CicaParticipantProvenance>>;
  /** One entry per chair term of `cica.registry.chairs`, in the same order. */
  readonly chairs: readonly CicaFactProvenance[];
  /** One entry per assignment of `cica.registry.coordinators`, in the same order. */
  readonly coordinators: readonly CicaFactProvenance[];
  /** By dimension id: the sources of the dimension's names and order. */
  readonly dimensions: Readonly<Record<string, CicaFactProvenance>>;
}
