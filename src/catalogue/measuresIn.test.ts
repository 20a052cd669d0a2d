import { describe, expect, it } from "vitest";
import { measuresIn } from "./measuresIn.js";
import { cica } from "../data/cica/index.js";

const c2021 = cica.catalogues["cica@2021"];

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
