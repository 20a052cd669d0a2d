import { describe, expect, it } from "vitest";
import { defineCatalogue } from "../catalogue/defineCatalogue.js";
import { cica } from "../data/cica/index.js";
import { implementationMatrix } from "./implementationMatrix.js";
import { reportingRate } from "./reportingRate.js";
import { toReportSummary } from "./toReportSummary.js";
import { c2021, entry, expectCbmError, nilReport, registry, report, STATUSES } from "../../test/support/aggregateFixtures.js";

const ENV = ["ENV.1", "ENV.2", "ENV.3", "ENV.4", "ENV.5"];
const HUMAN = 4;
const ENVIRONMENTAL = 3;

describe("implementationMatrix: the implementation level is not the coverage", () => {
  it("gives a state that reports 'not started' on every measure full coverage and level zero", () => {
    const kz = report("KZ", { entries: ENV.map((m) => entry(m, "not-started")) });
    const cell = implementationMatrix([kz], { catalogues: [c2021] }, { year: 2025 }).rows[0]!.cells[ENVIRONMENTAL]!;
    expect(cell.coverage).toBe(1);
    expect(cell.level).toBe(0);
    expect(cell.value).toBe(0);
  });

  it("gives a state that reports 'implemented' on one measure of five level 100% and coverage 20%", () => {
    const kz = report("KZ", { entries: [entry("ENV.1", "implemented")] });
    const cell = implementationMatrix([kz], { catalogues: [c2021] }, { year: 2025 }).rows[0]!.cells[ENVIRONMENTAL]!;
    expect(cell.level).toBe(1);
    expect(cell.coverage).toBe(0.2);
  });

  it("makes the level the headline value by default, and the coverage when measure is coverage", () => {
    const kz = report("KZ", { entries: [entry("HUM.1", "implemented"), entry("HUM.2", "planned")] });
    const byDefault = implementationMatrix([kz], { catalogues: [c2021] }, { year: 2025 });
    const coverage = implementationMatrix([kz], { catalogues: [c2021] }, { year: 2025, measure: "coverage" });
    expect(byDefault.measure).toBe("level");
    expect(coverage.measure).toBe("coverage");
    expect(byDefault.rows[0]!.cells[HUMAN]).toMatchObject({ level: (1 + 0.25) / 2, value: (1 + 0.25) / 2, coverage: 2 / 6 });
    expect(coverage.rows[0]!.cells[HUMAN]).toMatchObject({ level: (1 + 0.25) / 2, value: 2 / 6, coverage: 2 / 6 });
  });

  it("leaves not-applicable out of the level, and leaves the level unknown (null, never 0) when nothing on the scale is reported", () => {
    const kz = report("KZ", { entries: [entry("HUM.1", "not-applicable"), entry("HUM.2", "partially-implemented"), entry("ENV.1", "not-applicable")] });
    const cells = implementationMatrix([kz], { catalogues: [c2021] }, { year: 2025 }).rows[0]!.cells;
    expect(cells[HUMAN]!.level).toBe(3 / 4);
    expect(cells[ENVIRONMENTAL]).toMatchObject({ level: null, value: null, coverage: 1 / 5 });
    // A group the state did not report on at all: unknown, not zero.
    expect(cells[0]).toMatchObject({ level: null, coverage: 0 });
  });

  it("gives a nil report no level anywhere: nothing is known", () => {
    const matrix = implementationMatrix([nilReport("MN")], { catalogues: [c2021] }, { year: 2025 });
    for (const cell of matrix.rows[0]!.cells) expect(cell.level).toBeNull();
  });

  it("gives a group with no measures (the economic dimension) neither level nor coverage, and says so in the same way", () => {
    const kz = report("KZ", { entries: [entry("HUM.1")] });
    const matrix = implementationMatrix([kz], cica, { year: 2025 });
    const economic = matrix.groups.findIndex((g) => g.id === "economic");
    expect(matrix.groups[economic]!.measures).toBe(0);
    expect(matrix.rows[0]!.cells[economic]).toMatchObject({ level: null, coverage: null, value: null });
  });

  it("leaves entries on a heading (measure-group) out of the level, as coverage leaves them out", () => {
    const heading = report("KZ", { entries: [entry("2.1.1", "not-started"), entry("2.1.1.a", "implemented")] });
    expect(implementationMatrix([heading], { catalogues: [c2021] }, { year: 2025 }).rows[0]!.cells[0]!.level).toBe(1);
  });

  it("normalises by the lowest and highest scores of a custom vocabulary, in any order and on any numbers", () => {
    const plan = defineCatalogue({
      id: "national-plan",
      version: "2025",
      title: { en: "Plan" },
      statuses: [
        { id: "done", label: { en: "Done" }, score: 40 },
        { id: "begun", label: { en: "Begun" }, score: 20 },
        { id: "idea", label: { en: "Idea" }, score: 10 },
        { id: "n/a", label: { en: "Not relevant" }, score: null },
      ],
      measures: ["A", "B", "C", "D"].map((id) => ({ id, dimension: "human" as const, title: { en: id } })),
    });
    const aa = report("KZ", { catalogue: plan.ref, entries: [entry("A", "done"), entry("B", "begun"), entry("C", "idea"), entry("D", "n/a")] });
    const matrix = implementationMatrix([aa], { catalogues: [plan] }, { year: 2025 });
    expect(matrix.scale).toEqual({
      lowest: { status: "idea", label: { en: "Idea" }, score: 10 },
      highest: { status: "done", label: { en: "Done" }, score: 40 },
    });
    const cell = matrix.rows[0]!.cells[HUMAN]!;
    expect(cell.level).toBeCloseTo((1 + (20 - 10) / 30 + 0) / 3, 12);
    expect(cell.coverage).toBe(1);
  });

  it("gives no level for a vocabulary whose scale has a single score: there is nothing to normalise by", () => {
    const flat = defineCatalogue({
      id: "flat-plan",
      version: "2025",
      title: { en: "Plan" },
      statuses: [
        { id: "done", label: { en: "Done" }, score: 1 },
        { id: "n/a", label: { en: "Not relevant" }, score: null },
      ],
      measures: [{ id: "A", dimension: "human", title: { en: "A" } }],
    });
    const aa = report("KZ", { catalogue: flat.ref, entries: [entry("A", "done")] });
    const matrix = implementationMatrix([aa], { catalogues: [flat] }, { year: 2025 });
    expect(matrix.scale).toBeNull();
    expect(matrix.rows[0]!.cells[HUMAN]).toMatchObject({ level: null, coverage: 1 });
  });

  it("throws a CbmError on an unknown measure", () => {
    expectCbmError(() => implementationMatrix([], { catalogues: [c2021] }, { year: 2025, measure: "mean" as "level" }), "invalid-argument");
  });
});

