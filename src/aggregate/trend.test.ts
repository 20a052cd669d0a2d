import { describe, expect, it } from "vitest";
import { cica } from "../data/cica/index.js";
import { trend } from "./trend.js";
import { report, nilReport, entry, expectCbmError } from "../../test/support/aggregateFixtures.js";

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

  it("lists each year's statuses in code-unit order of their names, whatever order the entries came in", () => {
    const reports = [
      report("KZ", { entries: [entry("HUM.1", "planned"), entry("HUM.2", "implemented"), entry("HUM.3", "in-progress"), entry("HUM.4", "planned")] }),
    ];
    const [year] = trend(reports, {}, { from: 2025, to: 2025 });
    expect(Object.entries(year!.statuses)).toEqual([
      ["implemented", 1],
      ["in-progress", 1],
      ["planned", 2],
    ]);
    const [reversed] = trend(
      [report("KZ", { entries: [entry("HUM.4", "planned"), entry("HUM.3", "in-progress"), entry("HUM.2", "implemented")] })],
      {},
      { from: 2025, to: 2025 },
    );
    expect(Object.keys(reversed!.statuses)).toEqual(["implemented", "in-progress", "planned"]);
  });

  it("counts a report on the first and on the last year of the range, and none outside it", () => {
    const reports = [2021, 2022, 2024, 2025].map((year) => report("KZ", { year }));
    expect(trend(reports, {}, { from: 2022, to: 2024 }).map((y) => [y.year, y.reporters])).toEqual([
      [2022, 1],
      [2023, 0],
      [2024, 1],
    ]);
  });

  it("names both years of a range out of order in its error, so the caller sees what was asked", () => {
    expect(() => trend([], {}, { from: 2025, to: 2024 })).toThrow("trend: from and to must be in order, at most 1,000 years apart (got 2025 to 2024).");
  });

  it("names itself and the option at fault in each CbmError", () => {
    expect(() => trend([], {}, { from: 2024.5, to: 2025 })).toThrowError(/^trend: from must be an integer/);
    expect(() => trend([], {}, { from: 2024, to: 2025.5 })).toThrowError(/^trend: to must be an integer/);
    expect(() => trend([], cica, { from: 2024, to: 2025, catalogue: "cica@2099" })).toThrowError(/^trend: /);
    expect(() => trend([], null as never, { from: 2024, to: 2025 })).toThrowError(/^trend: /);
  });

  it("throws a CbmError on a range that is not two integers in order, at most 1,000 years apart", () => {
    expectCbmError(() => trend([], {}, { from: 2025, to: 2024 }), "invalid-argument");
    expectCbmError(() => trend([], {}, { from: 2024.5, to: 2025 }), "invalid-argument");
    expectCbmError(() => trend([], {}, { from: 1000, to: 2001 }), "invalid-argument");
    expect(trend([], {}, { from: 1000, to: 2000 })).toHaveLength(1001);
  });
});
