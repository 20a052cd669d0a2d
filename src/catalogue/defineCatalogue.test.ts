import { describe, expect, it } from "vitest";
import { isCbmError } from "../errors/CbmError.js";
import { DEFAULT_STATUSES } from "./DEFAULT_STATUSES.js";
import { defineCatalogue } from "./defineCatalogue.js";
import type { CatalogueDefinition } from "./types.js";

const base = {
  id: "plan",
  version: "2025",
  title: { en: "National action plan" },
  measures: [
    { id: "1", dimension: "human", kind: "measure-group", title: { en: "Exchanges" } },
    { id: "1.a", dimension: "human", parent: "1", title: { en: "Student exchanges" } },
  ],
} as const satisfies CatalogueDefinition;

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isCbmError(error) ? `${error.code}: ${error.message}` : `other: ${String(error)}`;
  }
  return undefined;
}

describe("defineCatalogue", () => {
  it("builds the reference from id and version and fills in defaults", () => {
    const catalogue = defineCatalogue(base);
    expect(catalogue.ref).toBe("plan@2025");
    expect(catalogue.partial).toBe(false);
    expect(catalogue.statuses.map((s) => s.id)).toEqual(DEFAULT_STATUSES.map((s) => s.id));
    expect(catalogue.measures[1]).toMatchObject({ id: "1.a", kind: "measure", numberIsOfficial: true });
    // No sources given, none invented: an empty list would claim "checked, no source".
    expect(catalogue.measures[1]).not.toHaveProperty("sources");
    expect(catalogue).not.toHaveProperty("sources");
  });

  it("returns a frozen catalogue and leaves the definition untouched", () => {
    const definition = structuredClone(base) as CatalogueDefinition;
    const before = JSON.stringify(definition);
    const catalogue = defineCatalogue(definition);
    expect(JSON.stringify(definition)).toBe(before);
    expect(Object.isFrozen(definition)).toBe(false);
    expect(Object.isFrozen(catalogue.measures[0])).toBe(true);
    expect(() => {
      (catalogue.measures as unknown as unknown[]).push({});
    }).toThrow();
  });

  it("orders the status vocabulary by score, keeping unscored statuses last", () => {
    const catalogue = defineCatalogue({
      ...base,
      statuses: [
        { id: "n/a", label: { en: "N/A" }, score: null },
        { id: "done", label: { en: "Done" }, score: 2 },
        { id: "none", label: { en: "None" }, score: 0 },
      ],
    });
    expect(catalogue.statuses.map((s) => s.id)).toEqual(["none", "done", "n/a"]);
  });

  it.each([
    ["a duplicate measure id", { measures: [base.measures[0], base.measures[0]] }, /defined twice/],
    ["an unknown dimension", { measures: [{ id: "1", dimension: "cyber", title: { en: "x" } }] }, /dimension "cyber"/],
    ["a parent defined after its child", { measures: [base.measures[1], base.measures[0]] }, /parent "1" must be defined before/],
    ["a parent that is not a measure-group", { measures: [{ id: "1", dimension: "human", title: { en: "x" } }, base.measures[1]] }, /measure-group/],
    ["an unknown priority area", { measures: [{ id: "1", dimension: "human", priorityArea: "nope", title: { en: "x" } }] }, /priority area "nope"/],
    ["a malformed adoption date", { adopted: "2021-02-30" }, /adopted/],
    ["an id with capitals", { id: "Plan" }, /lowercase/],
    ["a status score that is not finite", { statuses: [{ id: "x", label: { en: "x" }, score: Number.NaN }] }, /finite/],
    ["a measure id with surrounding spaces", { measures: [{ id: " 1", dimension: "human", title: { en: "x" } }] }, /surrounding spaces/],
    [
      "a measure id holding a NUL",
      { measures: [{ id: "1\u0000", dimension: "human", title: { en: "x" } }] },
      /measures\[0\]\.id "1\\u0000" holds a control or invisible character/,
    ],
    ["a measure id holding a right-to-left mark", { measures: [{ id: "\u200f1", dimension: "human", title: { en: "x" } }] }, /control or invisible character/],
    ["a measure id holding a line feed", { measures: [{ id: "1\n2", dimension: "human", title: { en: "x" } }] }, /control or invisible character/],
    ["a status id holding a C1 control", { statuses: [{ id: "done\u0085", label: { en: "x" }, score: 1 }] }, /status id "done\\u0085" holds a control/],
    [
      "a dimension id holding a zero-width space",
      { dimensions: [{ id: "hu\u200bman", en: "Human" }], measures: [] },
      /dimension id .* holds a control or invisible character/,
    ],
    [
      "a priority-area id holding a lone surrogate",
      { priorityAreas: [{ id: "a\ud800", dimension: "human", title: { en: "x" } }], measures: [] },
      /priority area id .* holds a control/,
    ],
  ])("refuses %s with a CbmError that says what to fix", (_name, change, message) => {
    const result = codeOf(() => defineCatalogue({ ...base, ...change } as CatalogueDefinition));
    expect(result).toMatch(/^invalid-definition: defineCatalogue\([a-zA-Z]+@2025\)/);
    expect(result).toMatch(message);
  });

  it("accepts a catalogue with its own dimensions, like an OSCE-style list", () => {
    const osce = defineCatalogue({
      id: "osce-style",
      version: "1",
      title: { en: "An OSCE-style list" },
      dimensions: [{ id: "politico-military", en: "Politico-military" }],
      measures: [{ id: "1", dimension: "politico-military", title: { en: "Annual exchange of military information" } }],
    });
    expect(osce.dimensions.map((d) => d.id)).toEqual(["politico-military"]);
  });
});
