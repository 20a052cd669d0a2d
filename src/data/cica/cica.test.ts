import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assumedDay } from "../../dates/assumedDay.js";
import { membersOn } from "../../participants/membersOn.js";
import { findParticipant } from "../../participants/findParticipant.js";
import { observersOn } from "../../participants/observersOn.js";
import { cicaDecisions, cicaMeetings } from "./facts.js";
import { cica } from "./index.js";
import { cicaProvenance, cicaSources } from "./provenance.js";
import { provenanceOf } from "./provenanceOf.js";

// The embedded data is checked against the reference it is generated from, so that a mistake in
// the generator (a dropped member, an invented measure, a changed date) fails here.
const reference = JSON.parse(readFileSync(new URL("./reference/cica-data.json", import.meta.url), "utf8"));
const registry = cica.registry;
const CYRILLIC = /[А-ЯЁа-яё]/u;

describe("embedded registry", () => {
  it("holds every member of the reference with its ISO codes and accession date", () => {
    for (const member of reference.members) {
      const participant = registry.participants.find((p) => p.code === member.iso2);
      expect(participant?.alpha3, member.name).toBe(member.iso3);
      const joined = participant?.history.find((c) => c.status === "member");
      expect(joined?.since, member.name).toBe(member.joined);
    }
    expect(registry.participants.filter((p) => p.history.some((c) => c.status === "member"))).toHaveLength(reference.members.length);
  });

  it("matches every member count the reference gives, reading partial dates by the documented rule", () => {
    for (const { date, count } of reference.memberCounts) {
      expect(membersOn(registry, assumedDay(date)), date).toHaveLength(count);
    }
  });

  it.each([
    ["2006-11-15", 6, 3],
    ["2008-08-31", 7, 3],
    ["2022-10-31", 9, 5],
  ])("matches the confirmed observer counts on %s (%i states, %i organisations)", (date, states, organisations) => {
    expect(observersOn(registry, date, "state")).toHaveLength(states);
    expect(observersOn(registry, date, "organisation")).toHaveLength(organisations);
  });

  it("matches the confirmed total of 13 observers on 2014-05-15 and 10 observer states on 2023-12-26", () => {
    expect(observersOn(registry, "2014-05-15")).toHaveLength(13);
    expect(observersOn(registry, "2023-12-26", "state")).toHaveLength(10);
  });

  it("gives every status change a source and a confidence, and marks derived end dates unverified", () => {
    for (const participant of registry.participants) {
      for (const change of participant.history) {
        const provenance = provenanceOf(change);
        expect(provenance?.sources.length, participant.code).toBeGreaterThan(0);
        expect(["confirmed", "likely", "unverified"]).toContain(provenance?.confidence);
        if (change.basis === "after-last-attested") {
          expect(provenance?.confidence).toBe("unverified");
          expect(provenance?.note).toMatch(/unknown/);
        }
      }
    }
  });

  it("names every participant in English and Russian", () => {
    for (const participant of registry.participants) {
      expect(participant.name.en.length).toBeGreaterThan(0);
      expect(participant.name.ru, participant.code).toMatch(CYRILLIC);
    }
  });

  it("holds the chair terms of the reference, each with its sources", () => {
    expect(registry.chairs.map((t) => [t.state, t.from, t.until])).toEqual(
      reference.chairs.map((c: { state: string; from: string; to: string }) => [c.state, c.from, c.to]),
    );
    expect(registry.chairs.every((t) => (provenanceOf(t)?.sources.length ?? 0) > 0)).toBe(true);
  });

  it("holds every coordinator assignment of the reference", () => {
    const expected = reference.priorityAreas.flatMap((area: { id: string; assignments: { state: string }[] }) =>
      area.assignments.map((a) => `${area.id} ${a.state}`),
    );
    expect(registry.coordinators.map((a) => `${a.area} ${a.state}`)).toEqual(expected);
  });
});

