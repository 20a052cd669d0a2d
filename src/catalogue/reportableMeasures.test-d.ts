import { describe, expectTypeOf, it } from "vitest";
import { cica } from "../data/cica/index.js";
import type { Cica2021MeasureId } from "../data/cica/catalogues.js";
import { reportableMeasures } from "./reportableMeasures.js";

describe("reportableMeasures types", () => {
  it("types each item's id by the catalogue, so that a form's entry names a real measure", () => {
    const [first] = reportableMeasures(cica.catalogues["cica@2021"]);
    expectTypeOf(first!.id).toEqualTypeOf<Cica2021MeasureId>();
    expectTypeOf(first!.kind).toEqualTypeOf<"measure" | "priority">();
  });

  it("takes only a language the library knows", () => {
    // @ts-expect-error "kk" is not a built-in language of labels
    reportableMeasures(cica.catalogues["cica@2021"], { lang: "kk" });
  });
});
