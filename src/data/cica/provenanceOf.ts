import type { Confidence } from "../../common/types.js";
import { cica } from "./index.js";
import { cicaDecisions, cicaMeetings } from "./facts.js";
import { cicaProvenance, cicaSources } from "./provenance.js";
import type { CicaFactProvenance } from "./types.js";

/**
 * One source of a fact: its id in {@link cicaSources} (for a fact of data you defined, the string
 * itself) and the link or citation.
 *
 * @example
 * const source: FactSource = { id: "mid.ru:1", citation: "https://www.mid.ru/en/…" };
 *
 * @category Embedded data
 */
export interface FactSource {
  /** The id in {@link cicaSources}, or the source string itself for data you defined. */
  readonly id: string;
  /** The link or citation. */
  readonly citation: string;
}

/**
 * Where a fact comes from and how sure its sources make it, as {@link provenanceOf} gives it.
 *
 * @example
 * const provenance: FactProvenance | undefined = provenanceOf(cica.registry.chairs[0]!);
 *
 * @category Embedded data
 */
export interface FactProvenance {
  /** The sources, in the order the fact cites them (empty when none are given). */
  readonly sources: readonly FactSource[];
  /** How sure the sources make the fact. */
  readonly confidence?: Confidence;
  /** How sure the sources make a coordinator's role itself, where they disagree on it. */
  readonly roleConfidence?: Confidence;
  /** Doubts, disagreements between sources, or the reading chosen. */
  readonly note?: string;
}

/** The provenance of each embedded fact, by the fact object: built on the first call. */
let embedded: WeakMap<object, CicaFactProvenance> | undefined;

function embeddedProvenance(): WeakMap<object, CicaFactProvenance> {
  if (embedded) return embedded;
  const map = new WeakMap<object, CicaFactProvenance>();
  const set = (fact: object | undefined, provenance: CicaFactProvenance | undefined) => {
    if (fact && provenance) map.set(fact, provenance);
  };
  for (const [ref, catalogue] of Object.entries(cica.catalogues)) {
    const provenance = cicaProvenance.catalogues[ref as keyof typeof cicaProvenance.catalogues];
    set(catalogue, provenance.catalogue);
    for (const area of catalogue.priorityAreas) set(area, provenance.priorityAreas[area.id]);
    for (const measure of catalogue.measures) set(measure, provenance.measures[measure.id]);
  }
  for (const participant of cica.registry.participants) {
    const provenance = cicaProvenance.participants[participant.code];
    set(participant, provenance?.participant);
    participant.history.forEach((change, index) => {
      set(change, provenance?.history[index]);
    });
  }
  cica.registry.chairs.forEach((term, index) => {
    set(term, cicaProvenance.chairs[index]);
  });
  cica.registry.coordinators.forEach((assignment, index) => {
    set(assignment, cicaProvenance.coordinators[index]);
  });
  for (const dimension of cica.dimensions) set(dimension, cicaProvenance.dimensions[dimension.id]);
  for (const meeting of cicaMeetings) {
    set(meeting, meeting);
    set(meeting.observersAttending, meeting.observersAttending);
  }
  for (const decision of cicaDecisions) set(decision, decision);
  embedded = map;
  return map;
}

/**
 * The sources, confidence and note of a fact: "says who?". The embedded data keeps them apart
 * from the facts (so that a form that validates reports does not download them); this finds them
 * for any fact of {@link cica} (a catalogue version, priority area, measure, participant, status
 * change, chair term, coordinator assignment, dimension record), of {@link cicaMeetings} (and the
 * observers attending one) or of {@link cicaDecisions}, with
 * each source id resolved through {@link cicaSources}. For a fact of data you defined yourself, it
 * reads the fact's own `sources`, `confidence` and `note`.
 *
 * @param fact - A fact object, e.g. the result of {@link statusChangeOn} or {@link getMeasure}.
 * @returns Its provenance, or `undefined` when it has none (no sources, confidence or note).
 *
 * @example
 * const change = statusChangeOn(cica.registry, "MN", "2002-06-04")!;
 * provenanceOf(change)?.confidence
 * //=> "likely"
 * provenanceOf(getMeasure(cica.catalogues["cica@2021"], "2.1.2")!)?.sources[0]?.id.startsWith("s-cica.org:")
 * //=> true
 * provenanceOf({ sources: ["My archive, box 4"], confidence: "confirmed" })?.sources
 * //=> [{ "id": "My archive, box 4", "citation": "My archive, box 4" }]
 *
 * @category Embedded data
 */
export function provenanceOf(fact: object): FactProvenance | undefined {
  const known = embeddedProvenance().get(fact);
  if (known) {
    return compactProvenance(known, (id) => ({ id, citation: cicaSources[id] ?? id }));
  }
  const own = fact as CicaFactProvenance;
  if (own.sources === undefined && own.confidence === undefined && own.note === undefined && own.roleConfidence === undefined) return undefined;
  return compactProvenance(own, (source) => ({ id: source, citation: source }));
}

function compactProvenance(provenance: CicaFactProvenance, source: (id: string) => FactSource): FactProvenance {
  const result: { -readonly [K in keyof FactProvenance]: FactProvenance[K] } = { sources: (provenance.sources ?? []).map(source) };
  if (provenance.confidence !== undefined) result.confidence = provenance.confidence;
  if (provenance.roleConfidence !== undefined) result.roleConfidence = provenance.roleConfidence;
  if (provenance.note !== undefined) result.note = provenance.note;
  return result;
}
