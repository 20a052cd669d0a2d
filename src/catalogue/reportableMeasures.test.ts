import { describe, expect, it } from "vitest";
import { cica } from "../data/cica/index.js";
import { defineCatalogue } from "./defineCatalogue.js";
import { isCbmError } from "../errors/CbmError.js";
import { ru } from "../i18n/ru.js";
import { reportableMeasures } from "./reportableMeasures.js";
import type { Catalogue } from "./types.js";

const c2021 = cica.catalogues["cica@2021"];

describe("reportableMeasures", () => {
  it("leaves every group heading out and keeps every other item, in catalogue order", () => {
    const ids = reportableMeasures(c2021).map((item) => item.id);
    const headings = c2021.measures.filter((m) => m.kind === "measure-group").map((m) => m.id);
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) expect(ids).not.toContain(heading);
    expect(ids).toEqual(c2021.measures.map((m) => m.id).filter((id) => !headings.includes(id)));
  });

  it("names the heading of a sub-item, and none for an item outside a group", () => {
    const items = reportableMeasures(c2021);
    const sub = items.find((item) => item.id === "2.1.4.a");
    expect(sub?.heading).toEqual({ id: "2.1.4", label: c2021.measures.find((m) => m.id === "2.1.4")?.title.en });
    expect(items.find((item) => item.id === "HUM.1")?.heading).toBeUndefined();
  });

  it("labels items, headings, dimensions and priority areas in English by default", () => {
    const item = reportableMeasures(c2021).find((i) => i.id === "NCTG.1");
    const area = c2021.priorityAreas.find((a) => a.id === "nct-general");
    const dimension = c2021.dimensions.find((d) => d.id === "new-challenges-threats");
    expect(item?.label).toMatch(/^Exchange of information on measures combating/);
    expect(item?.dimension).toEqual({ id: "new-challenges-threats", label: dimension?.en });
    expect(item?.priorityArea).toEqual({ id: "nct-general", label: area?.title.en });
  });

  it("labels them in English itself when no language is given, not in any other text a title carries", () => {
    // A catalogue read from a file may carry texts under keys of no language, even an empty one.
    const handMade = {
      ...c2021,
      dimensions: [{ id: "human", en: "Human dimension", "": "(no language)" }],
      priorityAreas: [],
      measures: [{ id: "X.1", kind: "measure", dimension: "human", numberIsOfficial: true, title: { en: "Student exchanges", "": "(no language)" } }],
    } as unknown as Catalogue;
    expect(reportableMeasures(handMade)).toEqual([
      { id: "X.1", kind: "measure", label: "Student exchanges", dimension: { id: "human", label: "Human dimension" } },
    ]);
  });

  it("labels them in Russian when asked", () => {
    const items = reportableMeasures(c2021, { lang: "ru" });
    const sub = items.find((i) => i.id === "2.1.4.a");
    expect(sub?.label).toBe("Взаимные визиты военного руководства и представителей военных учебных заведений");
    expect(sub?.heading?.label).toMatch(/^Развитие форм сотрудничества/);
    expect(sub?.dimension.label).toBe(c2021.dimensions.find((d) => d.id === "military-political")?.ru);
    expect(sub?.dimension.label).not.toBe(c2021.dimensions.find((d) => d.id === "military-political")?.en);
    const nct = items.find((i) => i.id === "NCTG.1");
    expect(nct?.priorityArea?.label).toBe("Новые вызовы и угрозы (общие вопросы)");
  });

  it("falls back to English for a text with no Russian translation", () => {
    const own = defineCatalogue({
      id: "national-plan",
      version: "2025",
      title: { en: "National action plan" },
      dimensions: [{ id: "people", en: "People" }],
      priorityAreas: [{ id: "youth", dimension: "people", title: { en: "Youth" } }],
      measures: [
        { id: "1", kind: "measure-group", dimension: "people", title: { en: "Exchanges" } },
        { id: "1.a", parent: "1", dimension: "people", priorityArea: "youth", title: { en: "Student exchanges", ru: "Обмен студентами" } },
        { id: "2", kind: "priority", dimension: "people", title: { en: "Sport" } },
      ],
    });
    expect(reportableMeasures(own, { lang: "ru" })).toEqual([
      {
        id: "1.a",
        kind: "measure",
        label: "Обмен студентами",
        heading: { id: "1", label: "Exchanges" },
        dimension: { id: "people", label: "People" },
        priorityArea: { id: "youth", label: "Youth" },
      },
      { id: "2", kind: "priority", label: "Sport", dimension: { id: "people", label: "People" } },
    ]);
  });

  it("returns a frozen list that gives the same answer twice and leaves the catalogue as it was", () => {
    const before = JSON.stringify(c2021);
    const first = reportableMeasures(c2021, { lang: "ru" });
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first[0])).toBe(true);
    expect(Object.isFrozen(first[0]?.dimension)).toBe(true);
    expect(reportableMeasures(c2021, { lang: "ru" })).toEqual(first);
    expect(JSON.stringify(c2021)).toBe(before);
  });

  it("refuses a language it has no labels for with a CbmError naming reportableMeasures and options.lang", () => {
    let caught: unknown;
    try {
      reportableMeasures(c2021, { lang: "de" as never });
    } catch (error) {
      caught = error;
    }
    expect(isCbmError(caught) && caught.code).toBe("invalid-argument");
    expect((caught as Error).message).toMatch(/^reportableMeasures: options\.lang must be "en" or "ru"/);
  });

  it("labels them in the language of a Locale passed in", () => {
    expect(reportableMeasures(c2021, { lang: ru })).toEqual(reportableMeasures(c2021, { lang: "ru" }));
  });

  it("labels a dimension the catalogue does not declare by its id, and gives no heading or priority area it cannot find", () => {
    // A catalogue object made by hand, not by defineCatalogue (which would refuse these references).
    const handMade = {
      ...c2021,
      dimensions: [],
      priorityAreas: [],
      measures: [
        { id: "X.1", kind: "measure", dimension: "maritime", parent: "X", priorityArea: "coasts", numberIsOfficial: false, title: { en: "Coast guard talks" } },
      ],
    } as unknown as Catalogue;
    expect(reportableMeasures(handMade)).toEqual([
      { id: "X.1", kind: "measure", label: "Coast guard talks", dimension: { id: "maritime", label: "maritime" } },
    ]);
  });
});
