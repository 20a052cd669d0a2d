import { describe, expect, it } from "vitest";
import { chairOn } from "./chairOn.js";
import { cica } from "../data/cica/index.js";

const registry = cica.registry;

describe("chairOn", () => {
  it.each([
    ["2002-06-04", "KZ"],
    ["2010-06-07", "KZ"],
    ["2010-06-08", "TR"],
    ["2014-05-21", "CN"],
    ["2019-01-01", "TJ"],
    ["2022-10-13", "KZ"],
    ["2024-12-17", "AZ"],
  ])("names the chair on %s as %s", (date, state) => {
    expect(chairOn(registry, date)?.state).toBe(state);
  });

  it("names no chair before the first term", () => {
    expect(chairOn(registry, "2002-06-03")).toBeUndefined();
  });
});
