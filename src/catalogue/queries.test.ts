import { describe, expect, it } from "vitest";
import { cica } from "../data/cica/index.js";
import { defineCatalogue } from "./defineCatalogue.js";
import { diffCatalogues } from "./diffCatalogues.js";
import { getMeasure } from "./getMeasure.js";
import { hasMeasure } from "./hasMeasure.js";
import { getImplementationStatus } from "./getImplementationStatus.js";
import { measuresIn } from "./measuresIn.js";
import type { Catalogue } from "./types.js";

const c2004 = cica.catalogues["cica@2004"];
const c2021 = cica.catalogues["cica@2021"];

describe("getMeasure and hasMeasure", () => {
  it("finds a measure of the version by its number", () => {
    expect(getMeasure(c2021, "2.1.4.a")?.parent).toBe("2.1.4");
    expect(getMeasure(c2004, "3.4")?.label).toBe("Article 3, clause 4");
  });

  it("returns undefined for a number the version does not have", () => {
    const loose: Catalogue = c2021;
    expect(getMeasure(loose, "3.4")).toBeUndefined();
    expect(getMeasure(loose, "")).toBeUndefined();
    expect(hasMeasure(c2021, "3.4")).toBe(false);
    expect(hasMeasure(c2021, 3.4)).toBe(false);
    expect(hasMeasure(c2021, "2.1.5")).toBe(true);
  });

  it("does not find inherited object keys as measures", () => {
    const loose: Catalogue = c2021;
    expect(getMeasure(loose, "__proto__")).toBeUndefined();
    expect(hasMeasure(c2021, "constructor")).toBe(false);
  });
});

describe("measuresIn", () => {
  it("lists a dimension's measures in catalogue order", () => {
    expect(measuresIn(c2021, "human").map((m) => m.id)).toEqual(["HUM.1", "HUM.2", "HUM.3", "HUM.4", "HUM.5", "HUM.6"]);
  });

  it("lists a priority area's measures, or a group's sub-items", () => {
    expect(measuresIn(c2021, { priorityArea: "nct-general" }).map((m) => m.id)).toEqual(["NCTG.1", "NCTG.2", "NCTG.3", "NCTG.4"]);
    expect(measuresIn(c2021, { parent: "2.1.1" }).map((m) => m.id)).toEqual(["2.1.1.a", "2.1.1.b", "2.1.1.c", "2.1.1.d"]);
  });

  it("combines conditions and returns nothing for an economic dimension whose measures are unknown", () => {
    expect(measuresIn(c2021, { dimension: "military-political", kind: "measure-group" }).map((m) => m.id)).toEqual(["2.1.1", "2.1.4"]);
    expect(measuresIn(c2021, "economic")).toEqual([]);
  });
});

describe("getImplementationStatus", () => {
  it("gives the ordinal score of a status and null for not-applicable", () => {
    expect(getImplementationStatus(c2021, "not-started")?.score).toBe(0);
    expect(getImplementationStatus(c2021, "implemented")?.score).toBe(4);
    expect(getImplementationStatus(c2021, "not-applicable")?.score).toBeNull();
    expect(getImplementationStatus(c2021, "finished")).toBeUndefined();
  });

  it("returns the catalogue's own status object, and finds statuses of a catalogue that is not frozen", () => {
    expect(getImplementationStatus(c2021, "planned")).toBe(c2021.statuses.find((s) => s.id === "planned"));
    const unfrozen = { ...c2021, statuses: [...c2021.statuses] };
    expect(Object.isFrozen(unfrozen)).toBe(false);
    expect(getImplementationStatus(unfrozen, "planned")?.score).toBe(1);
    expect(getImplementationStatus(unfrozen, "__proto__")).toBeUndefined();
    expect(getImplementationStatus(c2021, "__proto__")).toBeUndefined();
  });
});

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

  it("finds nothing between a version and itself", () => {
    expect(diffCatalogues(c2021, c2021)).toMatchObject({ added: [], removed: [], changed: [] });
  });
});
