import { describe, expect, it } from "vitest";
import { defineCatalogue } from "../catalogue/defineCatalogue.js";
import { cica } from "../data/cica/index.js";
import { countEntries } from "./countEntries.js";
import { c2021, c2004, report, nilReport, entry, expectCbmError, catchError } from "../../test/support/aggregateFixtures.js";

describe("countEntries", () => {
  const kz = report("KZ", { entries: [entry("HUM.1"), entry("HUM.2", "planned"), entry("HUM.3"), entry("2.1.2"), entry("ENV.1", "planned")] });
  const uz = report("UZ", { entries: [entry("HUM.1", "planned"), entry("XYZ.1")] });
  const kz24 = report("KZ", { year: 2024, entries: [entry("NCTG.1")] });
  const mn = nilReport("MN");

  it("counts every entry of the current reports in one row when grouping by nothing", () => {
    expect(countEntries([kz, uz, kz24, mn], {}, { by: [] })).toEqual([{ key: {}, entries: 8, reports: 3 }]);
  });

  it("groups by reporter, sorted by code, counting distinct reports", () => {
    expect(countEntries([uz, kz, kz24, mn], {}, { by: ["reporter"] })).toEqual([
      { key: { reporter: "KZ" }, entries: 6, reports: 2 },
      { key: { reporter: "UZ" }, entries: 2, reports: 1 },
    ]);
  });

  it("groups by year and status, sorting years as numbers", () => {
    expect(countEntries([kz, uz, kz24], {}, { by: ["year", "status"] })).toEqual([
      { key: { year: 2024, status: "implemented" }, entries: 1, reports: 1 },
      { key: { year: 2025, status: "implemented" }, entries: 4, reports: 2 },
      { key: { year: 2025, status: "planned" }, entries: 3, reports: 2 },
    ]);
  });

  it("counts a report once in a group however many of its entries fall in it", () => {
    const rows = countEntries([kz, uz], cica, { by: ["dimension"] });
    expect(rows.find((r) => r.key.dimension === "human")).toEqual({ key: { dimension: "human" }, entries: 4, reports: 2 });
  });

  it("groups by dimension, with null (sorted last) for measures the catalogue does not hold", () => {
    expect(countEntries([kz, uz], cica, { by: ["dimension"] })).toEqual([
      { key: { dimension: "environmental" }, entries: 1, reports: 1 },
      { key: { dimension: "human" }, entries: 4, reports: 2 },
      { key: { dimension: "military-political" }, entries: 1, reports: 1 },
      { key: { dimension: null }, entries: 1, reports: 1 },
    ]);
  });

  it("groups by priority area, with null for measures without one, taking catalogues as an array too", () => {
    const rows = countEntries([kz], { catalogues: [c2021, c2004] }, { by: ["priorityArea", "status"] });
    expect(rows).toEqual([
      { key: { priorityArea: "human-general", status: "implemented" }, entries: 2, reports: 1 },
      { key: { priorityArea: "human-general", status: "planned" }, entries: 1, reports: 1 },
      { key: { priorityArea: "mp-general", status: "implemented" }, entries: 1, reports: 1 },
      { key: { priorityArea: null, status: "planned" }, entries: 1, reports: 1 },
    ]);
  });

  it("keeps the columns in the order of by and sorts by them in that order", () => {
    const rows = countEntries([kz, uz], {}, { by: ["measure", "reporter"] });
    expect(rows.map((r) => Object.keys(r.key))).toEqual(rows.map(() => ["measure", "reporter"]));
    expect(rows.map((r) => [r.key.measure, r.key.reporter])).toEqual([
      ["2.1.2", "KZ"],
      ["ENV.1", "KZ"],
      ["HUM.1", "KZ"],
      ["HUM.1", "UZ"],
      ["HUM.2", "KZ"],
      ["HUM.3", "KZ"],
      ["XYZ.1", "UZ"],
    ]);
    const reversed = countEntries([kz, uz], {}, { by: ["reporter", "measure"] });
    expect(reversed.map((r) => [r.key.reporter, r.key.measure])).toEqual([
      ["KZ", "2.1.2"],
      ["KZ", "ENV.1"],
      ["KZ", "HUM.1"],
      ["KZ", "HUM.2"],
      ["KZ", "HUM.3"],
      ["UZ", "HUM.1"],
      ["UZ", "XYZ.1"],
    ]);
  });

  it("groups by catalogue and counts only current revisions", () => {
    const revised = report("UZ", { revision: 2, submittedOn: "2026-04-01", entries: [entry("HUM.5")] });
    const old = report("IN", { catalogue: "cica@2004", entries: [entry("3.4"), entry("3.4", "planned")] });
    expect(countEntries([uz, revised, old, kz], {}, { by: ["catalogue"] })).toEqual([
      { key: { catalogue: "cica@2004" }, entries: 2, reports: 1 },
      { key: { catalogue: "cica@2021" }, entries: 6, reports: 2 },
    ]);
  });

  it("throws a CbmError to group by dimension or priority area without catalogues, or by an unknown key", () => {
    expectCbmError(() => countEntries([kz], {}, { by: ["dimension"] }), "invalid-argument");
    expectCbmError(() => countEntries([kz], {}, { by: ["year", "priorityArea"] }), "invalid-argument");
    expectCbmError(() => countEntries([kz], { catalogues: [] }, { by: ["priorityArea"] }), "invalid-argument");
    expectCbmError(() => countEntries([kz], {}, { by: ["state" as "reporter"] }), "invalid-argument");
  });
});

