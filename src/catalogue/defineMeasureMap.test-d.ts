import { describe, expectTypeOf, it } from "vitest";
import { cica2004, cica2021 } from "../data/cica/catalogues.js";
import { defineMeasureMap, type MeasureMap } from "./defineMeasureMap.js";

describe("defineMeasureMap types", () => {
  it("takes the measure ids of both catalogues, so that a misspelt id does not compile", () => {
    expectTypeOf(defineMeasureMap(cica2021, cica2004, { "NCTG.1": "3.4", "HUM.1": null })).toEqualTypeOf<MeasureMap>();
    // @ts-expect-error "NCTG.9" is not a measure of cica@2021
    defineMeasureMap(cica2021, cica2004, { "NCTG.9": "3.4" });
    // @ts-expect-error "3.5" is not a measure of cica@2004
    defineMeasureMap(cica2021, cica2004, { "NCTG.1": "3.5" });
  });
});
