import { describe, expect, it } from "vitest";
import type { Catalogue } from "../catalogue/types.js";
import { cica } from "../data/cica/index.js";
import { CbmError } from "../errors/CbmError.js";
import { membersOn } from "../participants/membersOn.js";
import type { NationalReport, ReportActivity, ReportEntry } from "../reports/schema.js";
import { renderMatrixSvg } from "../render/renderMatrixSvg.js";
import type { Table } from "../render/table.js";
import { discrepancyTable } from "../render/discrepancyTable.js";
import { matrixTable } from "../render/matrixTable.js";
import { replyTable } from "../render/replyTable.js";
import { toCsv } from "../render/toCsv.js";
import { toMarkdown } from "../render/toMarkdown.js";
import { accumulate } from "./accumulate.js";
import { createAccumulator } from "./createAccumulator.js";
import { finishAccumulator } from "./finishAccumulator.js";
import { mergeAccumulators } from "./mergeAccumulators.js";
import { toReportSummary } from "./toReportSummary.js";
import { findDiscrepancies } from "./findDiscrepancies.js";
import { implementationMatrix } from "./implementationMatrix.js";
import { reportingRate } from "./reportingRate.js";
import { countEntries } from "./countEntries.js";
import { trend } from "./trend.js";

const registry = cica.registry;
const c2021: Catalogue = cica.catalogues["cica@2021"];
const c2004: Catalogue = cica.catalogues["cica@2004"];
const STATUSES = ["not-started", "planned", "in-progress", "partially-implemented", "implemented", "not-applicable"];

type ReportOverrides = Partial<Omit<NationalReport, "schema" | "reporter">>;

/** A valid report of `reporter`, by default on cica@2021 for 2025, revision 1, one entry. */
function report(reporter: string, overrides: ReportOverrides = {}): NationalReport {
  const year = overrides.year ?? 2025;
  return {
    schema: "cica-cbm/report@1",
    id: `${reporter}-${year}`,
    reporter,
    catalogue: "cica@2021",
    year,
    revision: 1,
    submittedOn: `${year + 1}-03-01`,
    entries: [{ measure: "2.1.2", status: "implemented" }],
    ...overrides,
  };
}

const nilReport = (reporter: string, overrides: ReportOverrides = {}): NationalReport => report(reporter, { nil: true, entries: [], ...overrides });

const entry = (measure: string, status = "implemented"): ReportEntry => ({ measure, status });

const activity = (partners: readonly string[], from: string, to?: string, title = "Joint activity", kind = "seminar"): ReportActivity =>
  to === undefined ? { title, kind, from, partners } : { title, kind, from, to, partners };

const joint = (reporter: string, measure: string, activities: readonly ReportActivity[], overrides: ReportOverrides = {}): NationalReport =>
  report(reporter, { entries: [{ measure, status: "implemented", activities }], ...overrides });

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

function expectCbmError(fn: () => unknown, code: CbmError["code"]): void {
  const error = catchError(fn);
  expect(error).toBeInstanceOf(CbmError);
  expect((error as CbmError).code).toBe(code);
}

