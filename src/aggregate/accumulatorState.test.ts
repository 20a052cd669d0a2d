import { describe, expect, it } from "vitest";
import { refusal } from "../../test/support/refusal.js";
import { report } from "../../test/support/aggregateFixtures.js";
import { accumulate } from "./accumulate.js";
import { createAccumulator } from "./createAccumulator.js";
import { finishAccumulator } from "./finishAccumulator.js";
import { mergeAccumulators } from "./mergeAccumulators.js";

describe("the accumulator's state", () => {
  it("refuses null or undefined in place of an accumulator with a CbmError naming the function, not a TypeError", () => {
    const made = "pass an accumulator made by createAccumulator.";
    expect(refusal(() => finishAccumulator(null as never))).toBe(`finishAccumulator: ${made}`);
    expect(refusal(() => finishAccumulator(undefined as never))).toBe(`finishAccumulator: ${made}`);
    expect(refusal(() => accumulate(null as never, report("KZ")))).toBe(`accumulate: ${made}`);
    expect(refusal(() => mergeAccumulators(createAccumulator(), undefined as never))).toBe(`mergeAccumulators: ${made}`);
  });

  it("lists one reporter's years in order, whatever order they were read in", () => {
    const reports = [report("KZ", { year: 2025 }), report("KZ", { year: 2023 }), report("KZ", { year: 2024 })];
    const summary = finishAccumulator(reports.reduce(accumulate, createAccumulator()));
    expect(summary.records.map((r) => r.year)).toEqual([2023, 2024, 2025]);
  });

  it("keeps its state under the registered symbol cica-cbm.accumulator.state, which every build of the library reads", () => {
    const acc = createAccumulator();
    expect(Object.getOwnPropertySymbols(Object.getPrototypeOf(acc))).toEqual([Symbol.for("cica-cbm.accumulator.state")]);
  });
});
