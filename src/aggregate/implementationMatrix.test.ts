import { describe, expect, it } from "vitest";
import { cica } from "../data/cica/index.js";
import { implementationMatrix } from "./implementationMatrix.js";
import { c2021, c2004, STATUSES, report, nilReport, entry, expectCbmError } from "../../test/support/aggregateFixtures.js";

describe("implementationMatrix", () => {
  const kz = report("KZ", {
    entries: [
      entry("2.1.1", "implemented"), // a measure-group: counted in entries, not in coverage
      entry("2.1.1.a", "implemented"),
      entry("2.1.2", "planned"),
      entry("2.1.2", "implemented"), // a duplicate: once in coverage
      entry("HUM.1", "not-applicable"),
      entry("HUM.2", "in-progress"),
      entry("ENV.1", "partially-implemented"),
      entry("XYZ.9", "implemented"), // not in the catalogue: left out
    ],
  });

  it("groups by dimension, with every status counted (zeros included) in vocabulary order", () => {
    const matrix = implementationMatrix([kz], { catalogues: [c2021] }, { year: 2025, by: "dimension" });
    expect(matrix).toMatchObject({ catalogue: "cica@2021", year: 2025, by: "dimension", statuses: STATUSES });
    expect(matrix.groups.map((g) => [g.id, g.measures])).toEqual([
      ["military-political", 11],
      ["new-challenges-threats", 4],
      ["economic", 0],
      ["environmental", 5],
      ["human", 6],
    ]);
    expect(matrix.groups[0]?.label.en).toBe("Military-political dimension");
    expect(matrix.rows).toHaveLength(1);
    const [mp, nct, eco, env, hum] = matrix.rows[0]!.cells;
    for (const cell of matrix.rows[0]!.cells) expect(Object.keys(cell.counts)).toEqual(STATUSES);
    expect(mp).toEqual({
      entries: 4,
      counts: { "not-started": 0, planned: 1, "in-progress": 0, "partially-implemented": 0, implemented: 3, "not-applicable": 0 },
      meanScore: (4 + 4 + 1 + 4) / 4,
      coverage: 2 / 11,
      // The heading 2.1.1 is left out of the level, as of the coverage: 2.1.1.a, 2.1.2 twice.
      level: (1 + 0.25 + 1) / 3,
      value: (1 + 0.25 + 1) / 3,
    });
    expect(nct).toMatchObject({ entries: 0, meanScore: null, coverage: 0 });
    expect(eco).toMatchObject({ entries: 0, meanScore: null, coverage: null });
    expect(env).toMatchObject({ entries: 1, meanScore: 3, coverage: 1 / 5 });
    expect(hum).toMatchObject({ entries: 2, meanScore: 2, coverage: 2 / 6 });
    expect(hum?.counts["not-applicable"]).toBe(1);
  });

  it("ignores not-applicable entries in the mean score, and gives null when only those are reported", () => {
    const only = report("KZ", { entries: [entry("HUM.1", "not-applicable"), entry("HUM.2", "not-applicable")] });
    const cell = implementationMatrix([only], { catalogues: [c2021] }, { year: 2025, by: "dimension" }).rows[0]!.cells[4]!;
    expect(cell).toMatchObject({ entries: 2, meanScore: null, coverage: 2 / 6 });
  });

  it("leaves entries on measures not in the catalogue out of every cell", () => {
    const matrix = implementationMatrix([kz], { catalogues: [c2021] }, { year: 2025, by: "dimension" });
    expect(matrix.rows[0]!.cells.reduce((sum, cell) => sum + cell.entries, 0)).toBe(7);
  });

  it("groups by priority area: a measure-less area is not a column, and measures without one go to (none)", () => {
    const matrix = implementationMatrix([kz], { catalogues: [c2021] }, { year: 2025, by: "priorityArea" });
    expect(matrix.groups.map((g) => [g.id, g.measures])).toEqual([
      ["mp-general", 11],
      ["nct-general", 4],
      ["human-general", 6],
      ["(none)", 5],
    ]);
    expect(matrix.groups.map((g) => g.id)).not.toContain("eco-sme");
    expect(matrix.groups.map((g) => g.id)).not.toContain("nct-terrorism");
    expect(matrix.groups[3]?.label).toEqual({ en: "No priority area", ru: "Без приоритетной области" });
    const cells = matrix.rows[0]!.cells;
    expect(cells[0]).toMatchObject({ entries: 4, coverage: 2 / 11 });
    expect(cells[3]).toMatchObject({ entries: 1, coverage: 1 / 5, meanScore: 3 });
    expect(cells[3]?.counts["partially-implemented"]).toBe(1);
  });

  it("groups by measure: a measure-group column has null coverage, a duplicated measure is covered once", () => {
    const matrix = implementationMatrix([kz], { catalogues: [c2021] }, { year: 2025, by: "measure" });
    expect(matrix.groups.map((g) => g.id)).toEqual(c2021.measures.map((m) => m.id));
    const at = (id: string) => matrix.rows[0]!.cells[matrix.groups.findIndex((g) => g.id === id)]!;
    expect(matrix.groups.find((g) => g.id === "2.1.1")?.measures).toBe(0);
    expect(matrix.groups.find((g) => g.id === "2.1.4")?.measures).toBe(0);
    expect(at("2.1.1")).toMatchObject({ entries: 1, coverage: null, meanScore: 4 });
    expect(at("2.1.2")).toMatchObject({ entries: 2, coverage: 1, meanScore: 2.5 });
    expect(at("2.1.3")).toMatchObject({ entries: 0, coverage: 0, meanScore: null });
    expect(at("HUM.1")).toMatchObject({ entries: 1, coverage: 1, meanScore: null });
  });

  it("gives a nil reporter a row marked nil, with empty cells", () => {
    const matrix = implementationMatrix([nilReport("MN"), kz], { catalogues: [c2021] }, { year: 2025, by: "dimension" });
    expect(matrix.rows.map((r) => [r.state, r.nil])).toEqual([
      ["KZ", false],
      ["MN", true],
    ]);
    for (const cell of matrix.rows[1]!.cells) {
      expect(cell.entries).toBe(0);
      expect(Object.values(cell.counts).every((n) => n === 0)).toBe(true);
      expect(cell.meanScore).toBeNull();
      expect(cell.coverage === null || cell.coverage === 0).toBe(true);
    }
  });

  it("counts only the current (highest) revision of each report", () => {
    const first = report("KZ", { entries: [entry("HUM.1", "planned")] });
    const second = report("KZ", { revision: 2, submittedOn: "2026-04-01", entries: [entry("HUM.2"), entry("HUM.3")] });
    for (const input of [
      [first, second],
      [second, first],
    ]) {
      const cell = implementationMatrix(input, { catalogues: [c2021] }, { year: 2025, by: "dimension" }).rows[0]!.cells[4]!;
      expect(cell).toMatchObject({ entries: 2, meanScore: 4, coverage: 2 / 6 });
      expect(cell.counts.planned).toBe(0);
    }
    const asOf = implementationMatrix([first, second], { catalogues: [c2021] }, { year: 2025, by: "dimension", asOf: "2026-03-15" }).rows[0]!.cells[4]!;
    expect(asOf).toMatchObject({ entries: 1, meanScore: 1 });
  });

  it("gives each state's row the counts, mean score, level and coverage of its own entries alone", () => {
    const reports = [
      report("AF", { entries: [entry("HUM.1", "planned")] }),
      report("KZ", { entries: [entry("HUM.1", "implemented"), entry("HUM.2", "in-progress")] }),
      report("UZ", { entries: [entry("HUM.3", "partially-implemented"), entry("HUM.4", "implemented"), entry("HUM.5", "implemented")] }),
    ];
    const matrix = implementationMatrix(reports, { catalogues: [c2021] }, { year: 2025 });
    expect(matrix.rows.map((r) => r.state)).toEqual(["AF", "KZ", "UZ"]);
    const human = matrix.rows.map((r) => r.cells[4]!);
    expect(human.map((c) => [c.entries, c.counts.planned, c.counts["in-progress"], c.counts["partially-implemented"], c.counts.implemented])).toEqual([
      [1, 1, 0, 0, 0],
      [2, 0, 1, 0, 1],
      [3, 0, 0, 1, 2],
    ]);
    expect(human.map((c) => [c.meanScore, c.level, c.coverage])).toEqual([
      [1, 0.25, 1 / 6],
      [3, 0.75, 2 / 6],
      [(3 + 4 + 4) / 3, (0.75 + 1 + 1) / 3, 3 / 6],
    ]);
  });

  it("has one row per state that reported on that catalogue for that year, sorted by code", () => {
    const reports = [report("UZ"), report("AF", { year: 2024 }), report("KZ"), report("IN", { catalogue: "cica@2004", entries: [entry("3.4")] }), report("SA")];
    const matrix = implementationMatrix(reports, { catalogues: [c2021] }, { year: 2025, by: "dimension" });
    expect(matrix.rows.map((r) => r.state)).toEqual(["KZ", "SA", "UZ"]);
    const old = implementationMatrix(reports, { catalogues: [c2004] }, { year: 2025, by: "priorityArea" });
    expect(old.rows.map((r) => r.state)).toEqual(["IN"]);
    expect(old.groups.map((g) => g.id)).toEqual(["nct-drugs"]);
    expect(old.rows[0]!.cells[0]).toMatchObject({ entries: 1, coverage: 1 });
  });

  it("throws a CbmError on an invalid year or grouping", () => {
    expectCbmError(() => implementationMatrix([], { catalogues: [c2021] }, { year: 2025.5, by: "dimension" }), "invalid-argument");
    expectCbmError(() => implementationMatrix([], { catalogues: [c2021] }, { year: 2025, by: "state" as "dimension" }), "invalid-argument");
  });

  it("says in each CbmError which option is wrong, what it may be and what it got", () => {
    const message = (options: object, context: object = cica) => {
      try {
        implementationMatrix([kz], context as typeof cica, { year: 2025, ...options });
      } catch (error) {
        return (error as Error).message;
      }
      return "no error";
    };
    expect(message({ by: "state" })).toBe('implementationMatrix: by must be "dimension", "priorityArea" or "measure" (got "state").');
    expect(message({ measure: "mean" })).toBe('implementationMatrix: measure must be "level" or "coverage" (got "mean").');
    expect(message({ expectedOnly: "yes" })).toBe('implementationMatrix: expectedOnly must be true or false (got "yes").');
    expect(message({ expectedOnly: true }, { catalogues: [c2021] })).toBe(
      "implementationMatrix: expectedOnly needs a registry to tell which states were expected to reply; pass cica or { catalogues, registry }.",
    );
    // Each value it names is accepted.
    for (const by of ["dimension", "priorityArea", "measure"]) expect(message({ by })).toBe("no error");
    for (const measure of ["level", "coverage"]) expect(message({ measure })).toBe("no error");
    for (const expectedOnly of [true, false]) expect(message({ expectedOnly })).toBe("no error");
  });

  it("names itself in the CbmError for a context that is not an object", () => {
    for (const context of [undefined, null, [c2021]]) {
      expect(() => implementationMatrix([kz], context as unknown as typeof cica, { year: 2025 })).toThrowError(
        /^implementationMatrix: pass a context shaped like cica .* e\.g\. implementationMatrix\(reports, cica, options\)\.$/,
      );
    }
  });

  describe("its defaults", () => {
    const on2004 = report("IN", { catalogue: "cica@2004", entries: [entry("3.4", "implemented")] });

    it("groups by dimension when by is omitted", () => {
      const matrix = implementationMatrix([kz], cica, { year: 2025 });
      expect(matrix.by).toBe("dimension");
      expect(matrix.groups.map((g) => g.id)).toEqual(c2021.dimensions.map((d) => d.id));
    });

    it("takes the one catalogue version the year's reports use when catalogue is omitted", () => {
      expect(implementationMatrix([kz], cica, { year: 2025 }).catalogue).toBe("cica@2021");
      expect(implementationMatrix([on2004], cica, { year: 2025 }).catalogue).toBe("cica@2004");
      // A report on another year does not count towards the choice.
      expect(implementationMatrix([kz, { ...on2004, year: 2024, id: "IN-2024" }], cica, { year: 2025 }).catalogue).toBe("cica@2021");
    });

    it("takes the context's only catalogue, even for reports on another version (left out, as before)", () => {
      const matrix = implementationMatrix([on2004], { catalogues: [c2021] }, { year: 2025 });
      expect(matrix.catalogue).toBe("cica@2021");
      expect(matrix.rows).toEqual([]);
    });

    it("throws and asks for catalogue when the reports use several versions, or none tells which", () => {
      expectCbmError(() => implementationMatrix([kz, on2004], cica, { year: 2025 }), "invalid-argument");
      expect(() => implementationMatrix([kz, on2004], cica, { year: 2025 })).toThrowError(/options\.catalogue/);
      expectCbmError(() => implementationMatrix([], cica, { year: 2025 }), "invalid-argument");
      expect(implementationMatrix([kz, on2004], cica, { year: 2025, catalogue: "cica@2004" }).rows.map((r) => r.state)).toEqual(["IN"]);
    });

    it("throws for a catalogue the context does not hold, named or used by the reports", () => {
      expectCbmError(() => implementationMatrix([kz], cica, { year: 2025, catalogue: "cica@2099" }), "invalid-argument");
      expectCbmError(() => implementationMatrix([kz], { catalogues: [c2004, { ...c2004, ref: "other@1" }] }, { year: 2025 }), "invalid-argument");
    });
  });
});
