import { describe, expect, it } from "vitest";
import { getMeasure } from "./getMeasure.js";
import { hasMeasure } from "./hasMeasure.js";
import type { Catalogue } from "./types.js";
import { cica } from "../data/cica/index.js";

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
