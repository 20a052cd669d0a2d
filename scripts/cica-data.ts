/**
 * Turns the reference data (src/data/cica/reference/cica-data.json) and the working Russian translations
 * (src/data/cica/reference/ru.json) into the embedded TypeScript modules under src/data/cica/.
 *
 * Every reading that is not a plain copy of the reference is made here, in one place, with the
 * reason beside it (see READINGS). To correct the embedded data, correct the reference or the
 * translations, or a reading here, then run `npm run data` and commit the result; a test fails
 * while the committed modules differ from what this script produces.
 */

import { DEFAULT_STATUSES } from "../src/catalogue/DEFAULT_STATUSES.js";
import { defineCatalogue } from "../src/catalogue/defineCatalogue.js";
import { DIMENSIONS } from "../src/dimensions/DIMENSIONS.js";
import { defineRegistry } from "../src/participants/defineRegistry.js";

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Inputs {
  readonly reference: Json;
  readonly ru: Json;
}

/** Organisation observers have no ISO code: the registry gives them these lowercase codes. */
const ORGANISATIONS: Record<string, { code: string; en: string; short?: string }> = {
  "United Nations": { code: "un", en: "United Nations", short: "UN" },
  OSCE: { code: "osce", en: "Organization for Security and Co-operation in Europe", short: "OSCE" },
  "League of Arab States": { code: "las", en: "League of Arab States" },
  "TURKPA (Parliamentary Assembly of Turkic-speaking Countries)": {
    code: "turkpa",
    en: "Parliamentary Assembly of Turkic-speaking Countries",
    short: "TURKPA",
  },
  "International Organization for Migration": { code: "iom", en: "International Organization for Migration", short: "IOM" },
  "Interstate Council of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan": {
    code: "cais",
    en: "Interstate Council of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan",
  },
};

/** English short forms where one is in common use (the reference gives none). */
const SHORT_EN: Record<string, string> = { US: "USA", AE: "UAE" };

/**
 * Readings of the reference that are not plain copies: where a source gives a range, an
 * approximate date or no end date, the registry needs one dated change, and this says which and why.
 */
const READINGS = {
  observerStart: {
    turkpa: {
      since: "2013-08-14",
      note: "Granted observer status on 14 August of a year the source does not state (2011-2014 by its count of 24 members); the confirmed count of 13 observers on 2014-05-15 rules out 2014, so the latest possible date, 2013-08-14, is used (unverified).",
    },
  } as Record<string, { since: string; note: string }>,
  observerEnd: {
    AU: {
      since: "2006-07-01",
      note: "End unknown: listed in 2001, Oct 2004 and Jun 2006, absent from the late-2006 list of the 2006 background note and from the 2008 list. Counted as an observer to the end of June 2006, its last listing.",
    },
    LB: {
      since: "2006-07-01",
      note: "End unknown: listed in 2001 and Jun 2006 but absent from the Oct 2004 Russian Foreign Ministry list (sources disagree), and absent from the late-2006 and 2008 lists. Counted as an observer to the end of June 2006, its last listing.",
    },
    cais: {
      since: "2002-01-01",
      note: "End unknown: listed in 2001 only, absent from the late-2006 and later lists. Counted as an observer to the end of 2001, its last listing.",
    },
  } as Record<string, { since: string; note: string }>,
};

/**
 * The ISO 3166 code list is the source of the codes, not of any status or date: a status change
 * that cites it fails here, and each state cites it once, as the source of its codes.
 */
function codeSources(inputs: Inputs): string[] {
  return inputs.reference._meta.isoCodes.sources;
}

function statusSources(inputs: Inputs, where: string, sources: string[]): string[] {
  const codes = new Set(codeSources(inputs));
  const cited = sources.filter((source) => codes.has(source));
  if (cited.length > 0) throw new Error(`${where} cites the ISO code list as a source of a status change; it attests codes, not dates.`);
  return sources;
}

/** English names from the reference and Russian ones from the translations, as one alias list. */
function aliasesOf(inputs: Inputs, code: string, english: string[] | undefined): string[] | undefined {
  const all = [...(english ?? []), ...(inputs.ru.participants[code]?.aliases ?? [])];
  return all.length > 0 ? all : undefined;
}