describe("implementationMatrix: observers and newcomers", () => {
  // 2022: Kuwait joined on 13 October (a voluntary report), Turkmenistan is an observer, XX is no participant.
  const reports = [
    report("UZ", { year: 2022 }),
    report("TM", { year: 2022 }),
    report("XX", { year: 2022 }),
    report("KW", { year: 2022 }),
    report("KZ", { year: 2022 }),
  ];

  it("marks the rows of voluntary reports with the state's status during the year", () => {
    const matrix = implementationMatrix(reports, cica, { year: 2022, catalogue: "cica@2021" });
    const marks = Object.fromEntries(matrix.rows.map((r) => [r.state, [r.voluntary, r.status]]));
    expect(marks).toEqual({ KZ: [false, "member"], UZ: [false, "member"], KW: [true, "member"], TM: [true, "observer"], XX: [true, "none"] });
  });

  it("orders rows as the table of replies does: expected states in the registry's order, then the voluntary ones by code", () => {
    const matrix = implementationMatrix(reports, cica, { year: 2022, catalogue: "cica@2021" });
    const rate = reportingRate(reports, cica, { year: 2022 });
    const replied = [...rate.rows, ...rate.voluntary].filter((r) => r.reply !== "missing").map((r) => r.state);
    expect(matrix.rows.map((r) => r.state)).toEqual(replied);
    expect(matrix.rows.map((r) => r.state)).toEqual(["KZ", "UZ", "KW", "TM", "XX"]);
  });

  it("orders the same reports the same way whatever the input order", () => {
    const a = implementationMatrix(reports, cica, { year: 2022, catalogue: "cica@2021" });
    const b = implementationMatrix([...reports].reverse(), cica, { year: 2022, catalogue: "cica@2021" });
    expect(b).toEqual(a);
  });

  it("leaves the voluntary rows out with expectedOnly, and lists whom it left out", () => {
    const matrix = implementationMatrix(reports, cica, { year: 2022, catalogue: "cica@2021", expectedOnly: true });
    expect(matrix.rows.map((r) => r.state)).toEqual(["KZ", "UZ"]);
    expect(matrix.omitted).toEqual(["KW", "TM", "XX"]);
    expect(implementationMatrix(reports, cica, { year: 2022, catalogue: "cica@2021" }).omitted).toEqual([]);
  });

  it("counts Kuwait as expected from the year after it joined", () => {
    const kw = report("KW", { year: 2023 });
    const matrix = implementationMatrix([kw], cica, { year: 2023, catalogue: "cica@2021", expectedOnly: true });
    expect(matrix.rows.map((r) => [r.state, r.voluntary])).toEqual([["KW", false]]);
  });

  it("says nothing of standing without a registry (status null, not voluntary), sorted by code", () => {
    const matrix = implementationMatrix(reports, { catalogues: [c2021] }, { year: 2022 });
    expect(matrix.rows.map((r) => [r.state, r.voluntary, r.status])).toEqual([
      ["KW", false, null],
      ["KZ", false, null],
      ["TM", false, null],
      ["UZ", false, null],
      ["XX", false, null],
    ]);
  });

  it("throws a CbmError when expectedOnly cannot be told (no registry) or is not a boolean", () => {
    expectCbmError(() => implementationMatrix(reports, { catalogues: [c2021] }, { year: 2022, expectedOnly: true }), "invalid-argument");
    expectCbmError(
      () => implementationMatrix(reports, cica, { year: 2022, catalogue: "cica@2021", expectedOnly: "yes" as unknown as boolean }),
      "invalid-argument",
    );
  });
});

