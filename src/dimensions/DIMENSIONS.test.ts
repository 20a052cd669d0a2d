import { describe, expect, it } from "vitest";
import { DIMENSIONS } from "./DIMENSIONS.js";
import { isDimensionId } from "./isDimensionId.js";

describe("DIMENSIONS", () => {
  it("lists the five dimensions in the Catalogue's order", () => {
    expect(DIMENSIONS.map((d) => d.id)).toEqual(["military-political", "new-challenges-threats", "economic", "environmental", "human"]);
    expect(DIMENSIONS.map((d) => d.order)).toEqual([1, 2, 3, 4, 5]);
  });

  it("gives every dimension an English and a Cyrillic Russian label", () => {
    for (const dimension of DIMENSIONS) {
      expect(dimension.en.length).toBeGreaterThan(0);
      expect(dimension.ru).toMatch(/^[А-ЯЁ][а-яёА-ЯЁ -]+$/u);
    }
  });

  it("cannot be changed by a caller", () => {
    expect(Object.isFrozen(DIMENSIONS)).toBe(true);
    expect(DIMENSIONS.every((d) => Object.isFrozen(d))).toBe(true);
  });

  it("recognises dimension ids and nothing else", () => {
    expect(isDimensionId("human")).toBe(true);
    expect(isDimensionId("Human")).toBe(false);
    expect(isDimensionId(undefined)).toBe(false);
  });
});