function sorted<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function joinNotes(...notes: (string | undefined | null)[]): string | undefined {
  const kept = notes.filter((note): note is string => typeof note === "string" && note.trim() !== "");
  return kept.length > 0 ? kept.join(" ") : undefined;
}

/** Drops absent fields (`undefined`, or `null` in the reference) so that the modules hold no empty keys. */
function clean<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined && entry !== null)) as T;
}

function ruName(inputs: Inputs, code: string): { name: string; short?: string } {
  const entry = inputs.ru.participants[code];
  if (!entry) throw new Error(`src/data/cica/reference/ru.json has no participant "${code}"`);
  return entry;
}

/** The catalogue definitions of one version, from the reference. */
function catalogueDefinition(inputs: Inputs, ref: "cica@2004" | "cica@2021"): Json {
  const { reference, ru } = inputs;
  const version = reference.catalogueVersions.find((v: Json) => v.id === ref);
  const measures = reference.measures.filter((m: Json) => m.version === ref && (m.kind === "measure" || m.kind === "measure-group" || m.kind === "priority"));
  const usedAreas = new Set(measures.map((m: Json) => m.priorityArea).filter(Boolean));
  const areas = reference.priorityAreas.filter((a: Json) => ref === "cica@2021" || usedAreas.has(a.id));
  const key = (id: string) => id.slice(ref.length + 1);
  return clean({
    id: "cica",
    version: ref.slice("cica@".length),
    title: { en: version.title, ru: ref === "cica@2004" ? "Каталог мер доверия СВМДА" : "Обновлённый Каталог мер доверия СВМДА" },
    adopted: version.adopted,
    adoptedBy: `${version.adoptedBy}, ${version.place}`,
    partial: true,
    supersedes: version.supersedes,
    priorityAreas: areas.map((area: Json) =>
      clean({
        id: area.id,
        dimension: area.dimension,
        title: { en: area.name, ru: ru.priorityAreas[area.id] },
        status: area.status === "proposed" ? "proposed" : undefined,
        sources: area.sources,
        confidence: area.confidence,
        note: joinNotes(area.notes, area.dimensionConfidence ? `Dimension: ${area.dimensionConfidence}.` : undefined),
      }),
    ),
    measures: measures.map((m: Json) =>
      clean({
        id: m.key,
        dimension: m.dimension,
        priorityArea: m.priorityArea,
        parent: m.parent ? key(m.parent) : undefined,
        kind: m.kind,
        title: { en: m.text, ru: ru.measures[m.id] },
        label: m.label,
        numberIsOfficial: m.numberIsOfficial,
        sources: [...new Set<string>(m.sources)],
        confidence: m.confidence,
        note: joinNotes(
          m.notes,
          m.implementationAgreed
            ? `As of ${m.implementationAgreed.asOf}, ${m.implementationAgreed.statement}, under ${m.implementationAgreed.underVersion}; its mapping to this number is ${m.implementationAgreed.mappingToThisNumberConfidence}.`
            : undefined,
        ),
      }),
    ),
    sources: version.sources,
    confidence: version.confidence,
    note: joinNotes(
      "Partial: no full text of this version is available, so it holds only the measures that sources quote.",
      version.notes,
      ref === "cica@2021" ? "Item keys other than 2.1.x (NCTG.n, ENV.n, HUM.n) are editorial and follow the order of the source's list." : undefined,
    ),
  });
}

