import { describe, expect, it } from "vitest";
import { compareNotes } from "./revisionSlots.js";

// The aggregates' notes (revision conflicts, back-dated revisions) come out sorted by this order:
// the accumulator and the mirror check happen to collect them in it, and sort them all the same,
// so that a change in how they are collected cannot change the order a caller sees.

const note = (reporter: string, catalogue: string, year: number, revision: number) => ({ reporter, catalogue, year, revision });

describe("compareNotes", () => {
  it("orders notes by reporter, then catalogue version, then year, then revision, each ascending", () => {
    const sorted = [
      note("IN", "cica@2021", 2025, 1),
      note("KZ", "cica@2004", 2025, 3),
      note("KZ", "cica@2021", 2009, 2),
      note("KZ", "cica@2021", 2024, 1),
      note("KZ", "cica@2021", 2025, 1),
      note("KZ", "cica@2021", 2025, 2),
      note("KZ", "cica@2021", 2025, 10),
      note("UZ", "cica@2004", 2010, 1),
    ];
    for (const input of [[...sorted].reverse(), [sorted[4]!, sorted[0]!, sorted[7]!, sorted[2]!, sorted[6]!, sorted[1]!, sorted[5]!, sorted[3]!]]) {
      expect(input.sort(compareNotes)).toEqual(sorted);
    }
  });

  it("tells which of two notes comes first by its sign, either way round, and gives 0 for the same report and revision", () => {
    const pairs = [
      [note("IN", "cica@2021", 2025, 1), note("KZ", "cica@2004", 2024, 0)],
      [note("KZ", "cica@2004", 2025, 1), note("KZ", "cica@2021", 2024, 0)],
      [note("KZ", "cica@2021", 2024, 9), note("KZ", "cica@2021", 2025, 1)],
      [note("KZ", "cica@2021", 2025, 1), note("KZ", "cica@2021", 2025, 2)],
    ] as const;
    for (const [low, high] of pairs) {
      expect(compareNotes(low, high)).toBeLessThan(0);
      expect(compareNotes(high, low)).toBeGreaterThan(0);
      expect(compareNotes(low, { ...low })).toBe(0);
    }
  });
});
