import { describe, expect, it } from "vitest";
import { isCbmError } from "../errors/CbmError.js";
import { DIMENSIONS } from "../dimensions/DIMENSIONS.js";
import { DEFAULT_ACTIVITY_KINDS } from "./DEFAULT_ACTIVITY_KINDS.js";
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
    ["an id starting with a digit", { id: "2plan" }, /id must be lowercase letters, digits and hyphens, starting with a letter \(got "2plan"\)/],
    ["an id ending in a sign", { id: "plan!" }, /lowercase/],
    ["an id that is not a text", { id: 7 }, /\(got 7\)/],
    [
      "an id that is not a text although it reads as a good one",
      { id: ["plan"] },
      /id must be lowercase letters, digits and hyphens, starting with a letter \(got \["plan"\]\)/,
    ],
    ["a version that is not a text although it reads as a good one", { version: ["2025"] }, /version must be .* \(got \["2025"\]\)/],
    ["a version starting with a dot", { version: ".1" }, /version must be letters, digits, "\.", "_" or "-" \(got "\.1"\)/],
    ["a version with a space", { version: "1 0" }, /version must be/],
    ["a version with a slash at the end", { version: "1/" }, /version must be/],
    ["a version that is not a text", { version: 2025 }, /version must be/],
    ["a title without English", { title: { ru: "План" } }, /title\.en is required\./],
    ["a definition without a title", { title: undefined }, /title\.en is required\./],
    ["a dimension that is not an object", { dimensions: [null], measures: [] }, /every dimension needs a non-empty string id\./],
    ["a measure that is not an object", { measures: [null] }, /measures\[0\]\.id must be a non-empty string/],
    ["a measure without a title", { measures: [{ id: "1", dimension: "human" }] }, /measures\[0\] \("1"\): title\.en is required\./],
    ["an activity kind without a label", { activityKinds: [{ id: "drill" }] }, /activity kind "drill": label\.en is required\./],
    [
      "a measure in an undeclared dimension, listing the declared ones",
      { measures: [{ id: "1", dimension: "cyber", title: { en: "x" } }] },
      /measures\[0\] \("1"\): dimension "cyber" is not one of military-political, new-challenges-threats, economic, environmental, human\./,
    ],
    ["measures that are not a list", { measures: "1, 2" }, /measures must be an array\./],
    [
      "a priority area in an undeclared dimension",
      { priorityAreas: [{ id: "youth", dimension: "sport", title: { en: "Youth" } }] },
      /priority area "youth" names dimension "sport", which the catalogue does not declare\./,
    ],
    ["a status with an empty id", { statuses: [{ id: "", label: { en: "x" }, score: 1 }] }, /every status needs a non-empty string id\./],
    ["a dimension without an id", { dimensions: [{ en: "Human" }], measures: [] }, /every dimension needs a non-empty string id\./],
    [
      "a status defined twice",
      {
        statuses: [
          { id: "x", label: { en: "x" }, score: 1 },
          { id: "x", label: { en: "y" }, score: 2 },
        ],
      },
      /status id "x" is defined twice\./,
    ],
    [
      "an infinite status score",
      { statuses: [{ id: "x", label: { en: "x" }, score: Number.POSITIVE_INFINITY }] },
      /status "x" has score Infinity; use a finite number, or null/,
    ],
    [
      "a measure with an empty id",
      { measures: [{ id: "", dimension: "human", title: { en: "x" } }] },
      /measures\[0\]\.id must be a non-empty string without surrounding spaces\./,
    ],
    ["a measure with a blank id", { measures: [{ id: "  ", dimension: "human", title: { en: "x" } }] }, /measures\[0\]\.id must be a non-empty/],
    ["a measure id with a trailing space", { measures: [{ id: "1 ", dimension: "human", title: { en: "x" } }] }, /surrounding spaces/],
    ["a measure without an id", { measures: [{ dimension: "human", title: { en: "x" } }] }, /measures\[0\]\.id must be/],
    [
      "a measure without an English title",
      { measures: [{ id: "1", dimension: "human", title: { ru: "x" } }] },
      /measures\[0\] \("1"\): title\.en is required\./,
    ],
    [
      "a measure id holding a line separator",
      { measures: [{ id: "1\u20282", dimension: "human", title: { en: "x" } }] },
      /measures\[0\]\.id "1\\u20282" holds a control or invisible character; ids are plain text\./,
    ],
    ["a measure id holding a paragraph separator", { measures: [{ id: "1\u20292", dimension: "human", title: { en: "x" } }] }, /"1\\u20292" holds a control/],
    ["activity kinds that are not a list", { activityKinds: "drill" }, /activityKinds must be an array\./],
    [
      "an activity kind in capitals",
      { activityKinds: [{ id: "Drill", label: { en: "Drill" } }] },
      /activity kind id "Drill" must be lower-case words joined by hyphens, e\.g\. "joint-patrol"\./,
    ],
    ["an activity kind with a doubled hyphen", { activityKinds: [{ id: "joint--patrol", label: { en: "x" } }] }, /activity kind id "joint--patrol"/],
    ["an activity kind starting with a hyphen", { activityKinds: [{ id: "-patrol", label: { en: "x" } }] }, /activity kind id "-patrol"/],
    ["an activity kind ending with a hyphen", { activityKinds: [{ id: "patrol-", label: { en: "x" } }] }, /activity kind id "patrol-"/],
    ["an activity kind with an underscore", { activityKinds: [{ id: "joint_patrol", label: { en: "x" } }] }, /activity kind id "joint_patrol"/],
    [
      "an activity kind without an English label",
      { activityKinds: [{ id: "drill", label: { ru: "Учение" } }] },
      /activity kind "drill": label\.en is required\./,
    ],
    [
      "an activity kind that repeats a default one",
      { activityKinds: [{ id: "visit", label: { en: "Visit" } }] },
      /activity kind id "visit" is defined twice\./,
    ],
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
    expect(result).toMatch(/^invalid-definition: defineCatalogue\([^@()]+@[^@()]+\): /);
    expect(result).toMatch(message);
  });

  it("refuses, as misuse, something that is not a definition", () => {
    expect(codeOf(() => defineCatalogue(null as never))).toBe("invalid-argument: defineCatalogue: pass a catalogue definition object.");
    expect(codeOf(() => defineCatalogue("plan" as never))).toBe("invalid-argument: defineCatalogue: pass a catalogue definition object.");
  });

  it("accepts ids, versions and activity kinds written as the rules allow", () => {
    const catalogue = defineCatalogue({
      ...base,
      id: "plan-2",
      version: "1.0_rc-1",
      activityKinds: [
        { id: "joint-patrol", label: { en: "Joint patrol" } },
        { id: "учения", label: { en: "Drill", ru: "Учения" } },
        { id: "演习2", label: { en: "Exercise 2" } },
      ],
    });
    expect(catalogue.ref).toBe("plan-2@1.0_rc-1");
    expect(catalogue.activityKinds?.map((kind) => kind.id)).toEqual([...DEFAULT_ACTIVITY_KINDS.map((kind) => kind.id), "joint-patrol", "учения", "演习2"]);
  });

  it("keeps what the definition says of itself, and gives no activity kinds of its own when it declares none", () => {
    const catalogue = defineCatalogue({
      ...base,
      adopted: "2021-10",
      adoptedBy: "The sixth summit",
      partial: true,
      supersedes: "plan@2020",
      sources: ["https://example.org/plan"],
      confidence: "likely",
      note: "Working text",
      measures: [{ id: "1", dimension: "human", kind: "priority", numberIsOfficial: false, title: { en: "Exchanges" } }],
    });
    expect(catalogue).toMatchObject({
      id: "plan",
      version: "2025",
      title: { en: "National action plan" },
      adopted: "2021-10",
      adoptedBy: "The sixth summit",
      partial: true,
      supersedes: "plan@2020",
      sources: ["https://example.org/plan"],
      confidence: "likely",
      note: "Working text",
    });
    expect(catalogue.measures[0]).toMatchObject({ kind: "priority", numberIsOfficial: false });
    expect(catalogue.dimensions.map((d) => d.id)).toEqual(DIMENSIONS.map((d) => d.id));
    expect(catalogue.priorityAreas).toEqual([]);
    expect(defineCatalogue(base)).not.toHaveProperty("activityKinds");
  });

  it("keeps statuses of equal score, and several unscored statuses, in the order given", () => {
    const catalogue = defineCatalogue({
      ...base,
      statuses: [
        { id: "unknown", label: { en: "Unknown" }, score: null },
        { id: "done", label: { en: "Done" }, score: 2 },
        { id: "n/a", label: { en: "N/A" }, score: null },
        { id: "half", label: { en: "Half" }, score: 1 },
        { id: "also-half", label: { en: "Also half" }, score: 1 },
        { id: "none", label: { en: "None" }, score: -1 },
      ],
    });
    expect(catalogue.statuses.map((s) => s.id)).toEqual(["none", "half", "also-half", "done", "unknown", "n/a"]);
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