/** The registry definition, from the reference. */
function registryDefinition(inputs: Inputs): Json {
  const { reference } = inputs;
  const participants: Json[] = [];

  for (const member of reference.members) {
    const observerRecord = reference.observers.find((o: Json) => o.iso2 === member.iso2);
    const history: Json[] = [];
    if (observerRecord) {
      const since = observerRecord.since ?? observerRecord.firstAttested;
      history.push(
        clean({
          status: "observer",
          since,
          basis: observerRecord.since ? "decision" : "first-attested",
          sources: statusSources(inputs, `observer ${observerRecord.name}`, observerRecord.sources),
          confidence: observerRecord.confidence,
          note: joinNotes(observerRecord.notes, observerRecord.dateConfidence ? `Date: ${observerRecord.dateConfidence}.` : undefined),
        }),
      );
    }
    history.push(
      clean({
        status: "member",
        since: member.joined,
        basis: "decision",
        sources: statusSources(inputs, `member ${member.name}`, member.sources),
        confidence: member.confidence,
        note: joinNotes(
          member.joinedPrecision !== "day" ? `The source gives only the ${member.joinedPrecision}.` : undefined,
          member.dateConfidence ? `Date: ${member.dateConfidence}.` : undefined,
          member.admittedAt ? `Admitted at ${member.admittedAt}.` : undefined,
        ),
      }),
    );
    const ru = ruName(inputs, member.iso2);
    participants.push(
      clean({
        code: member.iso2,
        alpha3: member.iso3,
        kind: "state",
        name: { en: member.name, ru: ru.name },
        shortName: SHORT_EN[member.iso2] && ru.short ? { en: SHORT_EN[member.iso2], ru: ru.short } : undefined,
        aliases: aliasesOf(inputs, member.iso2, member.aliases),
        sources: codeSources(inputs),
        history,
        note: member.notes,
      }),
    );
  }

  for (const observer of reference.observers) {
    if (observer.status === "became-member") continue;
    const organisation = observer.iso2 ? undefined : ORGANISATIONS[observer.name];
    if (!observer.iso2 && !organisation) throw new Error(`No code for organisation "${observer.name}"`);
    const code: string = observer.iso2 ?? organisation!.code;
    const start = READINGS.observerStart[code];
    const history: Json[] = [
      clean({
        status: "observer",
        since: start?.since ?? observer.since ?? observer.firstAttested,
        basis: start || !observer.since ? "first-attested" : "decision",
        sources: statusSources(inputs, `observer ${observer.name}`, observer.sources),
        confidence: start ? "unverified" : observer.confidence,
        note: joinNotes(start?.note, observer.dateConfidence ? `Date: ${observer.dateConfidence}.` : undefined),
      }),
    ];
    if (observer.status === "former") {
      const end = READINGS.observerEnd[code];
      if (!end) throw new Error(`No reading for the end of former observer "${code}"`);
      history.push({
        status: "none",
        since: end.since,
        basis: "after-last-attested",
        sources: statusSources(inputs, `observer ${observer.name}`, observer.sources),
        confidence: "unverified",
        note: end.note,
      });
    }
    const ru = ruName(inputs, code);
    const shortEn = organisation?.short ?? SHORT_EN[code];
    participants.push(
      clean({
        code,
        alpha3: observer.iso3 ?? undefined,
        kind: observer.type === "organisation" ? "organisation" : "state",
        name: { en: organisation?.en ?? observer.name, ru: ru.name },
        shortName: shortEn ? clean({ en: shortEn, ru: ru.short }) : undefined,
        aliases: aliasesOf(inputs, code, observer.aliases),
        sources: observer.iso2 ? codeSources(inputs) : undefined,
        history,
        note: observer.notes,
      }),
    );
  }

  const chairs = reference.chairs.map((chair: Json) =>
    clean({
      state: chair.state,
      from: chair.from,
      until: chair.to,
      sources: chair.sources,
      confidence: chair.confidence,
      note: joinNotes(chair.notes, chair.toConfidence ? `End date: ${chair.toConfidence}.` : undefined),
    }),
  );

  const coordinators: Json[] = [];
  for (const area of reference.priorityAreas) {
    for (const a of area.assignments) {
      const term = a.termFrom ? { from: `${a.termFrom}-01-01`, until: `${Number(a.termTo) + 1}-01-01` } : undefined;
      coordinators.push(
        clean({
          area: area.id,
          state: a.state,
          role: a.role === "coordinating-country" ? "coordinator" : a.role,
          roleConfidence: a.roleConfidence,
          from: term?.from,
          until: term?.until,
          attested: term ? undefined : (a.evidenceDate ?? undefined),
          sources: a.sources,
          confidence: a.confidence,
          note: joinNotes(
            term ? `Term stated as ${a.termFrom}-${a.termTo}; approved by the ${a.approvedBy} on ${a.approvedOn}.` : undefined,
            a.role === "coordinating-country" ? "The source calls it the 'coordinating country'." : undefined,
            a.evidenceNote ? `Date unknown: ${a.evidenceNote}.` : undefined,
            a.notes,
            a.roleAsReported ? `Roles as reported: ${a.roleAsReported.map((r: Json) => `${r.role} (${r.context})`).join("; ")}.` : undefined,
          ),
        }),
      );
    }
  }
  return { participants: sorted(participants, (p) => p.code), chairs, coordinators };
}