describe("embedded catalogues", () => {
  it("invents no measure: each one is a reference measure of that version, with its text", () => {
    for (const catalogue of Object.values(cica.catalogues)) {
      for (const measure of catalogue.measures) {
        const source = reference.measures.find((m: { id: string }) => m.id === `${catalogue.ref}:${measure.id}`);
        expect(source, `${catalogue.ref}:${measure.id}`).toBeDefined();
        expect(measure.title.en).toBe(source.text);
        expect(measure.dimension).toBe(source.dimension);
        expect(provenanceOf(measure)?.sources.length, measure.id).toBeGreaterThan(0);
        expect(measure.title.ru, measure.id).toMatch(CYRILLIC);
      }
    }
  });

  it("holds the 2004 version as partial, with the dimensions and the one numbered clause", () => {
    const c2004 = cica.catalogues["cica@2004"];
    expect(c2004.partial).toBe(true);
    expect(c2004.adopted).toBe("2004-10-22");
    expect(c2004.dimensions.map((d) => d.id)).toHaveLength(5);
    expect(c2004.measures.map((m) => [m.id, m.label])).toEqual([["3.4", "Article 3, clause 4"]]);
    expect(provenanceOf(c2004)?.note).toMatch(/Partial/);
  });

  it("holds every 2021 measure and priority area of the reference, with its numbering", () => {
    const c2021 = cica.catalogues["cica@2021"];
    const expected = reference.measures.filter((m: { version: string }) => m.version === "cica@2021").map((m: { key: string }) => m.key);
    expect(c2021.measures.map((m) => m.id)).toEqual(expected);
    expect(c2021.priorityAreas.map((a) => a.id)).toEqual(reference.priorityAreas.map((a: { id: string }) => a.id));
    expect(c2021.partial).toBe(true);
    expect(c2021.measures.filter((m) => m.numberIsOfficial).map((m) => m.id)).toEqual([
      "2.1.1",
      "2.1.1.a",
      "2.1.1.b",
      "2.1.1.c",
      "2.1.1.d",
      "2.1.2",
      "2.1.3",
      "2.1.4",
      "2.1.4.a",
      "2.1.4.b",
      "2.1.4.c",
      "2.1.4.d",
      "2.1.5",
    ]);
  });

  it("keeps the volunteerism proposal out of the 2021 catalogue, as a dated proposal of the SOC (PR-1782, August 2023)", () => {
    expect(cica.catalogues["cica@2021"].priorityAreas.map((a) => a.id)).not.toContain("human-volunteerism");
    const proposal = cicaDecisions.find((d) => d.kind === "priority-area-proposal");
    expect(proposal).toMatchObject({ date: "2023-08-22", by: "Senior Officials Committee", status: "proposed", dimension: "human" });
    expect(proposal ? provenanceOf(proposal)?.sources.map((source) => source.citation) : []).toContain(
      "https://s-cica.org/index.php?view=page&t=press_releases&id=1782",
    );
  });
});

describe("embedded meetings and dimensions", () => {
  it("dates the adoption of both catalogue versions by their meetings", () => {
    expect(cicaMeetings.find((m) => m.id === "mfa-2")?.date).toBe(cica.catalogues["cica@2004"].adopted);
    expect(cica.dimensions.map((d) => d.ruStatus)).toEqual(Array(5).fill("working translation"));
  });
});

describe("provenance apart from the facts", () => {
  const PROVENANCE_FIELDS = ["sources", "confidence", "note", "roleConfidence"];
  const facts = (): object[] => [
    ...Object.values(cica.catalogues).flatMap((c): object[] => [c, ...c.priorityAreas, ...c.measures]),
    ...cica.registry.participants.flatMap((p): object[] => [p, ...p.history]),
    ...cica.registry.chairs,
    ...cica.registry.coordinators,
    ...cica.dimensions,
  ];

  it("keeps no source, confidence or note in the facts a form imports", () => {
    for (const fact of facts()) for (const field of PROVENANCE_FIELDS) expect(fact, JSON.stringify(fact).slice(0, 80)).not.toHaveProperty(field);
  });

  it("loses no provenance: every fact the reference sources has its sources back through provenanceOf", () => {
    const sourced: object[] = [
      ...Object.values(cica.catalogues).flatMap((c): object[] => [c, ...c.priorityAreas, ...c.measures]),
      ...cica.registry.participants.flatMap((p) => p.history),
      ...cica.registry.chairs,
      ...cica.registry.coordinators,
      ...cica.dimensions,
    ];
    expect(sourced.filter((fact) => (provenanceOf(fact)?.sources.length ?? 0) === 0)).toEqual([]);
    expect(sourced.filter((fact) => provenanceOf(fact)?.confidence === undefined)).toEqual([]);
    expect(provenanceOf(cica.catalogues["cica@2021"].measures[0]!)?.sources[0]?.citation).toMatch(/^https?:\/\//);
    expect(provenanceOf(findParticipant(cica.registry, "AF")!)?.note).toMatch(/founding members/);
  });

  it("cites every source of the table, and only sources of the table", () => {
    const cited = new Set<string>();
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === "object")
        for (const [key, entry] of Object.entries(value))
          if (key === "sources") for (const id of entry as string[]) cited.add(id);
          else visit(entry);
    };
    visit(cicaProvenance);
    visit(cicaMeetings);
    expect([...cited].filter((id) => !(id in cicaSources))).toEqual([]);
    expect(Object.keys(cicaSources).filter((id) => !cited.has(id))).toEqual([]);
    expect(new Set(Object.values(cicaSources)).size).toBe(Object.keys(cicaSources).length);
  });

  it("lines the registry's provenance up with its facts, one entry per status change, chair and coordinator", () => {
    expect(cicaProvenance.chairs).toHaveLength(cica.registry.chairs.length);
    expect(cicaProvenance.coordinators).toHaveLength(cica.registry.coordinators.length);
    for (const participant of cica.registry.participants) {
      expect(cicaProvenance.participants[participant.code]?.history, participant.code).toHaveLength(participant.history.length);
    }
  });

  it("reads a fact of data you defined from the fact itself, and gives nothing for a fact with no provenance", () => {
    expect(provenanceOf({ sources: ["Archive, box 4"], confidence: "likely", note: "n" })).toEqual({
      sources: [{ id: "Archive, box 4", citation: "Archive, box 4" }],
      confidence: "likely",
      note: "n",
    });
    expect(provenanceOf({ id: "x" })).toBeUndefined();
    // a copy of an embedded fact is not the embedded fact: it carries no provenance of its own
    expect(provenanceOf({ ...cica.registry.chairs[0]! })).toBeUndefined();
  });
});