describe("reportingRate", () => {
  it("does not expect Kuwait for 2022, the year it joined, and lists its reply as voluntary, outside the rate", () => {
    const rate = reportingRate([report("KW", { year: 2022 })], { registry }, { year: 2022 });
    expect(rate.expected).toBe(27);
    expect(rate.rows.map((r) => r.state)).not.toContain("KW");
    expect(rate.replied).toBe(0);
    expect(rate.rate).toBe(0);
    expect(rate.voluntary).toHaveLength(1);
    expect(rate.voluntary[0]).toMatchObject({ state: "KW", status: "member", reply: "report" });
  });

  it("expects Kuwait from 2023, the first whole year of its membership", () => {
    const rate = reportingRate([report("KW", { year: 2023 })], { registry }, { year: 2023 });
    expect(rate.expected).toBe(28);
    expect(rate.rows.find((r) => r.state === "KW")).toMatchObject({ status: "member", reply: "report" });
    expect(rate.replied).toBe(1);
    expect(rate.rate).toBeCloseTo(1 / 28, 12);
    expect(rate.voluntary).toEqual([]);
  });

  it("counts an observer's report apart, in voluntary, and never changes the rate with it", () => {
    const members = [report("KZ", { year: 2024 }), nilReport("MN", { year: 2024 })];
    const saudi = report("SA", { year: 2024 });
    const without = reportingRate(members, { registry }, { year: 2024 });
    const withIt = reportingRate([...members, saudi], { registry }, { year: 2024 });
    expect(withIt.rate).toBe(without.rate);
    expect(withIt.rate).toBeCloseTo(2 / 28, 12);
    expect({ ...withIt, voluntary: [] }).toEqual({ ...without, voluntary: [] });
    expect(without.voluntary).toEqual([]);
    expect(withIt.voluntary).toHaveLength(1);
    expect(withIt.voluntary[0]).toMatchObject({ state: "SA", status: "observer", reply: "report", entries: 1 });
    expect(withIt.rows.map((r) => r.state)).not.toContain("SA");
  });

  it("counts a nil report as a reply, in nil and not in reported", () => {
    const rate = reportingRate([nilReport("MN"), report("KZ")], { registry }, { year: 2025 });
    expect(rate).toMatchObject({ expected: 28, replied: 2, reported: 1, nil: 1, missing: 26 });
    expect(rate.rows.find((r) => r.state === "MN")).toMatchObject({ reply: "nil", entries: 0, revision: 1 });
    expect(rate.rows.find((r) => r.state === "KZ")).toMatchObject({ reply: "report", entries: 1 });
    expect(rate.rate).toBeCloseTo(2 / 28, 12);
  });

  it("judges lateness by the first counted revision, so a late correction of an on-time reply is not late", () => {
    const onTime = report("KZ", { submittedOn: "2026-03-01" });
    const correction = report("KZ", { revision: 2, submittedOn: "2026-07-01", entries: [entry("2.1.2"), entry("HUM.1")] });
    const lateReply = report("UZ", { submittedOn: "2026-06-15" });
    const rate = reportingRate([correction, lateReply, onTime], { registry }, { year: 2025, deadline: "2026-05-31" });
    const kz = rate.rows.find((r) => r.state === "KZ");
    expect(kz).toMatchObject({ late: false, revision: 2, firstSubmittedOn: "2026-03-01", entries: 2 });
    expect(rate.rows.find((r) => r.state === "UZ")).toMatchObject({ late: true, firstSubmittedOn: "2026-06-15" });
    expect(rate.late).toBe(1);
  });

  it("counts a reply submitted on the deadline day as on time", () => {
    const rate = reportingRate([report("KZ", { submittedOn: "2026-05-31" })], { registry }, { year: 2025, deadline: "2026-05-31" });
    expect(rate.late).toBe(0);
  });

  it("never marks a missing state late", () => {
    const rate = reportingRate([], { registry }, { year: 2025, deadline: "2026-05-31" });
    expect(rate.rows.every((r) => r.reply === "missing" && !r.late)).toBe(true);
    expect(rate.late).toBe(0);
  });

  it("ignores revisions submitted after asOf: a report whose only revision comes later is missing", () => {
    const rate = reportingRate([report("KZ", { submittedOn: "2026-07-01" })], { registry }, { year: 2025, asOf: "2026-06-30" });
    expect(rate.rows.find((r) => r.state === "KZ")).toMatchObject({ reply: "missing", entries: 0 });
    expect(rate.replied).toBe(0);
    expect(rate.missing).toBe(28);
  });

  it("counts the revision submitted before asOf when a later one exists", () => {
    const first = report("KZ", { submittedOn: "2026-03-01" });
    const second = report("KZ", { revision: 2, submittedOn: "2026-08-01", nil: true, entries: [] });
    const asOf = reportingRate([first, second], { registry }, { year: 2025, asOf: "2026-06-30" });
    expect(asOf.rows.find((r) => r.state === "KZ")).toMatchObject({ reply: "report", revision: 1, entries: 1, firstSubmittedOn: "2026-03-01" });
    const now = reportingRate([first, second], { registry }, { year: 2025 });
    expect(now.rows.find((r) => r.state === "KZ")).toMatchObject({ reply: "nil", revision: 2, entries: 0, firstSubmittedOn: "2026-03-01" });
  });

  it("has one row per expected state, sorted by code, and nothing else in rows", () => {
    const rate = reportingRate([report("UZ"), report("AF"), report("SA"), report("KZ")], { registry }, { year: 2025 });
    const states = rate.rows.map((r) => r.state);
    expect(states).toEqual([...states].sort());
    expect(new Set(states).size).toBe(states.length);
    expect(states).toEqual(membersOn(registry, "2025-01-01").map((p) => p.code));
    expect(rate.rows.every((r) => r.status === "member")).toBe(true);
    expect(rate.replied + rate.missing).toBe(rate.expected);
  });

  it("counts only the catalogue asked for, when one is given", () => {
    const reports = [report("KZ"), report("UZ", { catalogue: "cica@2004", entries: [entry("3.4")] })];
    expect(reportingRate(reports, { registry }, { year: 2025, catalogue: "cica@2021" }).replied).toBe(1);
    expect(reportingRate(reports, { registry }, { year: 2025 }).replied).toBe(2);
  });

  it("gives a null rate when no state is expected, as in 1990", () => {
    const rate = reportingRate([report("KZ", { year: 1990 })], { registry }, { year: 1990 });
    expect(rate).toMatchObject({ year: 1990, expected: 0, replied: 0, missing: 0, rate: null, rows: [] });
    expect(rate.voluntary).toHaveLength(1);
    expect(rate.voluntary[0]).toMatchObject({ state: "KZ", status: "none" });
  });

  it("throws a CbmError on an invalid year, deadline or asOf", () => {
    for (const year of [0, -1, 2025.5, 10000, Number.NaN]) expectCbmError(() => reportingRate([], { registry }, { year }), "invalid-argument");
    for (const deadline of ["2026-02-30", "2026-5-31", "31.05.2026", ""]) expectCbmError(() => reportingRate([], { registry }, { year: 2025, deadline }), "invalid-date");
    expectCbmError(() => reportingRate([], { registry }, { year: 2025, asOf: "2026-13-01" }), "invalid-date");
  });

  it("accepts a summary made by the accumulator in place of the reports", () => {
    const reports = [report("KZ"), nilReport("MN")];
    expect(reportingRate(toReportSummary(reports), { registry }, { year: 2025 })).toEqual(reportingRate(reports, { registry }, { year: 2025 }));
  });
});