function dimensionsData(inputs: Inputs): Json {
  return inputs.reference.dimensions.map((d: Json) =>
    clean({
      id: d.id,
      en: d.nameEn,
      ru: d.nameRu,
      ruStatus: "working translation",
      variants: d.nameEnVariants,
      sources: d.sources,
      confidence: d.confidence,
      note: d.notes,
    }),
  );
}

function meetingsData(inputs: Inputs): Json {
  return inputs.reference.meetings.map((m: Json) =>
    clean({
      id: m.id,
      type: m.type,
      date: m.date,
      place: m.place,
      outcomes: m.outcomes,
      observersAttending: m.observersAttending
        ? clean({
            participants: m.observersAttending.participants,
            sources: m.observersAttending.sources,
            confidence: m.observersAttending.confidence,
            note: m.observersAttending.notes,
          })
        : undefined,
      sources: m.sources,
      confidence: m.confidence,
      note: m.notes,
    }),
  );
}

/** Dated decisions and proposals that are not catalogue versions (no measure of them is known). */
function decisionsData(inputs: Inputs): Json {
  return inputs.reference.decisions.map((decision: Json) => {
    const ru = inputs.ru.decisions[decision.id];
    if (!ru) throw new Error(`src/data/cica/reference/ru.json has no decision "${decision.id}"`);
    return clean({
      id: decision.id,
      kind: decision.kind,
      date: decision.date,
      by: decision.by,
      meeting: decision.meeting,
      amends: decision.amends,
      dimension: decision.dimension,
      title: { en: decision.title, ru },
      status: decision.status,
      sources: decision.sources,
      confidence: decision.confidence,
      note: joinNotes(decision.notes, decision.dimensionConfidence ? `Dimension: ${decision.dimensionConfidence}.` : undefined),
    });
  });
}

const HEADER =
  "// Generated by scripts/cica-data.ts from src/data/cica/reference/cica-data.json and src/data/cica/reference/ru.json.\n// Do not edit: correct the reference or the script, then run `npm run data`.\n";

function literal(value: Json): string {
  return JSON.stringify(value, null, 2);
}

/**
 * A defined catalogue or registry as a literal. The define functions run here, when the data is
 * generated (so the data is checked here, and a definition error stops `npm run data`), and the
 * modules hold their result: a form that imports `cica` does not download the checks (about
 * 2.7 kB gzip). The catalogues' dimensions and statuses, when they are the defaults, are written as
 * the names of those constants, as `defineCatalogue` shares them.
 */
function definedLiteral(value: Json): string {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return JSON.stringify(
    value,
    (key, entry) =>
      key === "dimensions" && same(entry, DIMENSIONS) ? "@@DIMENSIONS@@" : key === "statuses" && same(entry, DEFAULT_STATUSES) ? "@@DEFAULT_STATUSES@@" : entry,
    2,
  ).replace(/"@@(DIMENSIONS|DEFAULT_STATUSES)@@"/g, "$1");
}

/** The literal type of a defined catalogue's measure ids. */
function idUnion(catalogue: Json): string {
  return catalogue.measures.map((m: Json) => JSON.stringify(m.id)).join(" | ");
}

/** The fields of a fact that say where it comes from and how sure it is: they go to provenance.ts. */
const PROVENANCE_FIELDS = ["sources", "confidence", "note", "roleConfidence"] as const;

