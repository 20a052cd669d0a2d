import { describe, expect, it } from "vitest";
import { cica } from "../data/cica/index.js";
import { defineCatalogue } from "./defineCatalogue.js";
import { diffCatalogues } from "./diffCatalogues.js";

const c2004 = cica.catalogues["cica@2004"];
const c2021 = cica.catalogues["cica@2021"];

describe("diffCatalogues", () => {
  it("shows the 2004 clause as removed and the 2021 measures as added, guessing no renumbering", () => {
    const diff = diffCatalogues(c2004, c2021);
    expect(diff.from).toBe("cica@2004");
    expect(diff.to).toBe("cica@2021");
    expect(diff.removed.map((m) => m.id)).toEqual(["3.4"]);
    expect(diff.added.map((m) => m.id)).toEqual(c2021.measures.map((m) => m.id));
    expect(diff.changed).toEqual([]);
  });

  it("lists field-level changes of a measure kept under the same number", () => {
    const v1 = defineCatalogue({
      id: "plan",
      version: "1",
      title: { en: "Plan" },
      measures: [
        { id: "1", dimension: "human", title: { en: "Exchanges" } },
        { id: "2", dimension: "economic", title: { en: "Fairs" } },
      ],
    });
    const v2 = defineCatalogue({
      id: "plan",
      version: "2",
      title: { en: "Plan" },
      measures: [
        { id: "1", dimension: "human", title: { en: "Student exchanges", ru: "Студенческие обмены" } },
        { id: "3", dimension: "environmental", title: { en: "Reforestation" } },
      ],
    });
    const diff = diffCatalogues(v1, v2);
    expect(diff.changed).toEqual([
      {
        id: "1",
        changes: [
          { field: "title.en", before: "Exchanges", after: "Student exchanges" },
          { field: "title.ru", before: undefined, after: "Студенческие обмены" },
        ],
      },
    ]);
    expect(diff.added.map((m) => m.id)).toEqual(["3"]);
    expect(diff.removed.map((m) => m.id)).toEqual(["2"]);
  });

  it("names each field that changed, its place in the structure as well as its texts: dimension, priority area, parent, kind and label", () => {
    const base = {
      id: "plan",
      title: { en: "Plan" },
      priorityAreas: [
        { id: "youth", dimension: "human", title: { en: "Youth" } },
        { id: "trade", dimension: "economic", title: { en: "Trade" } },
      ],
    } as const;
    const v1 = defineCatalogue({
      ...base,
      version: "1",
      measures: [
        { id: "G", kind: "measure-group", dimension: "human", title: { en: "Group" } },
        { id: "H", kind: "measure-group", dimension: "human", title: { en: "Other group" } },
        { id: "1", dimension: "human", priorityArea: "youth", parent: "G", label: "Clause 1", title: { en: "Exchanges" } },
      ],
    });
    const v2 = defineCatalogue({
      ...base,
      version: "2",
      measures: [
        { id: "G", kind: "measure-group", dimension: "human", title: { en: "Group" } },
        { id: "H", kind: "measure-group", dimension: "human", title: { en: "Other group" } },
        { id: "1", kind: "priority", dimension: "economic", priorityArea: "trade", parent: "H", label: "Clause 2", title: { en: "Exchanges" } },
      ],
    });
    expect(diffCatalogues(v1, v2).changed).toEqual([
      {
        id: "1",
        changes: [
          { field: "dimension", before: "human", after: "economic" },
          { field: "priorityArea", before: "youth", after: "trade" },
          { field: "parent", before: "G", after: "H" },
          { field: "kind", before: "measure", after: "priority" },
          { field: "label", before: "Clause 1", after: "Clause 2" },
        ],
      },
    ]);
  });

  it("finds nothing between a version and itself", () => {
    expect(diffCatalogues(c2021, c2021)).toMatchObject({ added: [], removed: [], changed: [] });
  });
});
