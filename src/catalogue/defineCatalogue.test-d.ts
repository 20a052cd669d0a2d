import { describe, expectTypeOf, it } from "vitest";
import { cica } from "../data/cica/index.js";
import { defineCatalogue } from "./defineCatalogue.js";
import { getMeasure } from "./getMeasure.js";
import { hasMeasure } from "./hasMeasure.js";
import type { Catalogue, Measure, MeasureIdOf, StatusIdOf } from "./types.js";

describe("catalogue types", () => {
  it("infers literal measure ids from a definition", () => {
    const plan = defineCatalogue({
      id: "plan",
      version: "1",
      title: { en: "Plan" },
      measures: [
        { id: "1", dimension: "human", title: { en: "Exchanges" } },
        { id: "2", dimension: "economic", title: { en: "Fairs" } },
      ],
    });
    expectTypeOf<MeasureIdOf<typeof plan>>().toEqualTypeOf<"1" | "2">();
    expectTypeOf(getMeasure(plan, "2")).toEqualTypeOf<Measure<"1" | "2"> | undefined>();
    // @ts-expect-error "3" is not a measure of this catalogue: a typo is a compile error
    getMeasure(plan, "3");
  });

  it("types the embedded 2021 catalogue's measure ids and the default statuses", () => {
    const c2021 = cica.catalogues["cica@2021"];
    expectTypeOf<"2.1.4.a">().toMatchTypeOf<MeasureIdOf<typeof c2021>>();
    expectTypeOf<StatusIdOf<typeof c2021>>().toEqualTypeOf<
      "not-started" | "planned" | "in-progress" | "partially-implemented" | "implemented" | "not-applicable"
    >();
    // @ts-expect-error 2.1.9 is not in the 2021 catalogue
    getMeasure(c2021, "2.1.9");
    // @ts-expect-error 3.4 belongs to the 2004 version
    getMeasure(c2021, "3.4");
  });

  it("narrows a run-time string with hasMeasure before a typed look-up", () => {
    const c2021 = cica.catalogues["cica@2021"];
    const fromReport: string = "2.1.2";
    // @ts-expect-error a plain string must be narrowed first
    getMeasure(c2021, fromReport);
    if (hasMeasure(c2021, fromReport)) {
      expectTypeOf(fromReport).toEqualTypeOf<MeasureIdOf<typeof c2021>>();
      getMeasure(c2021, fromReport);
    }
  });

  it("accepts any string for a catalogue typed as plain Catalogue", () => {
    const loose: Catalogue = cica.catalogues["cica@2021"];
    expectTypeOf(getMeasure(loose, "anything")).toEqualTypeOf<Measure<string> | undefined>();
  });
});