describe("membership history in the reporting rate", () => {
  it("does not expect Thailand for 2004, the year it joined, but expects it for 2005", () => {
    const in2004 = reportingRate([report("TH", { year: 2004 })], { registry }, { year: 2004 });
    expect(in2004.rows.map((r) => r.state)).not.toContain("TH");
    expect(in2004.voluntary.map((r) => r.state)).toEqual(["TH"]);
    expect(in2004.voluntary[0]?.status).toBe("member");
    const in2005 = reportingRate([report("TH", { year: 2005 })], { registry }, { year: 2005 });
    expect(in2005.rows.find((r) => r.state === "TH")).toMatchObject({ reply: "report" });
    expect(in2005.voluntary).toEqual([]);
    expect(in2005.expected).toBe(in2004.expected + 1);
  });

  it("counts Mongolia, dated only by the year 2001, from 2001-12-31, so it is expected from 2002", () => {
    expect(reportingRate([], { registry }, { year: 2001 }).rows.map((r) => r.state)).not.toContain("MN");
    expect(reportingRate([], { registry }, { year: 2002 }).rows.map((r) => r.state)).toContain("MN");
  });
});

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
    for (const input of [[first, second], [second, first]]) {
      const cell = implementationMatrix(input, { catalogues: [c2021] }, { year: 2025, by: "dimension" }).rows[0]!.cells[4]!;
      expect(cell).toMatchObject({ entries: 2, meanScore: 4, coverage: 2 / 6 });
      expect(cell.counts.planned).toBe(0);
    }
    const asOf = implementationMatrix([first, second], { catalogues: [c2021] }, { year: 2025, by: "dimension", asOf: "2026-03-15" }).rows[0]!.cells[4]!;
    expect(asOf).toMatchObject({ entries: 1, meanScore: 1 });
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
});

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

  it("keeps the columns in the order of groupBy and sorts by them in that order", () => {
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

describe("trend", () => {
  it("gives every year of the range, oldest first, with zeros where nothing was reported", () => {
    const reports = [
      report("KZ", { year: 2023, entries: [entry("HUM.1"), entry("HUM.2", "planned")] }),
      nilReport("MN", { year: 2023 }),
      report("UZ", { year: 2025 }),
      report("UZ", { year: 2025, revision: 2, submittedOn: "2026-04-01", entries: [entry("HUM.1", "planned")] }),
      report("KZ", { year: 2025, catalogue: "cica@2004", entries: [entry("3.4")] }),
      report("KZ", { year: 2025 }),
      report("AF", { year: 2026 }),
    ];
    expect(trend(reports, {}, { from: 2022, to: 2025 })).toEqual([
      { year: 2022, reporters: 0, reports: 0, nil: 0, entries: 0, statuses: {} },
      { year: 2023, reporters: 2, reports: 1, nil: 1, entries: 2, statuses: { implemented: 1, planned: 1 } },
      { year: 2024, reporters: 0, reports: 0, nil: 0, entries: 0, statuses: {} },
      { year: 2025, reporters: 2, reports: 3, nil: 0, entries: 3, statuses: { implemented: 2, planned: 1 } },
    ]);
    expect(trend(reports, {}, { from: 2025, to: 2025, catalogue: "cica@2021" })).toEqual([
      { year: 2025, reporters: 2, reports: 2, nil: 0, entries: 2, statuses: { implemented: 1, planned: 1 } },
    ]);
  });

  it("throws a CbmError on a range that is not two integers in order, at most 1,000 years apart", () => {
    expectCbmError(() => trend([], {}, { from: 2025, to: 2024 }), "invalid-argument");
    expectCbmError(() => trend([], {}, { from: 2024.5, to: 2025 }), "invalid-argument");
    expectCbmError(() => trend([], {}, { from: 1000, to: 2001 }), "invalid-argument");
    expect(trend([], {}, { from: 1000, to: 2000 })).toHaveLength(1001);
  });
});

describe("findDiscrepancies", () => {
  const kz = joint("KZ", "HUM.4", [activity(["UZ"], "2025-09-01", "2025-09-30", "Student exchange", "exchange")]);
  const uz = joint("UZ", "HUM.4", [activity(["KZ"], "2025-09-15", undefined, "Exchange of students", "exchange")]);

  it("confirms a pair reported by both partners under the same measure on overlapping dates, in one row", () => {
    for (const input of [[kz, uz], [uz, kz]]) {
      const found = findDiscrepancies(input, {}, { year: 2025 });
      expect(found).toMatchObject({ year: 2025, confirmed: 1, unconfirmed: 0, noPartnerReport: 0 });
      expect(found.rows).toEqual([
        {
          catalogue: "cica@2021",
          measure: "HUM.4",
          reporter: "KZ",
          partner: "UZ",
          status: "confirmed",
          activity: { title: "Student exchange", kind: "exchange", from: "2025-09-01", to: "2025-09-30" },
          partnerActivity: { title: "Exchange of students", kind: "exchange", from: "2025-09-15", to: "2025-09-15" },
        },
      ]);
    }
  });

  it("counts activities that touch on a single shared day as overlapping", () => {
    const a = joint("KZ", "HUM.4", [activity(["UZ"], "2025-03-01", "2025-03-05")]);
    const b = joint("UZ", "HUM.4", [activity(["KZ"], "2025-03-05", "2025-03-09")]);
    expect(findDiscrepancies([a, b], {}, { year: 2025 }).confirmed).toBe(1);
  });

  it("leaves accounts unconfirmed when the partner reports the activity under another measure", () => {
    const other = joint("UZ", "HUM.3", [activity(["KZ"], "2025-09-15")]);
    const found = findDiscrepancies([kz, other], {}, { year: 2025 });
    expect(found).toMatchObject({ confirmed: 0, unconfirmed: 2, noPartnerReport: 0 });
    expect(found.rows.map((r) => [r.measure, r.reporter, r.partner, r.status])).toEqual([
      ["HUM.3", "UZ", "KZ", "unconfirmed"],
      ["HUM.4", "KZ", "UZ", "unconfirmed"],
    ]);
    expect(found.rows.every((r) => r.partnerActivity === undefined && r.partnerNil === undefined)).toBe(true);
  });

  it("leaves accounts unconfirmed when the partner's dates do not overlap", () => {
    const later = joint("UZ", "HUM.4", [activity(["KZ"], "2025-10-01", "2025-10-02")]);
    const found = findDiscrepancies([kz, later], {}, { year: 2025 });
    expect(found).toMatchObject({ confirmed: 0, unconfirmed: 2, noPartnerReport: 0 });
    expect(found.rows.map((r) => [r.reporter, r.partner, r.activity.from])).toEqual([
      ["KZ", "UZ", "2025-09-01"],
      ["UZ", "KZ", "2025-10-01"],
    ]);
  });

  it("leaves an account unconfirmed when the partner names someone else", () => {
    const elsewhere = joint("UZ", "HUM.4", [activity(["TJ"], "2025-09-15")]);
    const found = findDiscrepancies([kz, elsewhere], {}, { year: 2025 });
    expect(found.rows.find((r) => r.reporter === "KZ")).toMatchObject({ partner: "UZ", status: "unconfirmed" });
    expect(found.rows.find((r) => r.reporter === "UZ")).toMatchObject({ partner: "TJ", status: "no-partner-report" });
  });

  it("marks partnerNil when the partner sent a nil report", () => {
    const found = findDiscrepancies([kz, nilReport("UZ")], {}, { year: 2025 });
    expect(found).toMatchObject({ confirmed: 0, unconfirmed: 1, noPartnerReport: 0 });
    expect(found.rows[0]).toMatchObject({ reporter: "KZ", partner: "UZ", status: "unconfirmed", partnerNil: true });
  });

  it("says no-partner-report when the partner sent nothing for the year", () => {
    const lastYear = joint("UZ", "HUM.4", [activity(["KZ"], "2024-09-15")], { year: 2024 });
    const found = findDiscrepancies([kz, lastYear], {}, { year: 2025 });
    expect(found).toMatchObject({ confirmed: 0, unconfirmed: 0, noPartnerReport: 1 });
    expect(found.rows[0]).toMatchObject({ reporter: "KZ", partner: "UZ", status: "no-partner-report" });
    expect(found.rows[0]).not.toHaveProperty("partnerNil");
  });

  it("matches accounts one to one, earliest first: two claims against one mirror give one confirmed and one unconfirmed", () => {
    const two = joint("KZ", "HUM.4", [activity(["UZ"], "2025-09-20", "2025-09-20", "Second"), activity(["UZ"], "2025-09-10", "2025-09-30", "First")]);
    const found = findDiscrepancies([two, uz], {}, { year: 2025 });
    expect(found).toMatchObject({ confirmed: 1, unconfirmed: 1, noPartnerReport: 0 });
    expect(found.rows.map((r) => [r.status, r.activity.title, r.partnerActivity?.title])).toEqual([
      ["confirmed", "First", "Exchange of students"],
      ["unconfirmed", "Second", undefined],
    ]);
  });

  it("leaves organisation partners out when a registry is given", () => {
    const withUn = joint("KZ", "HUM.4", [activity(["UZ", "un"], "2025-09-01", "2025-09-30")]);
    const named = findDiscrepancies([withUn, uz], { registry }, { year: 2025 });
    expect(named.rows.map((r) => r.partner)).toEqual(["UZ"]);
    expect(named).toMatchObject({ confirmed: 1, unconfirmed: 0, noPartnerReport: 0 });
    const unnamed = findDiscrepancies([withUn, uz], {}, { year: 2025 });
    expect(unnamed.rows.map((r) => [r.partner, r.status])).toEqual([
      ["UZ", "confirmed"],
      ["un", "no-partner-report"],
    ]);
  });

  it("counts only the current revision of each report", () => {
    const retracted = report("KZ", { revision: 2, submittedOn: "2026-04-01", entries: [entry("HUM.4")] });
    for (const input of [[kz, retracted, uz], [retracted, uz, kz]]) {
      const found = findDiscrepancies(input, {}, { year: 2025 });
      expect(found.rows).toEqual([expect.objectContaining({ reporter: "UZ", partner: "KZ", status: "unconfirmed" })]);
    }
  });

  it("keeps to the year and, when given, the catalogue", () => {
    const old = joint("UZ", "HUM.4", [activity(["KZ"], "2025-09-15")], { catalogue: "cica@2004" });
    expect(findDiscrepancies([kz, old], {}, { year: 2025, catalogue: "cica@2021" }).rows.map((r) => r.status)).toEqual(["no-partner-report"]);
    expect(findDiscrepancies([kz, uz], {}, { year: 2024 }).rows).toEqual([]);
  });

  it("throws a CbmError on an invalid year", () => {
    expectCbmError(() => findDiscrepancies([], {}, { year: 2025.5 }), "invalid-argument");
  });

  it("orders the rows the same whatever the order of the input, even for accounts that share a start day and title", () => {
    const two = joint("KZ", "HUM.4", [activity(["UZ"], "2025-09-01", "2025-09-01", "Seminar"), activity(["UZ"], "2025-09-01", "2025-09-05", "Seminar")]);
    const one = joint("UZ", "HUM.4", [activity(["KZ"], "2025-09-03")]);
    const forward = findDiscrepancies([two, one], {}, { year: 2025 });
    const backward = findDiscrepancies([one, two], {}, { year: 2025 });
    expect(forward.rows.map((r) => [r.status, r.activity.to])).toEqual(backward.rows.map((r) => [r.status, r.activity.to]));
  });
});

describe("accumulator", () => {
  const kz = report("KZ");
  const uz = report("UZ");

  it("throws a CbmError when a spent accumulator is used again", () => {
    const empty = createAccumulator();
    const next = accumulate(empty, kz);
    expectCbmError(() => accumulate(empty, uz), "invalid-argument");
    expectCbmError(() => finishAccumulator(empty), "invalid-argument");
    expectCbmError(() => mergeAccumulators(empty, createAccumulator()), "invalid-argument");
    const merged = mergeAccumulators(next, createAccumulator());
    expectCbmError(() => accumulate(next, uz), "invalid-argument");
    expect(finishAccumulator(merged).records.map((r) => r.reporter)).toEqual(["KZ"]);
  });

  it("throws a CbmError when merging an accumulator with itself", () => {
    const acc = createAccumulator();
    expectCbmError(() => mergeAccumulators(acc, acc), "invalid-argument");
  });

  it("throws a CbmError when merging accumulators with different asOf", () => {
    expectCbmError(() => mergeAccumulators(createAccumulator({ asOf: "2026-01-01" }), createAccumulator({ asOf: "2026-06-30" })), "invalid-argument");
    expectCbmError(() => mergeAccumulators(createAccumulator(), createAccumulator({ asOf: "2026-06-30" })), "invalid-argument");
  });

  it("throws a CbmError on an invalid asOf", () => {
    expectCbmError(() => createAccumulator({ asOf: "2026-02-29" }), "invalid-date");
  });

  it("does not spend the accumulator on finishing, and leaves earlier summaries unchanged", () => {
    let acc = accumulate(createAccumulator(), kz);
    const first = finishAccumulator(acc);
    expect(finishAccumulator(acc)).toEqual(first);
    acc = accumulate(acc, uz);
    acc = accumulate(acc, report("KZ", { revision: 2, submittedOn: "2026-04-01", entries: [] }));
    const second = finishAccumulator(acc);
    expect(first.records.map((r) => [r.reporter, r.revision])).toEqual([["KZ", 1]]);
    expect(first.read).toBe(1);
    expect(second.records.map((r) => [r.reporter, r.revision])).toEqual([
      ["KZ", 2],
      ["UZ", 1],
    ]);
    expect(second.read).toBe(3);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.records[0])).toBe(true);
  });

  it("reads every revision but counts only those submitted by asOf", () => {
    let acc = createAccumulator({ asOf: "2026-03-31" });
    acc = accumulate(acc, kz);
    acc = accumulate(acc, report("KZ", { revision: 2, submittedOn: "2026-04-01", entries: [] }));
    acc = accumulate(acc, report("UZ", { submittedOn: "2026-04-01" }));
    const summary = finishAccumulator(acc);
    expect(summary).toMatchObject({ kind: "cica-cbm/summary", asOf: "2026-03-31", read: 3 });
    expect(summary.records).toEqual([
      { reporter: "KZ", catalogue: "cica@2021", year: 2025, revision: 1, submittedOn: "2026-03-01", firstSubmittedOn: "2026-03-01", nil: false, entries: [["2.1.2", "implemented"]] },
    ]);
  });

  it("gives the same summary however the reports are split and merged", () => {
    const reports = [kz, uz, report("KZ", { revision: 2, submittedOn: "2026-04-01" }), nilReport("MN"), report("KZ", { year: 2024 })];
    let left = createAccumulator();
    let right = createAccumulator();
    reports.forEach((r, i) => {
      if (i % 2 === 0) left = accumulate(left, r);
      else right = accumulate(right, r);
    });
    expect(finishAccumulator(mergeAccumulators(right, left))).toEqual(toReportSummary(reports));
  });

  it("returns a summary as it is, and throws a CbmError for one made with another asOf", () => {
    const summary = toReportSummary([kz]);
    expect(toReportSummary(summary)).toBe(summary);
    expectCbmError(() => toReportSummary(summary, { asOf: "2026-06-30" }), "invalid-argument");
    expectCbmError(() => reportingRate(summary, { registry }, { year: 2025, asOf: "2026-06-30" }), "invalid-argument");
  });

  it("throws a CbmError for a source that is neither reports, a ledger nor a summary", () => {
    expectCbmError(() => toReportSummary(42 as unknown as NationalReport[]), "invalid-argument");
    expectCbmError(() => accumulate({ kind: "cica-cbm/accumulator", read: 0 }, kz), "invalid-argument");
  });
});