describe("countEntries: order and misuse", () => {
  it("sorts years as numbers, not as text, so year 999 comes before year 2025", () => {
    const rows = countEntries([report("KZ"), report("KZ", { year: 999 }), report("UZ", { year: 10 })], {}, { by: ["year"] });
    expect(rows.map((r) => r.key.year)).toEqual([10, 999, 2025]);
  });

  it("sorts a null key value after every other, in whichever order the entries came", () => {
    const known = report("KZ", { entries: [entry("XYZ.9"), entry("HUM.1")] });
    const rows = countEntries([known], cica, { by: ["dimension"] });
    expect(rows.map((r) => r.key.dimension)).toEqual(["human", null]);
    const first = report("KZ", { entries: [entry("HUM.1"), entry("XYZ.9")] });
    expect(countEntries([first], cica, { by: ["dimension"] }).map((r) => r.key.dimension)).toEqual(["human", null]);
  });

  it("sorts a null key value after every other, even a value that reads after the word null (a priority area 'water')", () => {
    const plan = defineCatalogue({
      id: "null-order-plan",
      version: "1",
      title: { en: "Plan" },
      priorityAreas: [{ id: "water", dimension: "environmental", title: { en: "Water" } }],
      measures: [
        { id: "A", dimension: "environmental", priorityArea: "water", title: { en: "A" } },
        { id: "B", dimension: "environmental", title: { en: "B" } },
      ],
    });
    for (const entries of [
      [entry("A"), entry("B")],
      [entry("B"), entry("A")],
    ]) {
      const rows = countEntries([report("KZ", { catalogue: plan.ref, entries })], { catalogues: [plan] }, { by: ["priorityArea"] });
      expect(rows.map((r) => r.key.priorityArea)).toEqual(["water", null]);
    }
  });

  it("keeps apart every combination of values, however many values a field has (12 reporters by 13 measures)", () => {
    const states = cica.registry.participants
      .filter((p) => p.kind === "state")
      .slice(0, 12)
      .map((p) => p.code);
    const measures = c2021.measures
      .filter((m) => m.kind === "measure")
      .slice(0, 13)
      .map((m) => m.id);
    // The first state reports on all 13 measures, the second on the 13th, the 12th on the 3rd, the others on the first.
    const reports = states.map((state, i) =>
      report(state, { entries: (i === 0 ? measures : i === 1 ? [measures[12]!] : i === 11 ? [measures[2]!] : [measures[0]!]).map((m) => entry(m)) }),
    );
    const rows = countEntries(reports, {}, { by: ["reporter", "measure"] });
    expect(rows).toHaveLength(13 + 11);
    expect(rows.every((r) => r.entries === 1 && r.reports === 1)).toBe(true);
    expect(rows.filter((r) => r.key.reporter === states[1]).map((r) => r.key.measure)).toEqual([measures[12]]);
  });

  it("counts a report in each group it has entries in, and once per group however its entries are interleaved", () => {
    const interleaved = report("KZ", { entries: [entry("HUM.1"), entry("HUM.2", "planned"), entry("HUM.3"), entry("HUM.4", "planned")] });
    const other = report("UZ", { entries: [entry("HUM.1", "planned")] });
    expect(countEntries([interleaved, other], {}, { by: ["status"] })).toEqual([
      { key: { status: "implemented" }, entries: 2, reports: 1 },
      { key: { status: "planned" }, entries: 3, reports: 2 },
    ]);
  });

  it("says what to pass in each CbmError: a list for by, a known field, a context with catalogues", () => {
    const message = (fn: () => unknown) => (catchError(fn) as Error).message;
    expect(message(() => countEntries([], {}, { by: "year" as never }))).toBe(
      'countEntries: options.by must be a list of fields, e.g. { by: ["year", "dimension"] }.',
    );
    expect(message(() => countEntries([], {}, { by: ["state" as "reporter"] }))).toBe(
      'countEntries: cannot group by "state"; use reporter, catalogue, year, dimension, priorityArea, measure, status.',
    );
    expect(message(() => countEntries([], {}, { by: ["priorityArea"] }))).toBe(
      "countEntries: pass a context with catalogues (e.g. cica) to group by dimension or priority area.",
    );
    expect(message(() => countEntries([], null as unknown as typeof cica, { by: [] }))).toMatch(
      /^countEntries: pass a context shaped like cica .* e\.g\. countEntries\(/,
    );
    // Every field it names can be grouped by.
    expect(countEntries([report("KZ")], cica, { by: ["reporter", "catalogue", "year", "dimension", "priorityArea", "measure", "status"] })).toHaveLength(1);
  });
});

describe("countEntries: catalogue versions", () => {
  it("never merges entries of two catalogue versions into one row: the version is added to the key when by does not name it", () => {
    const on2021 = report("KZ", { entries: [entry("2.1.2", "implemented")] });
    const on2004 = report("KZ", { catalogue: "cica@2004", entries: [entry("3.4", "implemented")] });
    const rows = countEntries([on2021, on2004], cica, { by: ["status"] });
    expect(rows.map((r) => [r.key.status, r.key.catalogue, r.entries])).toEqual([
      ["implemented", "cica@2004", 1],
      ["implemented", "cica@2021", 1],
    ]);
    // One version only: the key is what `by` asks, as before.
    expect(countEntries([on2021], cica, { by: ["status"] }).map((r) => r.key)).toEqual([{ status: "implemented" }]);
  });
});