describe("implementationMatrix: one catalogue version per row", () => {
  // Two versions of one plan that share measure ids: a state reports on both for one year.
  const define = (version: string) =>
    defineCatalogue({
      id: "plan",
      version,
      title: { en: "Plan" },
      measures: ["A", "B"].map((id) => ({ id, dimension: "human" as const, title: { en: id } })),
    });
  const v1 = define("1");
  const v2 = define("2");
  const onV1 = report("KZ", { id: "KZ-v1", catalogue: v1.ref, entries: [entry("A", "not-started"), entry("B", "not-started")] });
  const onV2 = report("KZ", { id: "KZ-v2", catalogue: v2.ref, entries: [entry("A", "implemented")] });

  it("never merges the entries of two versions into one row, from reports or from a summary", () => {
    for (const source of [[onV1, onV2], [onV2, onV1], toReportSummary([onV1, onV2])]) {
      const matrix = implementationMatrix(source, { catalogues: [v1, v2], registry }, { year: 2025, catalogue: v2.ref });
      expect(matrix.rows).toHaveLength(1);
      expect(matrix.rows[0]!.cells[HUMAN]).toMatchObject({ entries: 1, coverage: 0.5, level: 1 });
      const old = implementationMatrix(source, { catalogues: [v1, v2], registry }, { year: 2025, catalogue: v1.ref });
      expect(old.rows[0]!.cells[HUMAN]).toMatchObject({ entries: 2, coverage: 1, level: 0 });
    }
  });
});

