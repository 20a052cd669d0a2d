import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cica } from "../data/cica/index.js";
import type { NationalReport } from "../reports/schema.js";
import { implementationMatrix } from "./implementationMatrix.js";
import { reportingRate } from "./reportingRate.js";

const c2021 = cica.catalogues["cica@2021"];
const STATES = [...cica.registry.participants.map((p) => p.code), "XX", "ZZ"];
const MEASURES = c2021.measures.map((m) => m.id);
const STATUSES = c2021.statuses.map((s) => s.id);

const reportArb = () =>
  fc.record({
    reporter: fc.constantFrom(...STATES),
    entries: fc.array(fc.record({ measure: fc.constantFrom(...MEASURES), status: fc.constantFrom(...STATUSES) }), { maxLength: 12 }),
  });

const reportsArb = fc.integer({ min: 2004, max: 2025 }).chain((year) =>
  fc.tuple(
    fc.constant(year),
    fc.uniqueArray(reportArb(), { selector: (r) => r.reporter, maxLength: 20 }).map((list) =>
      list.map(
        ({ reporter, entries }): NationalReport => ({
          schema: "cica-cbm/report@1",
          id: `${reporter}-${year}`,
          reporter,
          catalogue: "cica@2021",
          year,
          revision: 1,
          submittedOn: `${year + 1}-03-01`,
          entries,
        }),
      ),
    ),
  ),
);

describe("implementationMatrix (properties)", () => {
  it("lists the states in the order of the table of replies, and marks as voluntary exactly the replies it counts apart", () => {
    fc.assert(
      fc.property(reportsArb, ([year, reports]) => {
        const matrix = implementationMatrix(reports, cica, { year, catalogue: "cica@2021" });
        const rate = reportingRate(reports, cica, { year });
        const replied = rate.rows.filter((r) => r.reply !== "missing").map((r) => r.state);
        const voluntary = rate.voluntary.map((r) => r.state);
        expect(matrix.rows.map((r) => r.state)).toEqual([...replied, ...voluntary]);
        expect(matrix.rows.filter((r) => r.voluntary).map((r) => r.state)).toEqual(voluntary);
        expect(matrix.rows.filter((r) => r.voluntary).map((r) => r.status)).toEqual(rate.voluntary.map((r) => r.status));
        const expected = implementationMatrix(reports, cica, { year, catalogue: "cica@2021", expectedOnly: true });
        expect(expected.rows.map((r) => r.state)).toEqual(replied);
        expect(expected.omitted).toEqual(voluntary);
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it("keeps every level within 0–1, unknown exactly where nothing on the scale was reported, and never in a group without measures", () => {
    fc.assert(
      fc.property(reportsArb, ([year, reports]) => {
        const matrix = implementationMatrix(reports, cica, { year, catalogue: "cica@2021", by: "measure" });
        matrix.rows.forEach((row) => {
          row.cells.forEach((cell, i) => {
            const group = matrix.groups[i]!;
            const scored = cell.entries - (cell.counts["not-applicable"] ?? 0);
            if (group.measures === 0 || scored === 0) expect(cell.level).toBeNull();
            else {
              expect(cell.level).not.toBeNull();
              expect(cell.level!).toBeGreaterThanOrEqual(0);
              expect(cell.level!).toBeLessThanOrEqual(1);
              // By measure, the level is the mean score rescaled from 0–4.
              expect(cell.level!).toBeCloseTo(cell.meanScore! / 4, 12);
            }
            expect(cell.value).toBe(cell.level);
          });
        });
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