describe("toCsv", () => {
  const table = (rows: Table["rows"], columns = [{ key: "a", label: "A" }]): Table => ({ columns, rows });
  const body = (csv: string) => csv.split("\r\n").slice(1, -1);

  it("ends every line, the last included, with CRLF", () => {
    const csv = toCsv(table([{ a: "x" }, { a: "y" }]));
    expect(csv).toBe("A\r\nx\r\ny\r\n");
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("quotes fields holding a comma, a quote, a CR, an LF or surrounding spaces, doubling quotes", () => {
    const csv = toCsv(table([{ a: "a,b" }, { a: 'say "hi"' }, { a: "line\nbreak" }, { a: "cr\rhere" }, { a: " lead" }, { a: "trail " }, { a: "in side" }]));
    expect(csv).toBe('A\r\n"a,b"\r\n"say ""hi"""\r\n"line\nbreak"\r\n"cr\rhere"\r\n" lead"\r\n"trail "\r\nin side\r\n');
  });

  it("neutralises text cells that start with = + - @ tab or CR with a leading apostrophe", () => {
    const csv = toCsv(table([{ a: "=1+1" }, { a: "+1" }, { a: "-2" }, { a: "@SUM(A1)" }, { a: "\tx" }, { a: "\rx" }, { a: "a=b" }]));
    expect(body(csv.replace('"\'\rx"', "CRCELL"))).toEqual(["'=1+1", "'+1", "'-2", "'@SUM(A1)", "'\tx", "CRCELL", "a=b"]);
    expect(csv).toContain('"\'\rx"');
  });

  it("neutralises a formula in a heading too", () => {
    expect(toCsv({ columns: [{ key: "a", label: "=HYPERLINK(1)" }], rows: [] })).toBe("'=HYPERLINK(1)\r\n");
  });

  it("writes numbers as numbers, a negative one included, and never neutralises them", () => {
    expect(body(toCsv(table([{ a: -3 }, { a: 0.25 }, { a: 0 }, { a: 1e21 }])))).toEqual(["-3", "0.25", "0", "1e+21"]);
  });

  it("writes empty cells for null, undefined, a missing key and non-finite numbers, and yes/no for booleans", () => {
    const columns = [
      { key: "a", label: "A" },
      { key: "b", label: "B" },
    ];
    expect(body(toCsv(table([{ a: null, b: undefined }, {}, { a: Number.NaN, b: Number.POSITIVE_INFINITY }, { a: true, b: false }, { a: "", b: "x" }], columns)))).toEqual([",", ",", ",", "yes,no", ",x"]);
  });
});

describe("toMarkdown", () => {
  const one = (value: string) => toMarkdown({ columns: [{ key: "a", label: "A" }], rows: [{ a: value }] }).split("\n")[2];

  it("escapes pipes and backslashes so a cell never breaks the table", () => {
    expect(one("a|b")).toBe("| a\\|b |");
    expect(one("a\\|b")).toBe("| a\\\\\\|b |");
    expect(one("end\\")).toBe("| end\\\\ |");
  });

  it("turns every kind of line break into <br>", () => {
    expect(one("a\nb\r\nc\rd")).toBe("| a<br>b<br>c<br>d |");
  });

  it("escapes < so a cell cannot inject markup", () => {
    expect(one("<script>alert(1)</script>")).toBe("| &lt;script>alert(1)&lt;/script> |");
    expect(one("a <b> c")).toBe("| a &lt;b> c |");
  });

  it("escapes a literal <br> typed in a cell, as it escapes every other <", () => {
    expect(one("a<br>b")).toBe("| a&lt;br>b |");
  });

  it("leaves the text &lt;br> typed in a cell as text", () => {
    expect(one("a&lt;br>b")).not.toContain("<br>");
  });

  it("escapes headings too, right-aligns numeric columns and ends with a line break", () => {
    const md = toMarkdown({
      columns: [
        { key: "s", label: "State|code" },
        { key: "n", label: "Entries" },
      ],
      rows: [
        { s: "KZ", n: 3 },
        { s: "UZ", n: null },
      ],
    });
    expect(md).toBe("| State\\|code | Entries |\n| --- | ---: |\n| KZ | 3 |\n| UZ |  |\n");
  });
});

describe("table builders", () => {
  const rate = reportingRate(
    [report("KZ", { submittedOn: "2026-06-15" }), nilReport("MN"), report("SA", { entries: [entry("HUM.1"), entry("HUM.2")] })], { registry },
    { year: 2025, deadline: "2026-05-31" });

  it("builds the table of replies in English, expected states first, then voluntary ones", () => {
    const table = replyTable(rate, { registry });
    expect(table.columns.map((c) => c.key)).toEqual(["code", "state", "basis", "reply", "late", "revision", "first", "entries"]);
    expect(table.columns.map((c) => c.label)).toEqual(["Code", "State", "Status", "Reply", "Late", "Revision", "First submitted", "Entries"]);
    expect(table.rows).toHaveLength(29);
    expect(table.rows.find((r) => r.code === "KZ")).toEqual({ code: "KZ", state: "Kazakhstan", basis: "expected (member)", reply: "report", late: "yes", revision: 1, first: "2026-06-15", entries: 1 });
    expect(table.rows.find((r) => r.code === "MN")).toMatchObject({ reply: "nil report", late: "no" });
    expect(table.rows.find((r) => r.code === "AF")).toMatchObject({ reply: "missing", revision: undefined, first: undefined, entries: 0 });
    expect(table.rows[28]).toMatchObject({ code: "SA", state: "Saudi Arabia", basis: "voluntary (observer)", reply: "report", entries: 2 });
  });

  it("builds the table of replies in Russian, naming states through the registry", () => {
    const table = replyTable(rate, { registry, lang: "ru" });
    expect(table.columns.map((c) => c.label)).toEqual(["Код", "Государство", "Статус", "Ответ", "С опозданием", "Редакция", "Впервые представлен", "Записей"]);
    expect(table.rows.find((r) => r.code === "KZ")).toMatchObject({ state: "Казахстан", basis: "ожидался (член)", reply: "отчёт", late: "да" });
    expect(table.rows.find((r) => r.code === "MN")).toMatchObject({ state: "Монголия", reply: "нулевой отчёт", late: "нет" });
    expect(table.rows.find((r) => r.code === "SA")).toMatchObject({ state: "Саудовская Аравия", basis: "добровольно (наблюдатель)" });
  });

  it("shows codes alone without a registry", () => {
    expect(replyTable(rate).rows.find((r) => r.code === "KZ")?.state).toBe("KZ");
  });

  const matrix = implementationMatrix(
    [report("KZ", { entries: [entry("HUM.1"), entry("HUM.2", "planned"), entry("2.1.2", "not-applicable")] }), nilReport("MN")], { catalogues: [c2021] },
    { year: 2025, by: "dimension" });

  it("builds the matrix table in English, coverage as whole percentages, a nil report named as such", () => {
    const table = matrixTable(matrix, { registry });
    expect(table.columns.map((c) => c.label)).toEqual(["Code", "State", "Military-political dimension", "Fight against new challenges and threats", "Economic dimension", "Environmental dimension", "Human dimension"]);
    expect(table.rows).toEqual([
      { code: "KZ", state: "Kazakhstan", g0: "9%", g1: "0%", g2: null, g3: "0%", g4: "33%" },
      { code: "MN", state: "Mongolia (nil report)", g0: "0%", g1: "0%", g2: null, g3: "0%", g4: "0%" },
    ]);
  });

  it("builds the matrix table in Russian, with mean scores rounded to two places", () => {
    const table = matrixTable(matrix, { registry, lang: "ru", value: "meanScore" });
    expect(table.columns.map((c) => c.label)).toEqual(["Код", "Государство", "Военно-политическое измерение", "Борьба с новыми вызовами и угрозами", "Экономическое измерение", "Экологическое измерение", "Человеческое измерение"]);
    expect(table.rows[0]).toEqual({ code: "KZ", state: "Казахстан", g0: null, g1: null, g2: null, g3: null, g4: 2.5 });
    expect(table.rows[1]?.state).toBe("Монголия (нулевой отчёт)");
  });

  const found = findDiscrepancies(
    [
      joint("KZ", "HUM.4", [activity(["UZ"], "2025-09-01", "2025-09-30", "Student exchange"), activity(["TJ"], "2025-05-05", undefined, "Visit")]),
      joint("UZ", "HUM.4", [activity(["KZ"], "2025-09-15", undefined, "Exchange of students")]),
      joint("IN", "HUM.3", [activity(["MN"], "2025-02-01", "2025-02-03", "Festival")]),
      nilReport("MN"),
    ], {}, { year: 2025 });

  it("builds the side-by-side table of discrepancies in English", () => {
    const table = discrepancyTable(found, { registry });
    expect(table.columns.map((c) => c.label)).toEqual(["Catalogue", "Measure", "State", "Partner", "Status", "Activity", "Dates", "Partner's account", "Partner's dates"]);
    expect(table.rows).toEqual([
      { catalogue: "cica@2021", measure: "HUM.3", reporter: "India", partner: "Mongolia", status: "not confirmed by the partner (nil report)", activity: "Festival", dates: "2025-02-01/2025-02-03", partnerActivity: undefined, partnerDates: undefined },
      { catalogue: "cica@2021", measure: "HUM.4", reporter: "Kazakhstan", partner: "Tajikistan", status: "partner sent no report", activity: "Visit", dates: "2025-05-05", partnerActivity: undefined, partnerDates: undefined },
      { catalogue: "cica@2021", measure: "HUM.4", reporter: "Kazakhstan", partner: "Uzbekistan", status: "confirmed", activity: "Student exchange", dates: "2025-09-01/2025-09-30", partnerActivity: "Exchange of students", partnerDates: "2025-09-15" },
    ]);
  });

  it("builds the side-by-side table of discrepancies in Russian", () => {
    const table = discrepancyTable(found, { registry, lang: "ru" });
    expect(table.columns.map((c) => c.label)).toEqual(["Каталог", "Мера", "Государство", "Партнёр", "Статус", "Мероприятие", "Даты", "Данные партнёра", "Даты партнёра"]);
    expect(table.rows.map((r) => [r.reporter, r.partner, r.status])).toEqual([
      ["Индия", "Монголия", "не подтверждено партнёром (нулевой отчёт)"],
      ["Казахстан", "Таджикистан", "партнёр не представил отчёт"],
      ["Казахстан", "Узбекистан", "подтверждено"],
    ]);
  });

  it("renders the tables as CSV and Markdown", () => {
    const csv = toCsv(discrepancyTable(found, { registry }));
    expect(csv.split("\r\n")[3]).toBe("cica@2021,HUM.4,Kazakhstan,Uzbekistan,confirmed,Student exchange,2025-09-01/2025-09-30,Exchange of students,2025-09-15");
    const md = toMarkdown(replyTable(rate, { registry, lang: "ru" }));
    expect(md.split("\n")).toHaveLength(29 + 2 + 1);
  });
});

/** A small well-formedness check: tags balance, attributes are quoted, text holds no raw < or stray &. */
function checkXml(svg: string): { tags: string[] } {
  const tags: string[] = [];
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  let match: RegExpExecArray | null;
  const checkText = (text: string) => {
    expect(text).not.toContain("<");
    expect(text).not.toContain(">");
    expect(text.replace(/&(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);/g, "")).not.toContain("&");
  };
  while ((match = token.exec(svg)) !== null) {
    checkText(svg.slice(last, match.index));
    last = token.lastIndex;
    const [, closing, name, attributes, selfClosing] = match;
    for (const attribute of (attributes ?? "").matchAll(/="([^"]*)"/g)) checkText(attribute[1] ?? "");
    if (closing) {
      expect(stack.pop()).toBe(name);
    } else {
      tags.push(name!);
      if (!selfClosing) stack.push(name!);
    }
  }
  checkText(svg.slice(last));
  expect(stack).toEqual([]);
  return { tags };
}

describe("renderMatrixSvg", () => {
  const reports = [
    report("KZ", { entries: [entry("HUM.1"), entry("HUM.2", "planned"), entry("2.1.2")] }),
    report("UZ", { entries: [entry("ENV.1", "in-progress"), entry("ENV.2")] }),
    nilReport("MN"),
  ];
  const matrix = implementationMatrix(reports, { catalogues: [c2021] }, { year: 2025, by: "dimension" });

  it("is well-formed XML with one svg root, a <title> and a <desc>", () => {
    const svg = renderMatrixSvg(matrix, { registry });
    expect(svg.startsWith("<svg ")).toBe(true);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
    const { tags } = checkXml(svg);
    expect(tags.filter((t) => t === "svg")).toHaveLength(1);
    expect(tags.filter((t) => t === "desc")).toHaveLength(1);
    expect(svg).toMatch(/<title id="t">Implementation of cica@2021, 2025<\/title>/);
    expect(svg).toMatch(/<desc id="d">[^<]+<\/desc>/);
  });

  it("gives every cell a <title> of its own, besides the document's", () => {
    const svg = renderMatrixSvg(matrix, { registry });
    const titles = [...svg.matchAll(/<title[^>]*>([^<]*)<\/title>/g)].map((m) => m[1]!);
    expect(titles).toHaveLength(1 + matrix.rows.length * matrix.groups.length);
    expect(titles).toContain("Kazakhstan — Human dimension: coverage 33% (2 of 6 measures), mean score 2.50, entries: 2");
    expect(titles).toContain("Kazakhstan — Economic dimension: no measures in this group");
    expect(titles.some((t) => t.startsWith("Mongolia (nil report) — Human dimension:"))).toBe(true);
  });

  it("escapes a hostile title, so no script gets in", () => {
    const title = `</title><script>alert(1)</script> & "quotes" 'too'`;
    const svg = renderMatrixSvg(matrix, { title });
    checkXml(svg);
    expect(svg.toLowerCase()).not.toContain("<script");
    expect(svg).toContain("&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &apos;too&apos;");
  });

  it("escapes hostile state codes and group labels shown without a registry", () => {
    const hostile = { ...matrix, rows: [{ ...matrix.rows[0]!, state: "<script>x</script>" }], groups: matrix.groups.map((g) => ({ ...g, label: { en: `<img src=x onerror=alert(1)> ${g.id}` } })) };
    const svg = renderMatrixSvg(hostile);
    checkXml(svg);
    expect(svg.toLowerCase()).not.toContain("<script");
    expect(svg.toLowerCase()).not.toContain("<img");
  });

  it("refers to nothing outside itself: no URL but the SVG namespace, no @import, no url()", () => {
    const svg = renderMatrixSvg(matrix, { registry, lang: "ru" });
    const urls = [...svg.matchAll(/https?:\/\/[^\s"'<>]*/g)].map((m) => m[0]);
    expect(urls).toEqual(["http://www.w3.org/2000/svg"]);
    expect(svg).not.toMatch(/@import/i);
    expect(svg).not.toMatch(/url\(/i);
    expect(svg).not.toMatch(/xlink:href|\shref=/i);
    expect(svg).not.toMatch(/<(script|image|foreignObject|style)\b/i);
  });

  it("labels everything in Russian with lang ru", () => {
    const svg = renderMatrixSvg(matrix, { registry, lang: "ru" });
    checkXml(svg);
    expect(svg).toContain("<title id=\"t\">Выполнение мер: cica@2021, 2025</title>");
    expect(svg).toContain("Казахстан");
    expect(svg).toContain("Монголия (нулевой отчёт)");
    expect(svg).toContain("Человеческое");
    expect(svg).toContain("Доля мер группы, по которым представлены сведения");
    expect(svg).toMatch(/<desc id="d">Тепловая карта: 3 отчитавшихся государств × 5 групп мер/);
    expect(svg).not.toContain("Kazakhstan");
    expect(svg).not.toContain("Human dimension");
  });

  it("renders an empty matrix as a well-formed document", () => {
    const svg = renderMatrixSvg(implementationMatrix([], { catalogues: [c2021] }, { year: 2025, by: "priorityArea" }));
    checkXml(svg);
    expect([...svg.matchAll(/<title/g)]).toHaveLength(1);
  });
});

describe("mergeAccumulators refusing a merge", () => {
  it("leaves both accumulators usable when their asOf differ", () => {
    const a = createAccumulator({ asOf: "2026-01-01" });
    const b = createAccumulator();
    expect(() => mergeAccumulators(a, b)).toThrowError(/different days/);
    expect(finishAccumulator(a).records).toEqual([]);
    expect(finishAccumulator(mergeAccumulators(b, createAccumulator())).read).toBe(0);
  });
});
