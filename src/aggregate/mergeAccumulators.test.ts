import { describe, expect, it } from "vitest";
import { createAccumulator } from "./createAccumulator.js";
import { finishAccumulator } from "./finishAccumulator.js";
import { mergeAccumulators } from "./mergeAccumulators.js";

describe("mergeAccumulators refusing a merge", () => {
  it("leaves both accumulators usable when their asOf differ", () => {
    const a = createAccumulator({ asOf: "2026-01-01" });
    const b = createAccumulator();
    expect(() => mergeAccumulators(a, b)).toThrowError(/different days/);
    expect(finishAccumulator(a).records).toEqual([]);
    expect(finishAccumulator(mergeAccumulators(b, createAccumulator())).read).toBe(0);
  });
});
