import { describe, expect, it } from "vitest";
import { cica2021 } from "../data/cica/catalogues.js";
import { isCbmError } from "../errors/CbmError.js";
import { defineCatalogue } from "./defineCatalogue.js";
import { defineMeasureMap } from "./defineMeasureMap.js";

/**
 * Two versions of a plan whose measure ids are also names of Object.prototype's members, made
 * inside each test. (Their changes are passed `as never`: an object literal's own `toString` does
 * not fit the type of the changes of a catalogue with a measure "toString", and a JavaScript caller
 * may pass `undefined`.)
 */
const planV1 = () =>
  defineCatalogue({
    id: "plan",
    version: "1",
    title: { en: "Plan" },
    measures: [
      { id: "toString", dimension: "human", title: { en: "Exchanges" } },
      { id: "constructor", dimension: "human", title: { en: "Fairs" } },
      { id: "a", dimension: "human", title: { en: "Visits" } },
    ],
  });
const planV2 = () =>
  defineCatalogue({
    id: "plan",
    version: "2",
    title: { en: "Plan" },
    measures: [
      { id: "toString", dimension: "human", title: { en: "Exchanges" } },
      { id: "a", dimension: "human", title: { en: "Visits" } },
      { id: "b", dimension: "human", title: { en: "Seminars" } },
    ],
  });

function misuse(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isCbmError(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
  return "no error";
}

describe("defineMeasureMap", () => {
  it("maps an unlisted id to itself where the later version has it, and to null where it does not, even an id named like an object's own member", () => {
    const [v1, v2] = [planV1(), planV2()];
    expect(defineMeasureMap(v1, v2, {}).measures).toEqual({ toString: "toString", constructor: null, a: "a" });
  });

  it("follows the listed changes, a null as no counterpart, and reads a change left undefined as not listed", () => {
    const [v1, v2] = [planV1(), planV2()];
    expect(defineMeasureMap(v1, v2, { a: "b", toString: null } as never).measures).toEqual({ toString: null, constructor: null, a: "b" });
    expect(defineMeasureMap(v1, v2, { a: undefined } as never).measures.a).toBe("a");
  });

  it("says where the map goes from and to, and gives a frozen map", () => {
    const [v1, v2] = [planV1(), planV2()];
    const map = defineMeasureMap(v1, v2, { a: "b" } as never);
    expect([map.from, map.to]).toEqual(["plan@1", "plan@2"]);
    expect(Object.isFrozen(map)).toBe(true);
    expect(Object.isFrozen(map.measures)).toBe(true);
  });

  it("allows a version's map onto itself that changes nothing, and refuses one that renumbers it", () => {
    const v1 = planV1();
    expect(defineMeasureMap(cica2021, cica2021, {}).measures["HUM.1"]).toBe("HUM.1");
    expect(misuse(() => defineMeasureMap(v1, v1, { a: "toString" } as never))).toBe(
      "invalid-definition: defineMeasureMap(plan@1 → plan@1): a version cannot renumber itself.",
    );
  });

  it("names, for an unknown id, the map and the version that lacks it", () => {
    const [v1, v2] = [planV1(), planV2()];
    expect(misuse(() => defineMeasureMap(v1, v2, { z: "a" } as never))).toBe(
      'invalid-definition: defineMeasureMap(plan@1 → plan@2): "z" is not a measure of plan@1.',
    );
    expect(misuse(() => defineMeasureMap(v1, v2, { a: "z" } as never))).toBe(
      'invalid-definition: defineMeasureMap(plan@1 → plan@2): "a" maps to "z", which is not a measure of plan@2.',
    );
  });

  it("refuses, as misuse, a version that is not a catalogue, or changes that are not an object", () => {
    const [v1, v2] = [planV1(), planV2()];
    const notCatalogue = /^invalid-argument: defineMeasureMap: pass two catalogues made by defineCatalogue/;
    expect(misuse(() => defineMeasureMap(undefined as never, v2, {}))).toMatch(notCatalogue);
    expect(misuse(() => defineMeasureMap(v1, undefined as never, {}))).toMatch(notCatalogue);
    expect(misuse(() => defineMeasureMap(v1, { ref: 2, measures: [] } as never, {}))).toMatch(notCatalogue);
    expect(misuse(() => defineMeasureMap({ ...v1, measures: undefined } as never, v2, {}))).toMatch(notCatalogue);
    expect(misuse(() => defineMeasureMap(v1, { ...v2, measures: {} } as never, {}))).toMatch(notCatalogue);
    expect(misuse(() => defineMeasureMap(v1, v2, null as never))).toMatch(/^invalid-argument: defineMeasureMap: pass the changed ids as an object/);
    expect(misuse(() => defineMeasureMap(v1, v2, "a" as never))).toMatch(/^invalid-argument: defineMeasureMap: pass the changed ids as an object/);
  });
});