/**
 * The table of distinct sources, keyed by a short id: the site of a link and its rank among that
 * site's links in sorted order (`mid.ru:2`), or `doc:n` for a citation that is not a link. Ids
 * depend on the sources alone, so that adding a source renames at most its site's later links.
 */
function sourceTable(inputs: Inputs): { ids: Map<string, string>; table: Record<string, string> } {
  const all = new Set<string>();
  const visit = (value: Json): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      for (const [key, entry] of Object.entries(value)) {
        if (key === "sources" && Array.isArray(entry)) {
          for (const source of entry) if (typeof source === "string") all.add(source);
        } else visit(entry);
      }
    }
  };
  visit([
    catalogueDefinition(inputs, "cica@2004"),
    catalogueDefinition(inputs, "cica@2021"),
    registryDefinition(inputs),
    dimensionsData(inputs),
    meetingsData(inputs),
    decisionsData(inputs),
    { sources: codeSources(inputs) },
  ]);
  const site = (source: string) => (/^https?:\/\//.test(source) ? new URL(source).hostname.replace(/^www\./, "") : "doc");
  const ids = new Map<string, string>();
  const rank = new Map<string, number>();
  for (const source of sorted([...all], (s) => `${site(s)} ${s}`)) {
    const n = (rank.get(site(source)) ?? 0) + 1;
    rank.set(site(source), n);
    ids.set(source, `${site(source)}:${n}`);
  }
  const table = Object.fromEntries([...ids.entries()].map(([source, id]) => [id, source]));
  return { ids, table };
}

/**
 * Splits one fact into what a form needs (the fact) and where it comes from (its provenance, with
 * its sources as ids of the source table). A fact with no provenance field gives `undefined`.
 */
function split(fact: Json, ids: Map<string, string>): [Json, Json] {
  const kept: Json = {};
  const provenance: Json = {};
  for (const [key, value] of Object.entries(fact)) {
    if ((PROVENANCE_FIELDS as readonly string[]).includes(key)) provenance[key] = key === "sources" ? withIds(value as string[], ids) : value;
    else kept[key] = value;
  }
  return [kept, Object.keys(provenance).length > 0 ? provenance : undefined];
}

function withIds(sources: readonly string[], ids: Map<string, string>): string[] {
  return [...new Set(sources)].map((source) => {
    const id = ids.get(source);
    if (!id) throw new Error(`No id for source ${JSON.stringify(source)}`);
    return id;
  });
}

/** The facts of the embedded data (no provenance) and their provenance, side by side. */
function splitData(inputs: Inputs) {
  const { ids, table } = sourceTable(inputs);
  const catalogues: Json = {};
  const provenanceCatalogues: Json = {};
  for (const ref of ["cica@2004", "cica@2021"] as const) {
    const [catalogue, own] = split(catalogueDefinition(inputs, ref), ids);
    const areas: Json = {};
    const measures: Json = {};
    catalogue.priorityAreas = catalogue.priorityAreas.map((area: Json) => {
      const [fact, provenance] = split(area, ids);
      if (provenance) areas[area.id] = provenance;
      return fact;
    });
    catalogue.measures = catalogue.measures.map((measure: Json) => {
      const [fact, provenance] = split(measure, ids);
      if (provenance) measures[measure.id] = provenance;
      return fact;
    });
    catalogues[ref] = catalogue;
    provenanceCatalogues[ref] = clean({ catalogue: own, priorityAreas: areas, measures });
  }

  const registry = registryDefinition(inputs);
  const participants: Json = {};
  registry.participants = registry.participants.map((participant: Json) => {
    const [fact, own] = split(participant, ids);
    const history: Json[] = [];
    fact.history = participant.history.map((change: Json) => {
      const [kept, provenance] = split(change, ids);
      history.push(provenance ?? {});
      return kept;
    });
    participants[participant.code] = clean({ participant: own, history });
    return fact;
  });
  const chairs: Json[] = [];
  registry.chairs = registry.chairs.map((term: Json) => {
    const [fact, provenance] = split(term, ids);
    chairs.push(provenance ?? {});
    return fact;
  });
  const coordinators: Json[] = [];
  registry.coordinators = registry.coordinators.map((assignment: Json) => {
    const [fact, provenance] = split(assignment, ids);
    coordinators.push(provenance ?? {});
    return fact;
  });

  const dimensions: Json = {};
  const dimensionFacts = dimensionsData(inputs).map((dimension: Json) => {
    const [fact, provenance] = split(dimension, ids);
    if (provenance) dimensions[dimension.id] = provenance;
    return fact;
  });
  const meetings = meetingsData(inputs).map((meeting: Json) =>
    clean({
      ...meeting,
      sources: withIds(meeting.sources, ids),
      observersAttending: meeting.observersAttending ? { ...meeting.observersAttending, sources: withIds(meeting.observersAttending.sources, ids) } : undefined,
    }),
  );
  const decisions = decisionsData(inputs).map((decision: Json) => ({ ...decision, sources: withIds(decision.sources, ids) }));

  return {
    catalogues,
    registry,
    dimensionFacts,
    meetings,
    decisions,
    ids,
    sources: table,
    provenance: { catalogues: provenanceCatalogues, participants, chairs, coordinators, dimensions },
  };
}

