/**
 * The shared reliability properties (test/properties/properties.ts) at a small count; the same
 * properties run at large counts with `npm run fuzz -- --runs N`.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { newStats, PROPERTIES } from "./properties.js";

/** Runs per property in `npm test`; a property of cost c runs RUNS / c times. */
const RUNS = 120;

describe("reliability properties (shared with the fuzz script)", () => {
  const stats = newStats();
  for (const definition of PROPERTIES) {
    it(definition.name, () => {
      const before = stats.inputs;
      fc.assert(definition.make(stats), { numRuns: Math.max(1, Math.ceil(RUNS / definition.cost)) });
      expect(stats.inputs).toBeGreaterThan(before);
      expect(stats.throws).toBe(0);
      expect(stats.lost).toBe(0);
    }, 60_000);
  }

  it("recorded valid reports in the no-loss property, so that zero lost reports is not vacuous", () => {
    expect(stats.validReports).toBeGreaterThan(0);
  });
});