describe("implementationMatrix: the ends of the scale and statuses outside it", () => {
  /** A one-dimension plan of four measures on the given vocabulary, and its matrix of one report. */
  const matrixOn = (statuses: readonly { id: string; score: number | null }[], entries: readonly (readonly [string, string])[]) => {
    const plan = defineCatalogue({
      id: "scale-plan",
      version: "1",
      title: { en: "Plan" },
      statuses: statuses.map((s) => ({ ...s, label: { en: s.id } })),
      measures: ["A", "B", "C", "D"].map((id) => ({ id, dimension: "human" as const, title: { en: id } })),
    });
    const kz = report("KZ", { catalogue: plan.ref, entries: entries.map(([measure, status]) => entry(measure, status)) });
    return implementationMatrix([kz], { catalogues: [plan] }, { year: 2025 });
  };

  it("takes, where two statuses share the lowest or the highest score, the first of them in vocabulary order as that end", () => {
    const matrix = matrixOn(
      [
        { id: "idea", score: 0 },
        { id: "wish", score: 0 },
        { id: "begun", score: 1 },
        { id: "done", score: 2 },
        { id: "finished", score: 2 },
      ],
      [],
    );
    expect(matrix.statuses).toEqual(["idea", "wish", "begun", "done", "finished"]);
    expect(matrix.scale?.lowest.status).toBe("idea");
    expect(matrix.scale?.highest.status).toBe("done");
  });

  it("finds the ends of the scale in a vocabulary listed in any order, not only lowest first", () => {
    const reversed = { ...c2021, statuses: [...c2021.statuses].reverse() };
    const kz = report("KZ", { entries: [entry("HUM.1", "implemented"), entry("HUM.2", "planned")] });
    const matrix = implementationMatrix([kz], { catalogues: [reversed] }, { year: 2025 });
    expect(matrix.statuses).toEqual([...STATUSES].reverse());
    expect([matrix.scale?.lowest.status, matrix.scale?.highest.status]).toEqual(["not-started", "implemented"]);
    expect(matrix.rows[0]!.cells[HUMAN]!.level).toBe((1 + 0.25) / 2);
  });

  it("gives no scale and no level, but counts and coverage, for a vocabulary with no score at all", () => {
    const matrix = matrixOn(
      [
        { id: "seen", score: null },
        { id: "unseen", score: null },
      ],
      [["A", "seen"]],
    );
    expect(matrix.scale).toBeNull();
    expect(matrix.rows[0]!.cells[HUMAN]).toMatchObject({ entries: 1, counts: { seen: 1, unseen: 0 }, meanScore: null, coverage: 1 / 4, level: null });
  });

  it("leaves an entry whose status the vocabulary does not hold out of every count, the level and the coverage", () => {
    const kz = report("KZ", { entries: [entry("HUM.1", "finished"), entry("HUM.2", "planned")] });
    const cell = implementationMatrix([kz], { catalogues: [c2021] }, { year: 2025 }).rows[0]!.cells[HUMAN]!;
    expect(cell).toMatchObject({ entries: 1, meanScore: 1, coverage: 1 / 6, level: 0.25 });
    expect(Object.keys(cell.counts)).not.toContain("finished");
  });
});

describe("implementationMatrix: its columns' labels", () => {
  it("labels a dimension in Russian where the catalogue names it so, and in English alone where it does not", () => {
    const own = defineCatalogue({
      id: "label-plan",
      version: "1",
      title: { en: "Plan" },
      dimensions: [
        { id: "north", en: "North", ru: "Север" },
        { id: "south", en: "South" },
      ],
      measures: [
        { id: "A", dimension: "north", title: { en: "A" } },
        { id: "B", dimension: "south", title: { en: "B" } },
      ],
    });
    const matrix = implementationMatrix([], { catalogues: [own] }, { year: 2025 });
    expect(matrix.groups.map((g) => g.label)).toStrictEqual([{ en: "North", ru: "Север" }, { en: "South" }]);
  });
});