/** The embedded data modules, by path relative to the repository root. */
export function renderDataModules(inputs: Inputs): Record<string, string> {
  const meta = inputs.reference._meta;
  const data = splitData(inputs);
  const cica2004 = defineCatalogue(data.catalogues["cica@2004"]);
  const cica2021 = defineCatalogue(data.catalogues["cica@2021"]);
  const registry = defineRegistry(data.registry);
  return {
    "src/data/cica/catalogues.ts":
      HEADER +
      'import { DEFAULT_STATUSES, type DefaultStatusId } from "../../catalogue/DEFAULT_STATUSES.js";\n' +
      'import type { Catalogue } from "../../catalogue/types.js";\n' +
      'import { DIMENSIONS } from "../../dimensions/DIMENSIONS.js";\n' +
      'import { deepFreeze } from "../../internal/freeze.js";\n\n' +
      '/**\n * The 2004 CICA Catalogue, partial: only the measures that sources quote with their number.\n * Its sources, confidence and notes are in {@link cicaProvenance}.\n *\n * @example\n * cica2004.measures.map((m) => m.id)\n * //=> ["3.4"]\n *\n * @category Embedded data\n */\n' +
      `export const cica2004: Catalogue<${idUnion(cica2004)}, DefaultStatusId> = /* @__PURE__ */ deepFreeze<Catalogue<${idUnion(cica2004)}, DefaultStatusId>>(${definedLiteral(cica2004)});\n\n` +
      '/**\n * The updated CICA Catalogue of 2021, partial: the measures and priority areas that sources\n * quote, with their numbering. Its sources, confidence and notes are in {@link cicaProvenance}.\n *\n * @example\n * cica2021.ref\n * //=> "cica@2021"\n *\n * @category Embedded data\n */\n' +
      `export const cica2021: Catalogue<Cica2021MeasureId, DefaultStatusId> = /* @__PURE__ */ deepFreeze<Catalogue<Cica2021MeasureId, DefaultStatusId>>(${definedLiteral(cica2021)});\n\n` +
      '/**\n * The measure ids of the 2021 Catalogue.\n *\n * @example\n * const id: Cica2021MeasureId = "2.1.4.a";\n *\n * @category Embedded data\n */\n' +
      `export type Cica2021MeasureId = ${idUnion(cica2021)};\n`,
    "src/data/cica/registry.ts":
      HEADER +
      'import { deepFreeze } from "../../internal/freeze.js";\n' +
      'import type { Registry } from "../../participants/types.js";\n\n' +
      "/**\n * The CICA registry: member states, observers (states and organisations) and former observers,\n * each with a dated status history; chairmanship terms; priority-area coordinators. Their sources,\n * confidence and notes are in {@link cicaProvenance}.\n *\n * @example\n * cicaRegistry.participants.length\n * //=> 46\n *\n * @category Embedded data\n */\n" +
      `export const cicaRegistry: Registry = /* @__PURE__ */ deepFreeze<Registry>(${definedLiteral(registry)});\n`,
    "src/data/cica/facts.ts":
      HEADER +
      'import type { CicaDataInfo, CicaDecision, CicaDimensionRecord, CicaMeeting } from "./types.js";\n\n' +
      "/**\n * The version of the embedded data: the day its facts were last corrected. Outputs that state facts\n * (the command line's `members`, review documents) name it, so that a stored answer can be traced\n * to the data that gave it.\n *\n * @example\n * cicaDataVersion\n * //=> \"" +
      meta.dataVersion +
      '"\n *\n * @category Embedded data\n */\n' +
      `export const cicaDataVersion = ${JSON.stringify(meta.dataVersion)};\n\n` +
      '/**\n * The five dimensions\' names as the embedded data gives them, with the other English forms\n * found in sources. Their sources and confidence are in {@link cicaProvenance}.\n *\n * @example\n * cicaDimensions.map((d) => d.id).includes("human")\n * //=> true\n *\n * @category Embedded data\n */\n' +
      `export const cicaDimensions: readonly CicaDimensionRecord[] = ${literal(data.dimensionFacts)};\n\n` +
      '/**\n * CICA summits and ministerial meetings, with dates as precise as their sources; `sources` holds\n * ids of {@link cicaSources}.\n *\n * @example\n * cicaMeetings.find((m) => m.id === "mfa-2")?.date\n * //=> "2004-10-22"\n *\n * @category Embedded data\n */\n' +
      `export const cicaMeetings: readonly CicaMeeting[] = ${literal(data.meetings)};\n\n` +
      '/**\n * Dated decisions and proposals that change no embedded catalogue: a proposed priority area, an\n * implementation decision, a catalogue update reported adopted but with no known measure. Each\n * carries its sources (ids of {@link cicaSources}) and confidence; none of them adds a measure to\n * {@link cica}.\n *\n * @example\n * cicaDecisions.find((d) => d.kind === "catalogue-update")?.date\n * //=> "2024-12-17"\n *\n * @category Embedded data\n */\n' +
      `export const cicaDecisions: readonly CicaDecision[] = ${literal(data.decisions)};\n\n` +
      '/**\n * What the embedded data covers, and its confidence scale.\n *\n * @example\n * cicaDataInfo.coverage\n * //=> "Facts dated up to early 2025. …"\n *\n * @category Embedded data\n */\n' +
      `export const cicaDataInfo: CicaDataInfo = ${literal({ title: meta.title, version: meta.dataVersion, coverage: meta.coverage, confidenceScale: meta.confidenceScale, russian: inputs.ru._note, codes: { standard: meta.isoCodes.standard, sources: withIds(meta.isoCodes.sources, data.ids), confidence: meta.isoCodes.confidence }, unknowns: inputs.reference.unknowns })};\n`,
    "src/data/cica/provenance.ts":
      HEADER +
      'import type { CicaProvenance } from "./types.js";\n\n' +
      '/**\n * Every source the embedded data cites, once: a link, or a citation of a document that has none,\n * keyed by the id that {@link cicaProvenance}, {@link cicaMeetings} and {@link cicaDecisions} use: the\n * site of a link and its rank among that site\'s links (`mid.ru:2`), or `doc:n` for a citation.\n *\n * @example\n * Object.entries(cicaSources).filter(([id]) => id.startsWith("mid.ru:")).every(([, url]) => url.includes("mid.ru/"))\n * //=> true\n *\n * @category Embedded data\n */\n' +
      `export const cicaSources: Readonly<Record<string, string>> = ${literal(data.sources)};\n\n` +
      '/**\n * Where each fact of {@link cica} comes from and how sure its sources make it: source ids (see\n * {@link cicaSources}), confidence and notes, laid out like the facts themselves. Read one fact\'s\n * with {@link provenanceOf}. A form that only validates reports need not import this.\n *\n * @example\n * cicaProvenance.catalogues["cica@2021"].measures["2.1.2"]?.confidence\n * //=> "confirmed"\n *\n * @category Embedded data\n */\n' +
      `export const cicaProvenance: CicaProvenance = ${literal(data.provenance)};\n`,
  };
}
