import { describe, expect, it } from "vitest";
import { editDistance, nearest } from "./editDistance.js";

describe("editDistance", () => {
  it.each([
    ["implemented", "implemented", 0],
    ["implemnted", "implemented", 1],
    ["impelmented", "implemented", 1],
    ["planed", "planned", 1],
    ["kitten", "sitting", 3],
  ])("counts %s → %s as %i edits", (a, b, distance) => {
    expect(editDistance(a, b, 5)).toBe(distance);
    expect(editDistance(b, a, 5)).toBe(distance);
  });

  it("stops at max + 1 once the distance must exceed max", () => {
    expect(editDistance("kitten", "sitting", 2)).toBe(3);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });
});

describe("nearest", () => {
  const statuses = ["not-started", "planned", "in-progress", "partially-implemented", "implemented", "not-applicable"];

  it("suggests the one word within reach", () => {
    expect(nearest("implemnted", statuses, 2)).toBe("implemented");
    expect(nearest("in-progres", statuses, 2)).toBe("in-progress");
  });

  it("suggests nothing when no word is near enough, or two are equally near", () => {
    expect(nearest("done", statuses, 2)).toBeUndefined();
    expect(nearest("ab", ["aa", "bb"], 1)).toBeUndefined();
  });
});
