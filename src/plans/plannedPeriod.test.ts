// The days a plan's dates cover, as planExecution matches report activities against them.
import { describe, expect, it } from "vitest";
import { heldRange, plannedPeriod } from "./plannedPeriod.js";

describe("plannedPeriod", () => {
  it("takes a day as itself, a month from its first to its last day, a quarter from its first month's first day to its third's last", () => {
    expect(plannedPeriod("2025-05-17")).toEqual({ from: "2025-05-17", to: "2025-05-17" });
    expect(plannedPeriod("2024-02")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(plannedPeriod("2025-Q4")).toEqual({ from: "2025-10-01", to: "2025-12-31" });
  });

  it("reads nothing but the whole text as a planned date: no text before or after it", () => {
    for (const value of ["due 2025-05", "2025-05 or later", "12025-05", "x2025-Q2", "2025-Q2 (tentative)", "2025-Q2x"])
      expect(plannedPeriod(value)).toBeUndefined();
  });

  it("reads no month or quarter of the year 0000, which no calendar has", () => {
    expect(plannedPeriod("0000-05")).toBeUndefined();
    expect(plannedPeriod("0000-Q1")).toBeUndefined();
  });
});

describe("heldRange", () => {
  it("runs from the first held day to the last, or is the one day when only from is given", () => {
    expect(heldRange("2025-05-01", "2025-05-03")).toEqual({ from: "2025-05-01", to: "2025-05-03" });
    expect(heldRange("2025-05-01", undefined)).toEqual({ from: "2025-05-01", to: "2025-05-01" });
  });

  it("is no range when it ends before it starts or either end is not a real day", () => {
    expect(heldRange("2025-05-03", "2025-05-01")).toBeUndefined();
    expect(heldRange("2025-02-30", undefined)).toBeUndefined();
    expect(heldRange("2025-05-01", "2025-05")).toBeUndefined();
  });
});
